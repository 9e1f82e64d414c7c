"""Reader for MEDLINE text ("PubMed format", .nbib) through Bio.Medline."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO, Any

from Bio import Medline

from trialdb.errors import InputError
from trialdb.fetch.article import AbstractSection, Article, canonical_pmc_id, canonical_pmid, check_pmid, iso_date

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
    """Yield the lines of ``handle``, never holding more than ``limit`` characters of one; raise InputError on a longer line,
    or on a continuation line with no field before it (Bio.Medline fails on one with a KeyError)."""
    number = 0
    in_field = False
    while line := handle.readline(limit + 2):
        number += 1
        if len(line.rstrip("\r\n")) > limit:
            raise InputError(
                f"{name}: line {number} is longer than {limit:,} characters, which no MEDLINE field is; "
                "the file is not a PubMed-format (.nbib) export. Nothing from it was stored."
            )
        if line.startswith("      ") and not in_field:
            raise InputError(
                f"{name}: line {number} continues a field, but no field line comes before it (it follows a blank line or "
                "starts the file); the file is not a PubMed-format (.nbib) export. Nothing from it was stored."
            )
        if not line.startswith("      "):
            in_field = line not in ("\n", "\r\n")
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


#: "2023/05/01 06:42 [medline]" (PHST; the time is missing in older records).
_PHST = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:\s+\d{1,2}:\d{2})?\s*\[([^\]]+)\]$")
#: "1526-632X (Electronic)"; Bio.Medline joins a record's IS lines into one string.
_ISSN = re.compile(r"(\d{4}-\d{3}[\dXx])(?:\s*\(([^)]*)\))?")
#: A MEDLINE GR acronym: NIH institutes' two letters ("NS"), others end with "_" ("MRC_", "WT_").
_GRANT_ACRONYM = re.compile(r"[A-Z]{2}|[A-Za-z0-9]+_")
#: OtherAbstract Type values (the DTD's list); MEDLINE writes the type before the text ("Publisher: ...").
_OTHER_ABSTRACT_TYPES = ("AAMC", "AIDS", "KIE", "NASA", "Publisher", "plain-language-summary")


def _details(rec: dict) -> dict[str, Any]:
    """Return the Article fields beyond the citation that MEDLINE holds (PMC, DEP, PHST, AD, MH, RN, GR, TT, OAB, PST, IS,
    JID, COIS), in the XML reader's form; MEDLINE has no MeSH or substance UIs, nor which author an AD line belongs to."""
    dep = _one(rec, "DEP") or ""
    history = [(m.group(4).strip(), iso_date(m.group(1), m.group(2), m.group(3))) for m in map(_PHST.match, _many(rec, "PHST")) if m]
    affiliations = tuple(dict.fromkeys(_many(rec, "AD")))
    oab, oabl = _many(rec, "OAB"), _many(rec, "OABL")
    return {
        "pmc_id": canonical_pmc_id(_one(rec, "PMC")),
        "article_date": iso_date(dep[:4], dep[4:6], dep[6:8]) if len(dep) == 8 and dep.isdigit() else None,
        "history": tuple(sorted(((status, date) for status, date in history if date), key=lambda sd: (sd[1], sd[0]))),
        "affiliations": ((None, affiliations),) if affiliations else (),
        "mesh_headings": tuple(_mesh_heading(mh) for mh in _many(rec, "MH")),
        "chemicals": tuple(_chemical(rn) for rn in _many(rec, "RN")),
        "grants": tuple(_grant(gr) for gr in _many(rec, "GR")),
        "vernacular_title": _one(rec, "TT"),
        "other_abstracts": tuple(_other_abstract(text, oabl[i] if len(oabl) == len(oab) else None) for i, text in enumerate(oab)),
        "publication_status": _one(rec, "PST"),
        "issns": tuple((m.group(1), (m.group(2) or "").strip() or None) for m in _ISSN.finditer(_one(rec, "IS") or "")),
        "nlm_journal_id": _one(rec, "JID"),
        "coi_statement": _one(rec, "COIS"),
    }


def _mesh_heading(mh: str) -> tuple[str, None, bool, tuple[tuple[str, None, bool], ...]]:
    """Return (descriptor, None, major, qualifiers) for an MH line: "Heart Failure/*mortality/therapy", "*Stroke"."""
    descriptor, *qualifiers = (part.strip() for part in mh.split("/"))
    return (
        descriptor.lstrip("*"), None, descriptor.startswith("*"),
        tuple((q.lstrip("*"), None, q.startswith("*")) for q in qualifiers if q.lstrip("*")),
    )


def _chemical(rn: str) -> tuple[str, None, str | None]:
    """Return (name, None, registry number) for an RN line: "0 (HMGB1 Protein)", "EC 3.4.21.7 (Fibrinolysin)"."""
    number, sep, rest = rn.partition(" (")
    if sep and rest.endswith(")"):
        return rest[:-1].strip(), None, number.strip() or None
    return rn, None, None


def _grant(gr: str) -> tuple[str | None, str | None, str | None]:
    """Return (grant ID, agency, country) for a GR line: "R01 NS117407/NS/NINDS NIH HHS/United States",
    "Howard Hughes Medical Institute/United States"; grant IDs may hold slashes themselves ("090532/Z/09/Z")."""
    parts = [p.strip() for p in gr.split("/")]
    if len(parts) < 2:  # Agency is the one part every Grant has
        return None, parts[0] or None, None
    country, agency, rest = parts[-1], parts[-2], parts[:-2]
    if rest and _GRANT_ACRONYM.fullmatch(rest[-1]):
        rest = rest[:-1]
    return "/".join(rest) or None, agency or None, country or None


def _other_abstract(text: str, language: str | None) -> tuple[str | None, str | None, str]:
    """Return (type, language, text) for an OAB line, the type taken from its "Publisher: " start."""
    for kind in _OTHER_ABSTRACT_TYPES:
        if text.startswith(kind + ": "):
            return kind, language, text[len(kind) + 2 :].strip()
    return None, language, text


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
            **_details(rec),
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
