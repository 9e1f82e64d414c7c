"""Extract without a database: files in, TrialFacts out (the `trialdb extract` contract)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from trialdb.extract import TrialFacts, new_extractor
from trialdb.fetch import check_source, read_articles

if TYPE_CHECKING:
    from trialdb.extract.extractor import Extractor


def extract_files(paths: Sequence[str | Path], extractor: Extractor | None = None) -> Iterator[TrialFacts]:
    """Yield the TrialFacts of every record in ``paths`` (XML, MEDLINE or text), in order.

    Every file is checked first, so a bad file fails before any output.
    """
    for path in paths:
        check_source(path, allow_text=True)
    extractor = extractor or new_extractor()
    for article in read_articles(paths, allow_text=True):
        yield extractor.extract(article)
