"""Catalogue search in name order on PostgreSQL: letter pieces per name-order bucket.

Every product gets a bucket: how many of the bounds in ``product_search_bounds`` (every
1,000th name, in name order) its name reaches. The bucket follows the name order (a name never
has a smaller bucket than a name before it; equal names share one), however stale the bounds
are: staleness makes buckets uneven, never a search wrong. ``products.search_pieces`` holds
every one-, two- and three-letter piece of the lowered name, maker and description (as ILIKE
compares them), each prefixed by the product's bucket, under a GIN index. A search asks bucket
after bucket, in order, for the products holding all the pieces of the query (one GIN lookup
each: only that bucket's matches are read), sorts each bucket's few matches by name and stops
when the page is full: the first page of a word with 14,000 matches late in the alphabet reads
a few hundred rows instead of all of them.

A trigger sets the bucket and pieces of an inserted or changed product.
``ld_search_rebalance(n)`` makes the bounds again (every n-th name) after a bulk load.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-03
"""

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

PER_BUCKET = 1000

_FUNCTIONS = (
    # The last bound at or below the name (equal bounds: the last of them).
    """
CREATE OR REPLACE FUNCTION ld_search_bucket(name text) RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT coalesce((SELECT b.bucket FROM product_search_bounds b WHERE b.bound <= name
                 ORDER BY b.bound DESC, b.bucket DESC LIMIT 1), 0)
$$
""",
    """
CREATE OR REPLACE FUNCTION ld_search_pieces(bucket integer, name text, maker text,
                                            description text)
RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT coalesce(array_agg(DISTINCT lpad(bucket::text, 6, '0') || substr(d.t, i, n)), '{}')
FROM (SELECT lower(coalesce(name, '') || chr(31) || coalesce(maker, '') || chr(31)
              || coalesce(description, '')) AS t) AS d,
     generate_series(1, length(d.t)) AS i, (VALUES (1), (2), (3)) AS v(n)
WHERE i + n - 1 <= length(d.t)
$$
""",
    """
CREATE OR REPLACE FUNCTION ld_search_pieces_set() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_bucket := ld_search_bucket(NEW.name);
    NEW.search_pieces := ld_search_pieces(NEW.search_bucket, NEW.name, NEW.maker,
                                          NEW.description);
    RETURN NEW;
END
$$
""",
    """
CREATE OR REPLACE FUNCTION ld_search_rebalance(per_bucket integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    moved integer;
BEGIN
    DELETE FROM product_search_bounds;
    INSERT INTO product_search_bounds (bucket, bound)
    SELECT s.rn / per_bucket, s.name
    FROM (SELECT name, row_number() OVER (ORDER BY name, id) - 1 AS rn FROM products) AS s
    WHERE s.rn > 0 AND s.rn % per_bucket = 0;
    UPDATE products AS p
    SET search_bucket = n.bucket,
        search_pieces = ld_search_pieces(n.bucket, p.name, p.maker, p.description)
    FROM (SELECT id, ld_search_bucket(name) AS bucket FROM products) AS n
    WHERE n.id = p.id AND p.search_bucket IS DISTINCT FROM n.bucket;
    GET DIAGNOSTICS moved = ROW_COUNT;
    RETURN moved;
END
$$
""",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite: migration 0022's FTS5 index in name order
    op.execute(
        "CREATE TABLE product_search_bounds ("
        "bucket integer PRIMARY KEY, bound varchar(200) NOT NULL)"
    )
    op.execute("CREATE INDEX ix_product_search_bounds ON product_search_bounds (bound, bucket)")
    for body in _FUNCTIONS:
        op.execute(body)
    op.execute("ALTER TABLE products ADD COLUMN search_bucket integer")
    op.execute("ALTER TABLE products ADD COLUMN search_pieces text[]")
    op.execute(f"SELECT ld_search_rebalance({PER_BUCKET})")
    op.execute(
        "CREATE TRIGGER products_search_pieces BEFORE INSERT OR UPDATE OF name, maker, "
        "description ON products FOR EACH ROW EXECUTE FUNCTION ld_search_pieces_set()"
    )
    op.execute("CREATE INDEX ix_products_search_pieces ON products USING gin (search_pieces)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER products_search_pieces ON products")
    op.execute("ALTER TABLE products DROP COLUMN search_pieces")  # and its index
    op.execute("ALTER TABLE products DROP COLUMN search_bucket")
    op.execute("DROP FUNCTION ld_search_rebalance(integer)")
    op.execute("DROP FUNCTION ld_search_pieces_set()")
    op.execute("DROP FUNCTION ld_search_pieces(integer, text, text, text)")
    op.execute("DROP FUNCTION ld_search_bucket(text)")
    op.execute("DROP TABLE product_search_bounds")
