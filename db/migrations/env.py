"""Alembic's environment for trialdb: migrations run on the connection trialdb opened (runner.py passes it).

Run through ``trialdb db upgrade``, never Alembic's own command line: runner.py holds the transaction, the
lock and SQLite's foreign-key switch around the migrations. For ``alembic revision --autogenerate`` (README.md),
a connection comes from ``runner.alembic_config(connection)`` too.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from trialdb.db import models  # noqa: F401  (registers the tables: autogenerate compares against them)
from trialdb.db.migrations.runner import include_object

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("trialdb's migrations run on a connection given by trialdb.db.migrations.runner; use `trialdb db upgrade`")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    # SQLite cannot ALTER most things: autogenerate writes batch operations (a copy of the table), which run as plain ALTERs on PostgreSQL.
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
