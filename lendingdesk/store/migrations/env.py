"""Alembic environment: runs on the engine LendingDesk hands in (never an ini file URL)."""

from alembic import context

from lendingdesk.store.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    context.run_migrations()
