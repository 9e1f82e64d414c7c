"""Sections and sentences of an abstract, with character offsets into the abstract as stored.

The splitter is rule-based: it ends a sentence at . ? ! followed by space and a
capital, digit or bracket, except after abbreviations ("vs.", "e.g.", "et al.")
and never inside numbers such as "P < .05".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from trialdb.fetch.article import SectionSpan


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, offsets into the abstract, and its canonical section."""

    text: str
    start: int
    end: int
    section: str
    label: str | None = None


#: Canonical section names, matched against a label (or NlmCategory) by keyword.
SECTION_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("evidence", ("CLASSIFICATION OF EVIDENCE", "LEVEL OF EVIDENCE", "LEVELS OF EVIDENCE")),
    ("registration", ("REGISTRATION", "REGISTRY", "IDENTIFIER", "CLINICALTRIALS", "TRIAL NUMBER")),
    ("outcomes", ("OUTCOME MEASURE", "OUTCOMES MEASURE", "MAIN OUTCOME", "PRIMARY OUTCOME", "END POINT", "ENDPOINT")),
    ("background", ("BACKGROUND", "INTRODUCTION", "CONTEXT", "RATIONALE", "IMPORTANCE")),
    ("objective", ("OBJECTIVE", "AIM", "PURPOSE", "GOAL", "QUESTION", "HYPOTHES")),
    ("methods", ("METHOD", "DESIGN", "SETTING", "PARTICIPANT", "PATIENT", "INTERVENTION", "MATERIAL",
                 "SUBJECT", "POPULATION", "PROCEDURE", "DATA SOURCE", "STUDY SELECTION", "ELIGIBILITY",
                 "SEARCH", "MEASURE")),
    ("results", ("RESULT", "FINDING")),
    ("conclusions", ("CONCLUSION", "INTERPRETATION", "DISCUSSION", "IMPLICATION", "SIGNIFICANCE")),
)

_BOUNDARY = re.compile(r"[.?!](?=\s+[\"'(\[]?[A-Z0-9])")
_ABBREVIATIONS = {
    "vs", "v", "e.g", "i.e", "al", "fig", "figs", "dr", "approx", "ca", "cf", "no", "nos", "ref", "inc",
    "ltd", "st", "mr", "mrs", "ms", "prof", "jr", "sr", "dept", "univ", "eq", "resp", "ed", "eds", "vol",
    "sp", "spp", "var", "ph", "mt",
}
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
#: "P < 0. 05": a decimal broken by a space (as some PubMed and PMC texts print them), not a sentence end.
_SPACED_DECIMAL = re.compile(r"(?<![\d.,])0\. \d")


def canonical_section(label: str | None, category: str | None = None) -> str:
    """Return the canonical section name for a label or NlmCategory ('abstract' when neither says)."""
    for text in (label, category):
        if not text:
            continue
        up = text.upper()
        for name, keys in SECTION_KEYWORDS:
            if any(k in up for k in keys):
                return name
    return "abstract"


_HEADING_BEFORE_COLON = re.compile(r"(?:^|[.!?]\s+)([A-Z][A-Za-z]*(?:[ ,/&-]+[A-Za-z]+){0,4})$")
_COLON = re.compile(r":\s+")


def _headings(chunk: str) -> list[tuple[str, int, int]]:
    """Return (heading, start, end-of-'HEADING: ') for inline headings at sentence starts in ``chunk``."""
    out = []
    for colon in _COLON.finditer(chunk):
        window_start = max(0, colon.start() - 80)
        m = _HEADING_BEFORE_COLON.search(chunk, window_start, colon.start())
        if m is None or (m.start() == window_start and window_start > 0 and m.group(0)[:1] not in ".!?"):
            continue
        if canonical_section(m.group(1)) != "abstract":
            out.append((m.group(1), m.start(1), colon.end()))
    return out


def _inline_parts(text: str, start: int, end: int, label: str | None, category: str | None):
    """Split an unlabelled section at inline headings like 'METHODS: '."""
    if label:
        return [(label, category, start, end)]
    chunk = text[start:end]
    heads = _headings(chunk) if ":" in chunk else []
    if not heads:
        return [(None, category, start, end)]
    parts = []
    if heads[0][1] > 0:
        parts.append((None, category, start, start + heads[0][1]))
    for i, (name, _, body) in enumerate(heads):
        stop = heads[i + 1][1] if i + 1 < len(heads) else len(chunk)
        parts.append((name.strip(), None, start + body, start + stop))
    return parts


def split_sentences(text: str, spans: Sequence[SectionSpan]) -> list[Sentence]:
    """Return the sentences of ``text`` (the abstract as stored), each tagged with its section."""
    if not spans:
        spans = (SectionSpan(None, None, 0, len(text)),) if text else ()
    out: list[Sentence] = []
    for span in spans:
        for label, category, s0, s1 in _inline_parts(text, span.start, span.end, span.label, span.category):
            section = canonical_section(label, category)
            chunk = text[s0:s1]
            pos = 0
            for m in _BOUNDARY.finditer(chunk):
                cut = m.end()
                if chunk[m.start()] == ".":
                    prev = _PREV_WORD.search(chunk[max(pos, m.start() - 16) : m.start()])
                    if prev and prev.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                        continue
                    if m.start() and _SPACED_DECIMAL.match(chunk, m.start() - 1):
                        continue
                _emit(out, text, s0 + pos, s0 + cut, section, label)
                pos = cut
            _emit(out, text, s0 + pos, s1, section, label)
    return out


def _emit(out: list[Sentence], text: str, start: int, end: int, section: str, label: str | None) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, section, label))


#: Sections whose numbers describe this study (not background, aims or conclusions).
STUDY_SECTIONS = ("methods", "results", "abstract", "outcomes")
#: Sections that may describe this study in passing: an aim "in 120 patients", a background that tells the whole study.
_FRAMING_SECTIONS = ("background", "objective")
_THIS_STUDY = re.compile(
    r"\b(?:this|the present|the current|our)\s+(?:[\w-]+,?\s+){0,6}?(?:study|trial)\b"
    r"|\bwe\s+(?:\w+\s+)?(?:did|conducted|performed|randomi[sz]ed|enrolled|studied|included|recruited|examined|evaluated|compared)\b",
    re.I,
)
_EARLIER = re.compile(r"\b(?:previous|previously|earlier|prior|recent(?:ly)?|pilot|other)\b", re.I)


def describes_this_study(s: Sentence, framing_only: bool) -> bool:
    """Return whether a sentence's numbers describe this study: it stands in a study section, or in the background or
    aims and says so ("The aim of this double-blind study, conducted on 20 healthy volunteers, ..."), or the abstract has
    nothing but background, aims and conclusions (``framing_only``), so its background tells the study."""
    if s.section in STUDY_SECTIONS:
        return True
    if s.section not in _FRAMING_SECTIONS:
        return False
    return not _EARLIER.search(s.text) and (framing_only or bool(_THIS_STUDY.search(s.text)))


def study_sentences(sents: Sequence[Sentence]) -> list[Sentence]:
    """Return the sentences whose numbers describe this study (see describes_this_study), in order."""
    framing_only = not any(s.section in STUDY_SECTIONS for s in sents)
    return [s for s in sents if describes_this_study(s, framing_only)]
