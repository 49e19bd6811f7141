"""Alembic environment: runs on a connection handed in by hoeringsdesk.db.store."""

from __future__ import annotations

from alembic import context

from hoeringsdesk.db.migrations.env_filters import include_name
from hoeringsdesk.db.models.base import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # pragma: no cover - only for developers running `alembic` by hand
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as connection:
        context.configure(
            connection=connection, target_metadata=Base.metadata, render_as_batch=True
        )
        context.run_migrations()
else:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()
