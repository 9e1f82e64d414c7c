"""The Article record: one PubMed citation as read from any source, raw record kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
