"""p-values in the forms abstracts write them, with the outcome each tests."""

from __future__ import annotations

import pytest

from trialdb.extract.pvalues import find_pvalues, outcome_for
from trialdb.extract.sentences import Sentence


def _p(text: str, section: str = "results") -> list[tuple[str, float, str]]:
    return [(p.op, p.value, p.text) for p in find_pvalues([Sentence(text, 0, len(text), section)])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no significant difference in the mRS score shift at 3 months ( p = 0.732).", [("=", 0.732, "p = 0.732")]),
        ("Barthel Index score (63.1 versus 63.6; P=0.92)", [("=", 0.92, "P=0.92")]),
        ("3 months after therapy: OR=-2.65, CI=-3.40 to -1.90, P<0.00001)", [("<", 0.00001, "P<0.00001")]),
        ("was significant (P<.001).", [("<", 0.001, "P<.001")]),
        # An alpha level, not a result (ANNOTATING.md, p_values).
        ("considered significant at p ≤ 0.05.", []),
        ("(P < or = 0.01)", [("<=", 0.01, "P < or = 0.01")]),
        ("(comparing extreme quintiles, OR 1.72; 95% CI 1.07 to 2.78; ptrend=0.048)", [("=", 0.048, "ptrend=0.048")]),
        ("the P value was 0.03 for the interaction", [("=", 0.03, "P value was 0.03")]),
        ("rs401681 (P = 3 x 10-5)", [("=", 3e-05, "P = 3 x 10-5")]),
        ("p>0.05 for all comparisons", [(">", 0.05, "p>0.05")]),
        ("no statistically significant difference between groups (p = 0.219, 0.310).", [("=", 0.219, "p = 0.219"), ("=", 0.31, "0.310")]),
        ("the difference was not significant (p=NS).", []),
        ("The trial enrolled 54 patients.", []),
    ],
)
def test_forms(text: str, expected: list[tuple[str, float, str]]) -> None:
    got = _p(text)
    assert [(op, text_) for op, _, text_ in got] == [(op, text_) for op, _, text_ in expected]
    assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in expected])


def test_offsets_are_into_the_abstract() -> None:
    abstract = "RESULTS: Mortality was lower (P = 0.04)."
    start = abstract.index("Mortality")
    (p,) = find_pvalues([Sentence(abstract[start:], start, len(abstract), "results")])
    assert abstract[p.start : p.end] == "P = 0.04"
    assert p.section == "results"


def test_background_p_values_are_not_this_studys() -> None:
    assert _p("Earlier trials found a benefit (p = 0.01).", section="background") == []


@pytest.mark.parametrize(
    ("sentence", "needle", "outcome"),
    [
        ("There was no significant difference between the groups in the mRS score shift at 3 months ( p = 0.732).",
         "p = 0.732", "mRS score shift at 3 months"),
        ("secondary analyses showed significant improvements in the MSC group compared to the control group "
         "(change in the leg score of the Motricity Index, p = 0.023)", "p = 0.023", "change in the leg score of the Motricity Index"),
        ("The CAL gain at 3 months amounted to 0.8 mm in the \"debridement\" group and 0.5 mm in the \"SRP\" group (p=0.064).",
         "p=0.064", "CAL gain at 3 months"),
        ("Significantly fewer women in the combined HRT group reported hot flushes (P<0.001)", "P<0.001", "hot flushes"),
    ],
)
def test_outcome_tied_to_each_p_value(sentence: str, needle: str, outcome: str) -> None:
    i = sentence.index(needle)
    assert outcome_for(sentence, i, i + len(needle), 0) == outcome
