"""A progress bar on stderr for runs of more than a handful of records."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.text import Text

#: Runs with at most this many records get no bar.
PROGRESS_THRESHOLD = 20


class Bar:
    """Callbacks for the pipeline: ``set_total`` once the size is known, ``advance`` per batch."""

    def __init__(self, progress: Progress | None, label: str) -> None:
        self._progress = progress
        self._label = label
        self._task: int | None = None

    @property
    def started(self) -> bool:
        """True once the bar is on screen."""
        return self._task is not None

    def set_total(self, total: int) -> None:
        """Show the bar if ``total`` is more than a handful of records."""
        if self._progress is not None and total > PROGRESS_THRESHOLD:
            if self._task is None:
                self._progress.start()
                self._task = self._progress.add_task(self._label, total=total)
            else:
                self._progress.update(self._task, total=total)

    def advance(self, n: int) -> None:
        """Move the bar on by ``n`` records."""
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, n)


class RateColumn(ProgressColumn):
    """Records per second, as rich measures it over the last batches."""

    def render(self, task: Task) -> Text:
        """Return the rate as text ("1,234 records/s"), or nothing before the first batch."""
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.0f} records/s", style="progress.data.speed")


@contextmanager
def progress_bar(label: str, quiet: bool = False) -> Iterator[Bar]:
    """Yield a Bar drawing on stderr (nothing when ``quiet``); it vanishes when done."""
    if quiet:
        yield Bar(None, label)
        return
    progress = Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=True
    )
    bar = Bar(progress, label)
    try:
        yield bar
    finally:
        if bar.started:
            progress.stop()
