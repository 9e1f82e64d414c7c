"""Chains the stages over batches: read -> extract -> store, shared by the CLI and every executor."""

from trialdb.pipeline.extract_files import extract_files
from trialdb.pipeline.ingest import IngestReport, ingest_files

__all__ = ["IngestReport", "extract_files", "ingest_files"]
