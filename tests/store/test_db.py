"""The store: SQLite tuning, schema versions, backup before migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from lendingdesk.store.db import (
    SCHEMA_HEAD,
    current_revision,
    head_revision,
    open_database,
    resolve_url,
)


def test_sqlite_is_tuned_for_a_desk(db) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_hot_query_indexes_exist(db) -> None:
    with db.engine.connect() as conn:
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT count(*) FROM loans WHERE returned_at IS NULL AND due_on < '2026-01-01'"
                )
            )
        )
        assert "ix_loans_open_due" in plan
        tag_plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                text("EXPLAIN QUERY PLAN SELECT * FROM items WHERE tag = 'LD0000013'")
            )
        )
        assert "USING INDEX" in tag_plan


def test_new_database_is_at_the_newest_schema(db) -> None:
    assert current_revision(db) == head_revision()
    # The quick check at every start compares with this constant: a new migration bumps it.
    assert head_revision() == SCHEMA_HEAD


def test_opening_an_up_to_date_database_does_not_load_alembic(db, tmp_path: Path) -> None:
    import subprocess
    import sys

    assert db.sqlite_path is not None
    code = (
        "import sys; from lendingdesk.store.db import open_database; "
        f"d = open_database({str(db.sqlite_path)!r}); d.dispose(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.cwd()
    )
    assert out.stdout.strip() == "False"


def test_the_planner_has_statistics_after_open(tmp_path: Path) -> None:
    # Without sqlite_stat1 SQLite counted open loans through a 1M-row index (46 ms vs 0.3 ms).
    from lendingdesk.demo import fill_synthetic

    path = tmp_path / "stats.sqlite3"
    filled = open_database(str(path))
    fill_synthetic(filled, products=30, loans=200)
    filled.dispose()
    con = sqlite3.connect(path)
    con.execute("DELETE FROM sqlite_stat1")  # as a database made before this version
    con.commit()
    con.close()

    reopened = open_database(str(path))
    with reopened.engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT tbl FROM sqlite_stat1"))}
        plan = " ".join(
            str(r[-1])
            for r in conn.execute(
                text("EXPLAIN QUERY PLAN SELECT count(*) FROM loans WHERE returned_at IS NULL")
            )
        )
    reopened.dispose()
    assert {"loans", "items", "products"} <= tables
    assert "ix_loans_open" in plan or "uq_loans_open_item" in plan, plan


def test_default_location_is_the_user_data_folder(isolated_data_dir: Path) -> None:
    assert resolve_url(None) == f"sqlite:///{isolated_data_dir / 'lendingdesk.sqlite3'}"
    db = open_database()
    assert (isolated_data_dir / "lendingdesk.sqlite3").exists()
    db.dispose()


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    from alembic import command

    from lendingdesk.store.db import Database as Db
    from lendingdesk.store.db import _alembic_config, make_engine

    path = tmp_path / "old.sqlite3"
    path.touch()  # engines never create a missing file (open_database does, on purpose)
    old = Db(f"sqlite:///{path}", make_engine(f"sqlite:///{path}"))
    command.upgrade(_alembic_config(old), "0001")  # a database made by the first version
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO categories (name) VALUES ('Valpreventie')"))
    old.dispose()

    db = open_database(str(path))  # what the desk does at start
    assert current_revision(db) == head_revision() != "0001"
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM categories")).scalars().all() == ["Valpreventie"]
    db.dispose()
    backups = list(tmp_path.glob("old.before-*.sqlite3"))
    assert len(backups) == 1, "exactly one backup is taken before the migration"
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT name FROM categories").fetchall() == [("Valpreventie",)]
    copy.close()


def test_the_wal_is_folded_into_the_file_on_a_worker_thread(tmp_path: Path) -> None:
    # The desk's commits never run a checkpoint (a 5-10 ms stall every ~100 scans); a worker
    # thread does. Seen from outside: the database file grows while the desk only commits.

    db = open_database(str(tmp_path / "wal.sqlite3"))
    path = db.sqlite_path
    assert path is not None
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 10_000
    size_before = path.stat().st_size
    with db.unit_of_work() as session:
        session.execute(text("CREATE TABLE filler (x TEXT)"))
        for n in range(400):
            session.execute(text("INSERT INTO filler VALUES (:x)"), {"x": f"{n:04d}" * 250})
    assert path.stat().st_size == size_before  # all of it still in the WAL

    db.start_background_checkpoints(every_s=0.05)
    checkpointer = db._checkpointer
    assert checkpointer is not None and checkpointer.name == "wal-checkpoint"
    # No one else has the file open: the first passive checkpoint folds in the whole WAL.
    assert checkpointer.checkpointed.wait(10)
    assert path.stat().st_size > size_before + 300_000
    db.dispose()
    assert not checkpointer.is_alive()
