"""Turning TrialdbError into one line on stderr and an exit code, never a traceback (nor a password).

SIGTERM (systemd stopping a timer's unit, `kill`) is handled as Ctrl-C is: the run
is logged as interrupted, whole batches already stored are kept, and the command
exits 143 (128 + SIGTERM), where Ctrl-C exits 130 (128 + SIGINT).
"""

from __future__ import annotations

import functools
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import ParamSpec, TypeVar

import typer
from sqlalchemy.exc import SQLAlchemyError

from trialdb.db.engine import database_error, redact
from trialdb.errors import TrialdbError

P = ParamSpec("P")
R = TypeVar("R")
INTERRUPTED = 130
TERMINATED = 143
DATABASE_ERROR = 5


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the command is, so it unwinds (and is logged) as Ctrl-C does."""


def fail(message: str, code: int) -> typer.Exit:
    """Print ``trialdb: error: message`` (passwords masked) to stderr and return the Exit to raise."""
    print(f"trialdb: error: {redact(message)}", file=sys.stderr)
    return typer.Exit(code)


def _terminate(signum: int, _frame: FrameType | None) -> None:
    # A second SIGTERM while the run is being logged ends the process at once (the next run logs it).
    signal.signal(signum, signal.SIG_DFL)
    raise Terminated("terminated (SIGTERM)")


def user_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Wrap a command so a TrialdbError becomes a one-line message and its exit code; return the wrapper."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        # Signal handlers can be set from the main thread only (a command run from a worker thread keeps the default).
        handling = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _terminate) if handling else None
        try:
            return func(*args, **kwargs)
        except TrialdbError as exc:
            raise fail(exc.message, exc.exit_code) from None
        except Terminated:
            raise fail("terminated (SIGTERM); whole batches already stored are kept, rerun to finish", TERMINATED) from None
        except KeyboardInterrupt:
            raise fail("interrupted; whole batches already stored are kept, rerun to finish", INTERRUPTED) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None
        except SQLAlchemyError as exc:
            raise fail(database_error(exc).message, DATABASE_ERROR) from None
        finally:
            if handling:
                signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)

    return wrapper
