"""Evaluate: extract every record of a gold directory and score it against the hand-made gold."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trialdb.errors import InputError
from trialdb.extract import new_extractor
from trialdb.extract.scorer import Score, score_all
from trialdb.fetch import Article, read_articles

if TYPE_CHECKING:
    from trialdb.extract.extractor import Extractor

#: Subfolders of a gold folder that hold something other than gold files.
NOT_GOLD = ("second-reading",)


def load_gold(directory: str | Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Yield (gold file, its content) for every *.json in ``directory``; raise InputError when unusable."""
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of gold files (*.json with pmid, source and gold)")
    files = sorted(folder.glob("*.json"))
    if not files:
        # A folder of splits (dev/, holdout/): every split's files; second readings are not gold.
        files = sorted(p for p in folder.glob("*/*.json") if p.parent.name not in NOT_GOLD)
    if not files:
        raise InputError(f"{folder}: holds no *.json gold files")
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: not readable JSON ({exc}); fix or remove it") from None
        if not isinstance(data, dict) or not {"source", "gold"} <= set(data) or not isinstance(data["gold"], dict):
            raise InputError(f"{path}: a gold file needs 'source' (the record's file) and 'gold' (the contract)")
        yield path, data


def _record(path: Path, data: dict[str, Any], cache: dict[Path, dict[str | None, Article]]) -> Article:
    source = (path.parent / data["source"]).resolve()
    if source not in cache:
        cache[source] = {a.pmid: a for a in read_articles([source])}
    records = cache[source]
    pmid = data.get("pmid")
    if pmid not in records:
        # A plain-text record carries no PMID: a file of one record is that record.
        if len(records) == 1 and next(iter(records)) is None:
            return next(iter(records.values()))
        raise InputError(f"{path}: PMID {pmid} is not in {source}")
    return records[pmid]


def evaluate(directory: str | Path, extractor: Extractor | None = None) -> Score:
    """Return the Score of the extractor over the gold files in ``directory``."""
    ex = extractor or new_extractor()
    cache: dict[Path, dict[str | None, Article]] = {}
    pairs = []
    for path, data in load_gold(directory):
        article = _record(path, data, cache)
        pairs.append((ex.extract(article).to_contract(), data["gold"]))
    return score_all(pairs)
