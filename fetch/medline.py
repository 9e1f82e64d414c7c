"""Reader for MEDLINE text ("PubMed format", .nbib) through Bio.Medline."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO

from Bio import Medline

from trialdb.errors import InputError
from trialdb.fetch.article import AbstractSection, Article, canonical_pmid, check_pmid

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DOI = re.compile(r"^(\S+)\s*\[doi\]$")
#: The longest line read. PubMed wraps MEDLINE fields at about 80 characters and other tools write a field on
#: one line at most; no real field (an abstract is under 100,000 characters) comes near a million.
MAX_LINE_CHARS = 1_000_000
#: MEDLINE link tags and the XML CommentsCorrections RefType each stands for.
LINK_TAGS = {
    "RIN": "RetractionIn", "ROF": "RetractionOf", "ECI": "ExpressionOfConcernIn", "ECF": "ExpressionOfConcernFor",
    "EIN": "ErratumIn", "EFR": "ErratumFor", "CIN": "CommentIn", "CON": "CommentOn", "UIN": "UpdateIn", "UOF": "UpdateOf",
    "RPI": "RepublishedIn", "RPF": "RepublishedFrom", "CRI": "CorrectedandRepublishedIn", "CRF": "CorrectedandRepublishedFrom",
    "SPIN": "SummaryForPatientsIn", "ORI": "OriginalReportIn",
}
_LINK_PMID = re.compile(r"\bPMID:\s*(\d+)")
#: A structured-abstract label as PubMed writes it into AB ("BACKGROUND: ", "MATERIALS AND METHODS: "): upper case,
#: at the start or after a sentence's end.
_AB_LABEL = re.compile(r"(?:^|(?<=[.!?)\]])\s+)([A-Z][A-Z ,/&'()-]*[A-Z)]):\s")


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


def _bounded_lines(handle: IO[str], name: str, limit: int) -> Iterator[str]:
    """Yield the lines of ``handle``, never holding more than ``limit`` characters of one; raise InputError on a longer line."""
    number = 0
    while line := handle.readline(limit + 2):
        number += 1
        if len(line.rstrip("\r\n")) > limit:
            raise InputError(
                f"{name}: line {number} is longer than {limit:,} characters, which no MEDLINE field is; "
                "the file is not a PubMed-format (.nbib) export. Nothing from it was stored."
            )
        yield line


def _sections(abstract: str | None) -> tuple[AbstractSection, ...]:
    """Return the abstract's sections: split at its labels when it is structured, as the XML reader gives them."""
    if not abstract:
        return ()
    heads = list(_AB_LABEL.finditer(abstract))
    if not heads:
        return (AbstractSection(None, None, abstract),)
    out = []
    if heads[0].start(1) > 0:
        out.append(AbstractSection(None, None, abstract[: heads[0].start(1)].strip()))
    for i, m in enumerate(heads):
        text = abstract[m.end() : heads[i + 1].start(1) if i + 1 < len(heads) else len(abstract)].strip()
        out.append(AbstractSection(m.group(1), None, text))
    return tuple(sec for sec in out if sec.text)


def _links(rec: dict) -> tuple[tuple[str, str], ...]:
    """Return (RefType, PMID) for each retraction, concern, erratum and comment link, as the XML reader gives them."""
    links = []
    for tag, ref_type in LINK_TAGS.items():
        for value in _many(rec, tag):
            m = _LINK_PMID.search(value)
            links.append((ref_type, m.group(1) if m else ""))
    return tuple(links)


def iter_medline(handle: IO[str], name: str, max_line_chars: int | None = MAX_LINE_CHARS) -> Iterator[Article]:
    """Yield an Article for each MEDLINE record; raise InputError on a record without PMID or a line over ``max_line_chars``.

    ``max_line_chars`` None reads lines unbounded: for a stored record rebuilt in memory, whose fields are on one line each.
    """
    for rec in Medline.parse(handle if max_line_chars is None else _bounded_lines(handle, name, max_line_chars)):
        check_pmid(_one(rec, "PMID"), name)
        pmid = canonical_pmid(_one(rec, "PMID"))
        if pmid is None:
            raise InputError(f"{name}: a MEDLINE record without a PMID line; give a PubMed-format (.nbib) export")
        _refuse_nul(rec, pmid, name)
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
            sections=_sections(abstract),
            journal=_one(rec, "JT"),
            journal_abbrev=_one(rec, "TA"),
            volume=_one(rec, "VI"),
            issue=_one(rec, "IP"),
            pages=_one(rec, "PG"),
            year=int(ym.group(1)) if ym else None,
            pub_date=date,
            authors=_many(rec, "AU") + _many(rec, "CN"),
            publication_types=_many(rec, "PT"),
            mesh_terms=tuple(m.split("/")[0].lstrip("*") for m in _many(rec, "MH")),
            keywords=_many(rec, "OT"),
            doi=doi,
            language="; ".join(_many(rec, "LA")) or None,
            languages=_many(rec, "LA"),
            databank_ids=tuple(databank),
            comments_corrections=_links(rec),
            raw=json.dumps(dict(rec), ensure_ascii=False, sort_keys=True),
            raw_format="medline",
            source=name,
        )


def _refuse_nul(rec: dict, pmid: str, name: str) -> None:
    """Return None; raise InputError when a field of the record holds a NUL character, which PostgreSQL cannot store."""
    for key, val in rec.items():
        if any("\x00" in v for v in (val if isinstance(val, list) else [val])):
            raise InputError(
                f"{name}: PMID {pmid} has a NUL character (byte 0) in its {key} field, which no PubMed record has; "
                "the file is corrupt, export it from PubMed again"
            )
