"""One update at a time per database: an advisory lock that dies with the process holding it.

PostgreSQL: pg_try_advisory_lock on a connection held for the run. SQLite: an
flock on a file beside the database file. Neither outlives a killed process,
so a crashed update never blocks the next one.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from trialdb.errors import TrialdbError

#: An arbitrary 64-bit key naming trialdb's update lock among PostgreSQL advisory locks.
PG_LOCK_KEY = 0x74726C6462  # "trldb"


class BusyError(TrialdbError):
    """Another update holds the database."""

    exit_code = 6


@contextmanager
def update_lock(engine: Engine) -> Iterator[None]:
    """Hold the database's update lock for the block; raise BusyError if another process holds it."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": PG_LOCK_KEY}).scalar()
            conn.commit()
            if not got:
                raise BusyError("another trialdb update is running on this database; wait for it to finish")
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_LOCK_KEY})
                conn.commit()
        return
    database = engine.url.database
    if not database or database == ":memory:":
        yield
        return
    lock_path = Path(database + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BusyError(f"another trialdb update is running on {database}; wait for it to finish") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
