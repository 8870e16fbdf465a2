"""The store: SQLite tuning, schema versions, backup before migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from lendingdesk.store.db import current_revision, head_revision, open_database, resolve_url


def test_sqlite_is_tuned_for_a_desk(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_hot_query_indexes_exist(db) -> None:  # type: ignore[no-untyped-def]
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


def test_new_database_is_at_the_newest_schema(db) -> None:  # type: ignore[no-untyped-def]
    assert current_revision(db) == head_revision()


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
