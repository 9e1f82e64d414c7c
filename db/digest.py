"""A content digest of a whole database: every table's rows, in a canonical order, hashed.

Two databases with the same digest hold the same rows in every table (the full-text index's own tables included),
whatever order the rows were written in. Left out are only the columns that say when something happened, not what
is stored: the wall-clock times a run started and finished, a record was replaced, a search was saved or a decision
was made (columns named ``*_at``), and durations (``duration*``, ``*_seconds``). Used to show that an ingest on N
workers, or on a Dask cluster, stores exactly what one process stores.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine


def is_time_column(name: str) -> bool:
    """Return whether a column records when something happened or how long it took (left out of the digest)."""
    lowered = name.lower()
    return lowered.endswith("_at") or lowered.startswith("duration") or lowered.endswith("_seconds")


def table_digests(engine: Engine) -> dict[str, str]:
    """Return, for every table of the database, ``"<rows>:<sha256 of its rows>"``, rows in primary-key order."""
    inspector = inspect(engine)
    out: dict[str, str] = {}
    with engine.connect() as conn:
        for table in sorted(inspector.get_table_names()):
            columns = [c["name"] for c in inspector.get_columns(table) if not is_time_column(c["name"])]
            key = inspector.get_pk_constraint(table).get("constrained_columns") or []
            out[table] = _digest_rows(conn, table, columns, key)
    return out


def database_digest(engine: Engine) -> str:
    """Return the SHA-256 of every table's digest (table_digests), as hex."""
    digests = table_digests(engine)
    return hashlib.sha256("\n".join(f"{t} {d}" for t, d in digests.items()).encode("utf-8")).hexdigest()


def _digest_rows(conn: Connection, table: str, columns: list[str], key: list[str]) -> str:
    q = conn.dialect.identifier_preparer.quote
    selected = ", ".join(q(c) for c in columns) or "1"
    sqlite_rowid = not key and conn.dialect.name == "sqlite"
    if sqlite_rowid:
        # An FTS5 table has no declared key: its rowid (the PMID) is its key.
        selected = "rowid, " + selected
    order = ", ".join(q(c) for c in key) if key else ("rowid" if sqlite_rowid else "")
    sql = f"SELECT {selected} FROM {q(table)}" + (f" ORDER BY {order}" if order else "")
    h = hashlib.sha256()
    rows = 0
    if order:
        for row in conn.execute(text(sql)):
            h.update(_encode(row))
            rows += 1
    else:
        # No key at all: sort the encoded rows themselves.
        for encoded in sorted(_encode(row) for row in conn.execute(text(sql))):
            h.update(encoded)
            rows += 1
    return f"{rows}:{h.hexdigest()}"


def _encode(row: object) -> bytes:
    values = tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)  # type: ignore[attr-defined]
    return repr(values).encode("utf-8") + b"\n"
