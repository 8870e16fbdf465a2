"""Catalogue search per keystroke at regional scale: an index in name order (SQLite) and
trigram indexes (PostgreSQL, when the server has pg_trgm).

SQLite: ``product_grams``, a contentless FTS5 trigram index over one text per product (name,
maker and description, each followed by U+001F, and one more U+001F), whose row ids are sort
keys in (name, id) order, kept in ``product_search_keys``. FTS5 returns matches in row-id
order, so the first page by name is the first matches it finds (no reading of all 14,000
matches of a common word). The separators make every one- or two-letter piece of a text the
beginning of an indexed trigram, which the ``product_grams_terms`` vocabulary finds by prefix:
rare letter pairs no longer scan the table. A product inserted or renamed gets the key -id from
the triggers (searches read every such match); lendingdesk.store.search_index places it.

PostgreSQL: GIN trigram indexes on name, maker and description for ILIKE of three or more
letters, if the extension pg_trgm can be created (trusted since PostgreSQL 13: the database
owner may; without it those searches work as before, only slower), and a GIN index over every
one- and two-letter piece of the lowered texts (the stored column ``search_grams``, no
extension needed) for
ILIKE of one or two letters, which trigrams cannot serve.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

# Room between two neighbours' keys: 32 halvings before a product stays unplaced.
SPACING = 1 << 32


def _text(row: str) -> str:
    return (
        f"coalesce({row}.name, '') || char(31) || coalesce({row}.maker, '') || char(31) || "
        f"coalesce({row}.description, '') || char(31, 31)"
    )


_TRIGGERS = {
    "product_grams_insert": (
        "AFTER INSERT ON products BEGIN "
        "INSERT INTO product_search_keys (key, product_id) VALUES (-new.id, new.id); "
        f"INSERT INTO product_grams (rowid, doc) VALUES (-new.id, {_text('new')}); END"
    ),
    "product_grams_delete": (
        "AFTER DELETE ON products BEGIN "
        "INSERT INTO product_grams (product_grams, rowid, doc) "
        f"SELECT 'delete', key, {_text('old')} FROM product_search_keys "
        "WHERE product_id = old.id; "
        "DELETE FROM product_search_keys WHERE product_id = old.id; END"
    ),
    # Any change of the searched texts unplaces the product (its name may have moved).
    "product_grams_update": (
        "AFTER UPDATE OF name, maker, description ON products BEGIN "
        "INSERT INTO product_grams (product_grams, rowid, doc) "
        f"SELECT 'delete', key, {_text('old')} FROM product_search_keys "
        "WHERE product_id = old.id; "
        "UPDATE product_search_keys SET key = -new.id WHERE product_id = old.id; "
        f"INSERT INTO product_grams (rowid, doc) VALUES (-new.id, {_text('new')}); END"
    ),
}

_PG_INDEXES = {
    "ix_products_name_trgm": "name",
    "ix_products_maker_trgm": "maker",
    "ix_products_description_trgm": "description",
}


# Every one- and two-letter piece of the lowered texts (ILIKE compares lowered texts).
_PG_GRAMS = """
CREATE OR REPLACE FUNCTION ld_search_grams(name text, maker text, description text)
RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT coalesce(array_agg(DISTINCT substr(d.t, i, n)), '{}')
FROM (SELECT lower(coalesce(name, '') || chr(31) || coalesce(maker, '') || chr(31)
              || coalesce(description, '')) AS t) AS d,
     generate_series(1, length(d.t)) AS i, (VALUES (1), (2)) AS v(n)
WHERE i + n - 1 <= length(d.t)
$$
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _upgrade_postgresql(bind)
        return
    if bind.dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE product_search_keys ("
        "key INTEGER PRIMARY KEY, product_id INTEGER NOT NULL UNIQUE)"
    )
    op.execute("CREATE VIRTUAL TABLE product_grams USING fts5(doc, content='', tokenize='trigram')")
    op.execute("CREATE VIRTUAL TABLE product_grams_terms USING fts5vocab(product_grams, 'row')")
    op.execute(
        "INSERT INTO product_search_keys (key, product_id) "
        f"SELECT {SPACING} * row_number() OVER (ORDER BY name, id), id FROM products"
    )
    op.execute(
        f"INSERT INTO product_grams (rowid, doc) SELECT k.key, {_text('p')} "
        "FROM product_search_keys k JOIN products p ON p.id = k.product_id"
    )
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def _upgrade_postgresql(bind: sa.Connection) -> None:
    op.execute(_PG_GRAMS)
    # Stored: a search never runs the function (per row it would cost seconds at 100k).
    op.execute(
        "ALTER TABLE products ADD COLUMN search_grams text[] "
        "GENERATED ALWAYS AS (ld_search_grams(name, maker, description)) STORED"
    )
    op.execute("CREATE INDEX ix_products_search_grams ON products USING gin (search_grams)")
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        # Not installed on the server, or this role may not create it: search without.
        savepoint.rollback()
        return
    savepoint.commit()
    for name, column in _PG_INDEXES.items():
        op.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON products USING gin ({column} gin_trgm_ops)"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for name in _PG_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute("ALTER TABLE products DROP COLUMN search_grams")  # and its index
        op.execute("DROP FUNCTION ld_search_grams(text, text, text)")
        return  # pg_trgm stays: something else in this database may have come to use it
    if bind.dialect.name != "sqlite":
        return
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS product_grams_terms")
    op.execute("DROP TABLE IF EXISTS product_grams")
    op.execute("DROP TABLE IF EXISTS product_search_keys")
