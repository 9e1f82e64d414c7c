"""Locks that die with the process holding them: one update at a time per database, and each run's liveness.

PostgreSQL: pg_try_advisory_lock on a connection held for the run. SQLite: an
flock on a file beside the database file. Neither outlives a killed process,
so a crashed update never blocks the next one, and a run whose lock is free is
known to be over even when its log entry still says 'running'.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from trialdb.errors import TrialdbError

#: An arbitrary 64-bit key naming trialdb's update lock among PostgreSQL advisory locks.
PG_LOCK_KEY = 0x74726C6462  # "trldb"
#: The first key of a run's advisory lock (the second is the run's id): per schema, as run ids are.
_PG_RUN_KEY = "hashtext(current_schema() || ' trialdb run')"


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


class RunLock:
    """Held by the process doing a run, from its start until it is logged as finished."""

    def __init__(self, release: Callable[[], None] | None = None) -> None:
        self._release = release

    def release(self) -> None:
        """Let the lock go (a second call does nothing); returns None."""
        release, self._release = self._release, None
        if release is not None:
            release()


def _run_lock_path(engine: Engine, run_id: int) -> Path | None:
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(f"{database}.run{run_id}.lock")


def hold_run_lock(engine: Engine, run_id: int) -> RunLock:
    """Take run ``run_id``'s liveness lock and return it; it is freed by RunLock.release or the process's end."""
    if engine.dialect.name == "postgresql":
        conn = engine.connect()
        try:
            conn.execute(text(f"SELECT pg_try_advisory_lock({_PG_RUN_KEY}, CAST(:id AS integer))"), {"id": run_id % 2**31})
            conn.commit()
        except BaseException:
            conn.close()
            raise

        def unlock() -> None:
            try:
                conn.execute(text(f"SELECT pg_advisory_unlock({_PG_RUN_KEY}, CAST(:id AS integer))"), {"id": run_id % 2**31})
                conn.commit()
            except SQLAlchemyError:
                pass  # a lost connection has freed the lock already
            finally:
                conn.close()

        return RunLock(unlock)
    path = _run_lock_path(engine, run_id)
    if path is None:
        return RunLock()
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        # A folder we cannot write to: the database in it cannot be written either, so no run will go far.
        return RunLock()
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, str(os.getpid()).encode())
    except OSError:
        os.close(fd)
        return RunLock()

    def unlink_and_unlock() -> None:
        # Removed while still locked, so whoever finds the file finds it held.
        path.unlink(missing_ok=True)
        os.close(fd)

    return RunLock(unlink_and_unlock)


def run_is_live(engine: Engine, run_id: int) -> bool:
    """Return whether some process still holds run ``run_id``'s lock (True when that cannot be told).

    On SQLite the lock file of a run found over is removed.
    """
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            got = conn.execute(text(f"SELECT pg_try_advisory_lock({_PG_RUN_KEY}, CAST(:id AS integer))"), {"id": run_id % 2**31}).scalar()
            if got:
                conn.execute(text(f"SELECT pg_advisory_unlock({_PG_RUN_KEY}, CAST(:id AS integer))"), {"id": run_id % 2**31})
            conn.commit()
        return not got
    path = _run_lock_path(engine, run_id)
    if path is None:
        return True
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        path.unlink(missing_ok=True)
        return False
    finally:
        os.close(fd)
