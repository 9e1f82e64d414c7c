"""Reader for MEDLINE text ("PubMed format", .nbib) through Bio.Medline."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO

from Bio import Medline

from trialdb.errors import InputError
from trialdb.fetch.article import AbstractSection, Article, canonical_pmid

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DOI = re.compile(r"^(\S+)\s*\[doi\]$")


def _one(rec: dict, key: str) -> str | None:
    val = rec.get(key)
    if isinstance(val, list):
        val = " ".join(val)
    return " ".join(val.split()) if val else None


def _many(rec: dict, key: str) -> tuple[str, ...]:
    val = rec.get(key) or []
    if isinstance(val, str):
        val = [val]
    return tuple(" ".join(v.split()) for v in val if v.strip())


def iter_medline(handle: IO[str], name: str) -> Iterator[Article]:
    """Yield an Article for each MEDLINE record; raise InputError on a record without PMID."""
    for rec in Medline.parse(handle):
        pmid = canonical_pmid(_one(rec, "PMID"))
        if pmid is None:
            raise InputError(f"{name}: a MEDLINE record without a PMID line; give a PubMed-format (.nbib) export")
        abstract = _one(rec, "AB")
        date = _one(rec, "DP")
        ym = _YEAR.search(date or "")
        doi = None
        for aid in _many(rec, "AID") + _many(rec, "LID"):
            m = _DOI.match(aid)
            if m:
                doi = m.group(1)
                break
        databank = []
        for si in _many(rec, "SI"):
            bank, _, acc = si.partition("/")
            if acc:
                databank.append((bank, acc))
        yield Article(
            pmid=pmid,
            title=_one(rec, "TI") or "",
            sections=(AbstractSection(None, None, abstract),) if abstract else (),
            journal=_one(rec, "JT"),
            journal_abbrev=_one(rec, "TA"),
            volume=_one(rec, "VI"),
            issue=_one(rec, "IP"),
            pages=_one(rec, "PG"),
            year=int(ym.group(1)) if ym else None,
            pub_date=date,
            authors=_many(rec, "AU"),
            publication_types=_many(rec, "PT"),
            mesh_terms=tuple(m.split("/")[0].lstrip("*") for m in _many(rec, "MH")),
            keywords=_many(rec, "OT"),
            doi=doi,
            language=_one(rec, "LA"),
            databank_ids=tuple(databank),
            raw=json.dumps(dict(rec), ensure_ascii=False, sort_keys=True),
            raw_format="medline",
            source=name,
        )
