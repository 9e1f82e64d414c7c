"""Stated classes and levels of evidence: AAN, GRADE, Oxford/CEBM."""

from __future__ import annotations

import pytest

from trialdb.extract.evidence import find_evidence_class
from trialdb.extract.sentences import Sentence


@pytest.mark.parametrize(
    ("text", "scheme", "level"),
    [
        ("This study provides Class III evidence that autologous MSCs do not improve 90-day outcomes.", "AAN", "III"),
        ("This study provides class I evidence that drug X reduces relapses.", "AAN", "I"),
        ("We found moderate-certainty evidence that exercise reduces pain.", "GRADE", "moderate"),
        ("The certainty of evidence was very low for mortality.", "GRADE", "very low"),
        ("Level of Evidence: II", "CEBM", "II"),
        ("LEVEL OF EVIDENCE: Therapeutic Level III.", "CEBM", "III"),
        ("Level of evidence: 2b", "CEBM", "IIb"),
    ],
)
def test_schemes(text: str, scheme: str, level: str) -> None:
    found = find_evidence_class([Sentence(text, 0, len(text), "evidence")])
    assert found is not None
    ev, sentence = found
    assert (ev.scheme, ev.level, ev.text) == (scheme, level, text)


def test_none_when_not_stated() -> None:
    text = "Patients were randomized to two groups."
    assert find_evidence_class([Sentence(text, 0, len(text), "methods")]) is None
