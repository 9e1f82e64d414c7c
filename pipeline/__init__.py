"""Chains the stages over batches: read -> extract -> store, shared by the CLI and every executor.

Import the stage you need from its module (``trialdb.pipeline.ingest``); the names below load on first use, so that
importing one stage does not import spaCy for all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trialdb.pipeline.extract_files import extract_files
    from trialdb.pipeline.ingest import IngestReport, ingest_files

__all__ = ["IngestReport", "extract_files", "ingest_files"]


def __getattr__(name: str) -> Any:
    """Return ``extract_files``, ``ingest_files`` or ``IngestReport`` from their modules."""
    if name == "extract_files":
        from trialdb.pipeline.extract_files import extract_files

        return extract_files
    if name in ("ingest_files", "IngestReport"):
        from trialdb.pipeline import ingest

        return getattr(ingest, name)
    raise AttributeError(f"module 'trialdb.pipeline' has no attribute {name!r}")
