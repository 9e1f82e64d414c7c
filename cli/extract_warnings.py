"""The extractor's warnings (records too long to extract, kept with no facts) as every storing command prints them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from trialdb.extract import new_extractor

if TYPE_CHECKING:
    from trialdb.extract.extractor import Extractor


def print_warnings(warnings: list[str]) -> None:
    """Print each warning as one line on stderr and empty the list; return None."""
    for message in warnings:
        print(f"trialdb: warning: {message}", file=sys.stderr)
    warnings.clear()


@contextmanager
def warning_extractor() -> Iterator[Extractor]:
    """Yield a new Extractor; when the block ends (done, failed or interrupted) print the warnings it collected.

    Open it before the progress bar, so the bar is gone when the warnings are printed.
    """
    extractor = new_extractor()
    try:
        yield extractor
    finally:
        print_warnings(extractor.warnings)
