"""The --workers, --executor and --scheduler options of the storing commands, and the stages they choose.

One worker (the default) runs everything in this process, as before; more start worker processes that read and
extract while this process stores; ``--executor dask`` runs the same stages on a Dask cluster. Worker processes and
Dask are started (and dask imported) only by a command that asks for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, Optional

import typer

from trialdb.cli.extract_warnings import print_warnings
from trialdb.pipeline.stages import InProcess, Stages


class Executor(str, Enum):
    local = "local"
    dask = "dask"


WorkersOption = Annotated[
    Optional[int],
    typer.Option(
        "--workers", min=1, max=512,
        help="Processes that read and extract while one writer stores (default 1: all in this process); "
        "with --executor dask and no --scheduler, the local cluster's workers (default: one per core).",
    ),
]
ExecutorOption = Annotated[
    Executor, typer.Option("--executor", help="local: this machine's processes; dask: a Dask distributed cluster (see --scheduler).")
]
SchedulerOption = Annotated[
    Optional[str],
    typer.Option("--scheduler", help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --executor dask; "
                 "without it --executor dask starts a local cluster)."),
]


@contextmanager
def extraction_stages(workers: int | None = None, executor: Executor = Executor.local, scheduler: str | None = None) -> Iterator[Stages]:
    """Yield the stages the options ask for; when the block ends (done, failed or interrupted) stop any workers and
    print the extractor's warnings.

    Open it before the progress bar, so the bar is gone when the warnings are printed.
    """
    if scheduler is not None or executor is Executor.dask:
        from trialdb.pipeline.dask_executor import dask_stages

        with dask_stages(scheduler, workers) as dask:
            try:
                yield dask
            finally:
                print_warnings(dask.warnings)
        return
    if workers is None or workers == 1:
        serial = InProcess()
        try:
            yield serial
        finally:
            print_warnings(serial.warnings)
        return
    from trialdb.pipeline.workers import WorkerPool

    pool = WorkerPool(workers)
    try:
        yield pool
    finally:
        pool.close()
        print_warnings(pool.warnings)
