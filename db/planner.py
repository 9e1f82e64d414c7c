"""What the engines' query planners make of a query: PostgreSQL's row estimate, for choosing between two ways to
answer it, and either engine's plan as text, for checking which indexes a query reads."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select


def _compiled(conn: Connection, stmt: Select) -> tuple[str, Any]:
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    if compiled.positional:  # SQLite's ? parameters, in order
        return str(compiled), tuple(compiled.params[name] for name in compiled.positiontup or ())
    return str(compiled), compiled.params


def estimated_rows(conn: Connection, stmt: Select) -> int:
    """Return the number of rows PostgreSQL's planner expects ``stmt`` to return (EXPLAIN, nothing run)."""
    sql, params = _compiled(conn, stmt)
    plan = conn.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {sql}", params).scalar()
    return int(plan[0]["Plan"]["Plan Rows"])


def plan_text(conn: Connection, stmt: Select) -> str:
    """Return the plan the engine would run ``stmt`` with, one step a line (EXPLAIN QUERY PLAN / EXPLAIN; nothing run)."""
    sql, params = _compiled(conn, stmt)
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
        return "\n".join(str(r[-1]) for r in rows)
    return "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {sql}", params).all())
