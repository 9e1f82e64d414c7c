"""Turning TrialdbError into one line on stderr and an exit code, never a traceback."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from sqlalchemy.exc import SQLAlchemyError

from trialdb.errors import TrialdbError

P = ParamSpec("P")
R = TypeVar("R")
INTERRUPTED = 130
DATABASE_ERROR = 5


def fail(message: str, code: int) -> typer.Exit:
    """Print ``trialdb: error: message`` to stderr and return the Exit to raise."""
    print(f"trialdb: error: {message}", file=sys.stderr)
    return typer.Exit(code)


def user_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Wrap a command so a TrialdbError becomes a one-line message and its exit code."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except TrialdbError as exc:
            raise fail(exc.message, exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted; whole batches already stored are kept, rerun to finish", INTERRUPTED) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None
        except SQLAlchemyError as exc:
            detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            raise fail(
                f"database error ({detail[0] if detail else type(exc).__name__}); check the server and --db, "
                "or re-create a database made by another trialdb version",
                DATABASE_ERROR,
            ) from None

    return wrapper
