"""The Article record: one PubMed citation as read from any source, raw record kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from trialdb.errors import InputError

SECTION_SEPARATOR = "\n"


@dataclass(frozen=True)
class AbstractSection:
    """One labelled part of an abstract (``label`` as printed, ``category`` is NlmCategory)."""

    label: str | None
    category: str | None
    text: str


@dataclass(frozen=True)
class SectionSpan:
    """Where one abstract section's own text lies in ``Article.abstract``."""

    label: str | None
    category: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One PubMed record. ``raw`` is the record as read (XML, MEDLINE or text) for re-extraction."""

    pmid: str | None
    title: str
    sections: tuple[AbstractSection, ...] = ()
    version: int = 1
    journal: str | None = None
    journal_abbrev: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    year: int | None = None
    pub_date: str | None = None
    authors: tuple[str, ...] = ()
    publication_types: tuple[str, ...] = ()
    mesh_terms: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    doi: str | None = None
    #: Every language of the record (ISO 639-2, as PubMed gives them); ``language`` holds them joined by "; ".
    language: str | None = None
    languages: tuple[str, ...] = ()
    databank_ids: tuple[tuple[str, str], ...] = ()
    comments_corrections: tuple[tuple[str, str], ...] = ()
    #: The fields below are what reviewers cite beyond the citation (record_details gives them as plain JSON).
    #: PubMed Central ID as "PMC9106355".
    pmc_id: str | None = None
    #: Electronic publication date (XML ArticleDate, MEDLINE DEP), "YYYY-MM-DD" (or "YYYY-MM", "YYYY" when shorter).
    article_date: str | None = None
    #: (PubStatus, date) of each history date (received, accepted, entrez, pubmed, medline, ...), in date order.
    history: tuple[tuple[str, str], ...] = ()
    #: (author as in ``authors``, their affiliations); author None when the record does not say whose they are
    #: (MEDLINE lists AD lines apart from the authors; old XML has one Article/Affiliation).
    affiliations: tuple[tuple[str | None, tuple[str, ...]], ...] = ()
    #: (descriptor, descriptor UI, major topic, ((qualifier, qualifier UI, major topic), ...)); MEDLINE has no UIs (None).
    mesh_headings: tuple[tuple[str, str | None, bool, tuple[tuple[str, str | None, bool], ...]], ...] = ()
    #: (NameOfSubstance, its UI, RegistryNumber); MEDLINE has no UI (None).
    chemicals: tuple[tuple[str, str | None, str | None], ...] = ()
    #: (GrantID, Agency, Country), None for what the record leaves out.
    grants: tuple[tuple[str | None, str | None, str | None], ...] = ()
    vernacular_title: str | None = None
    #: (Type, Language, text) of each OtherAbstract; labelled parts as "LABEL: text", joined by spaces.
    other_abstracts: tuple[tuple[str | None, str | None, str], ...] = ()
    #: PublicationStatus: ppublish, epublish, aheadofprint, ...
    publication_status: str | None = None
    #: (ISSN, Print | Electronic | Linking).
    issns: tuple[tuple[str, str | None], ...] = ()
    #: The journal's NLM ID (NlmUniqueID, MEDLINE JID).
    nlm_journal_id: str | None = None
    coi_statement: str | None = None
    raw: str = ""
    raw_format: str = "pubmed-xml"
    source: str | None = None
    _layout: tuple[str, tuple[SectionSpan, ...]] | None = field(default=None, repr=False, compare=False)

    @property
    def abstract(self) -> str:
        """Return the abstract as stored: sections joined by newlines, labels as ``LABEL: text``."""
        return self._laid_out()[0]

    @property
    def section_spans(self) -> tuple[SectionSpan, ...]:
        """Return the character span of each section's text inside ``abstract``."""
        return self._laid_out()[1]

    def _laid_out(self) -> tuple[str, tuple[SectionSpan, ...]]:
        if self._layout is None:
            parts: list[str] = []
            spans: list[SectionSpan] = []
            pos = 0
            for i, sec in enumerate(self.sections):
                if i:
                    parts.append(SECTION_SEPARATOR)
                    pos += len(SECTION_SEPARATOR)
                if sec.label:
                    head = f"{sec.label}: "
                    parts.append(head)
                    pos += len(head)
                parts.append(sec.text)
                spans.append(SectionSpan(sec.label, sec.category, pos, pos + len(sec.text)))
                pos += len(sec.text)
            object.__setattr__(self, "_layout", ("".join(parts), tuple(spans)))
        assert self._layout is not None
        return self._layout

    @property
    def retracted(self) -> bool:
        """True when PubMed marks the record retracted (publication type or a RetractionIn link)."""
        return "Retracted Publication" in self.publication_types or any(
            ref == "RetractionIn" for ref, _ in self.comments_corrections
        )

    @property
    def expression_of_concern(self) -> bool:
        """True when an expression of concern is linked to the record."""
        return any(ref == "ExpressionOfConcernIn" for ref, _ in self.comments_corrections)


def record_details(article: Article) -> dict[str, Any]:
    """Return the record's details beyond the citation as plain JSON data (what is stored, shown and exported).

    Keys: pmc_id, article_date, history [{status, date}], affiliations [{author, affiliations}],
    mesh [{descriptor, ui, major, qualifiers [{name, ui, major}]}], chemicals [{name, ui, registry_number}],
    grants [{grant_id, agency, country}], vernacular_title, other_abstracts [{type, language, text}],
    publication_status, issn [{issn, type}], nlm_journal_id, coi_statement; null or [] when the record has none.
    """
    return {
        "pmc_id": article.pmc_id,
        "article_date": article.article_date,
        "history": [{"status": s, "date": d} for s, d in article.history],
        "affiliations": [{"author": a, "affiliations": list(affs)} for a, affs in article.affiliations],
        "mesh": [
            {"descriptor": name, "ui": ui, "major": major, "qualifiers": [{"name": q, "ui": qui, "major": qmajor} for q, qui, qmajor in quals]}
            for name, ui, major, quals in article.mesh_headings
        ],
        "chemicals": [{"name": n, "ui": ui, "registry_number": rn} for n, ui, rn in article.chemicals],
        "grants": [{"grant_id": g, "agency": a, "country": c} for g, a, c in article.grants],
        "vernacular_title": article.vernacular_title,
        "other_abstracts": [{"type": t, "language": la, "text": text} for t, la, text in article.other_abstracts],
        "publication_status": article.publication_status,
        "issn": [{"issn": i, "type": t} for i, t in article.issns],
        "nlm_journal_id": article.nlm_journal_id,
        "coi_statement": article.coi_statement,
    }


def no_details() -> dict[str, Any]:
    """Return the details of a record that has none (what a record stored before they were kept shows)."""
    return record_details(Article(pmid=None, title=""))


_PMC_ID = re.compile(r"(?:PMC)?(\d{1,12})", re.IGNORECASE)


def canonical_pmc_id(value: str | None) -> str | None:
    """Return a PubMed Central ID as "PMC9106355" (from "PMC9106355" or "9106355"), or None when it is not one."""
    m = _PMC_ID.fullmatch((value or "").strip())
    return f"PMC{m.group(1)}" if m else None


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def iso_date(year: str | None, month: str | None = None, day: str | None = None) -> str | None:
    """Return "YYYY-MM-DD" ("YYYY-MM", "YYYY" when month or day is missing) from a date's parts, or None without a year.

    Months may be numbers or English names ("05", "5", "May").
    """
    y = (year or "").strip()
    if not (len(y) == 4 and y.isdigit()):
        return None
    m = (month or "").strip()
    number = int(m) if m.isdigit() else _MONTHS.get(m[:3].lower())
    if number is None or not 1 <= number <= 12:
        return y
    d = (day or "").strip()
    return f"{y}-{number:02d}-{int(d):02d}" if d.isdigit() and 1 <= int(d) <= 31 else f"{y}-{number:02d}"


@dataclass(frozen=True)
class Deletion:
    """PMIDs that a PubMed update file deletes (``DeleteCitation``)."""

    pmids: tuple[str, ...]


#: PMIDs have 8 digits today (9 soon); 12 leaves room for decades and keeps every PMID a 64-bit integer (the
#: full-text index's rowid) and within the 16 characters of the pmid columns.
PMID_MAX_DIGITS = 12


def canonical_pmid(value: str | None) -> str | None:
    """Return a PMID in canonical form ('33472925' for ' 033472925'), or None when it is not 1-12 digits, not all zero.

    Stored records are keyed by the canonical form; the full-text index uses it as its integer rowid.
    """
    v = (value or "").strip()
    if not (v.isascii() and v.isdigit()):
        return None
    # Not int(v): Python refuses to convert more than 4300 digits, and a hostile file can hold more.
    v = v.lstrip("0")
    return v if 0 < len(v) <= PMID_MAX_DIGITS else None


def shown_value(value: str, limit: int = 24) -> str:
    """Return ``value`` cut to ``limit`` characters (with '...') for a one-line message."""
    return value if len(value) <= limit else value[:limit] + "..."


def check_pmid(value: str | None, source: str | None) -> None:
    """Return None; raise InputError naming ``source`` and the value when ``value`` is digits but longer than a PMID.

    Readers call it before canonical_pmid, so that such a record is refused by its own message rather than as one
    without a PMID.
    """
    v = (value or "").strip()
    digits = len(v.lstrip("0"))
    if v.isascii() and v.isdigit() and digits > PMID_MAX_DIGITS:
        raise InputError(
            f"{source}: PMID {shown_value(v)} has {digits} digits, more than the {PMID_MAX_DIGITS} a PMID can have; "
            "the file is corrupt or not from PubMed"
        )


#: PubMed's inline markup: whitespace next to these tags is text ("<i>a</i> <i>b</i>"), elsewhere it is layout.
_INLINE_TAGS = ("b", "i", "u", "sup", "sub")
_LAYOUT = re.compile(
    "(?<=>)" + "".join(f"(?<!<{t}>)(?<!</{t}>)" for t in _INLINE_TAGS) + rf"\s+(?=<(?!/?(?:{'|'.join(_INLINE_TAGS)})[\s/>]))"
)


def canonical_raw(raw: str, raw_format: str) -> str:
    """Return the form of a raw record that its content hash is taken of: the same for the same record wherever and
    however a file lays it out.

    Indentation between elements, whitespace around the record and runs of whitespace (which every reader folds) are
    dropped; text, markup and attributes are kept as they are.
    """
    if raw_format == "pubmed-xml":
        raw = _LAYOUT.sub("", raw)
    return " ".join(raw.split())
