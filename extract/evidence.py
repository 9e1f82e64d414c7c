"""Stated class or level of evidence: AAN classes I-IV, GRADE certainty, Oxford/CEBM levels."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trialdb.extract.facts import EvidenceClass
from trialdb.extract.sentences import Sentence

_LEVEL = r"(?P<level>IV|I{1,3}|[1-4])"
AAN = re.compile(rf"\bClass\s+{_LEVEL}\s+evidence\b", re.I)
GRADE = re.compile(
    r"\b(?P<level>high|moderate|low|very[- ]low)[- ](?:certainty|quality)(?: of)?(?: the)?[- ]evidence\b"
    r"|\b(?:certainty|quality) of (?:the )?evidence (?:was|is|were|are|is rated|was rated|rated as|ranged from) (?:as )?"
    r"(?P<level2>high|moderate|low|very[- ]low)\b",
    re.I,
)
CEBM = re.compile(
    r"\blevels? of evidence\s*(?::|was|is|=)?\s*(?:(?:therapeutic|prognostic|diagnostic|economic)(?: study)?,?\s*)?"
    r"(?:level\s*)?(?P<level>V|IV|I{1,3}|[1-5])(?P<sub>[abc])?\b",
    re.I,
)
_MENTIONS = re.compile(r"evidence", re.I)
# The text of a "Level of Evidence:" section: "2.", "Therapeutic Level II.", "Level 1b".
LEVEL_ONLY = re.compile(
    r"^(?:(?:therapeutic|prognostic|diagnostic|economic)(?: study)?,?\s*)?(?:level\s*)?(?P<level>V|IV|I{1,3}|[1-5])(?P<sub>[abc])?\b", re.I
)
_ROMAN_OF = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V"}


def find_evidence_class(sents: Sequence[Sentence]) -> tuple[EvidenceClass, Sentence] | None:
    """Return the first stated class of evidence and its sentence, or None."""
    for s in sents:
        if s.section == "evidence" and s.label and "LEVEL" in s.label.upper() and (m := LEVEL_ONLY.match(s.text)):
            level = m.group("level").upper()
            text = f"{s.label.rstrip(':')}: {s.text}"
            return EvidenceClass(scheme="CEBM", level=_ROMAN_OF.get(level, level) + (m.group("sub") or ""), text=text), s
        if s.section == "background" or not _MENTIONS.search(s.text):
            continue
        m = AAN.search(s.text)
        if m:
            level = m.group("level").upper()
            return EvidenceClass(scheme="AAN", level=_ROMAN_OF.get(level, level), text=s.text), s
        m = CEBM.search(s.text)
        if m:
            level = m.group("level").upper()
            return EvidenceClass(scheme="CEBM", level=_ROMAN_OF.get(level, level) + (m.group("sub") or ""), text=s.text), s
        m = GRADE.search(s.text)
        if m:
            level = (m.group("level") or m.group("level2")).lower().replace("-", " ")
            return EvidenceClass(scheme="GRADE", level=level, text=s.text), s
    return None
