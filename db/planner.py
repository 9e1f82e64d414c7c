"""What PostgreSQL's query planner expects of a query, for choosing between two ways to answer it."""

from __future__ import annotations

from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select


def estimated_rows(conn: Connection, stmt: Select) -> int:
    """Return the number of rows PostgreSQL's planner expects ``stmt`` to return (EXPLAIN, nothing run)."""
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    plan = conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params).scalar()
    return int(plan[0]["Plan"]["Plan Rows"])
