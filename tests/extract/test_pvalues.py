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


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # operators written in words, as older MEDLINE abstracts write every "<" (EBM-NLP, by PMID)
        ("2890442", "Intubation resulted in significant (p less than 0.01) increases in MAP in the", [("<", 0.01, "p less than 0.01")]),
        ("7159500", "the apoprotein B also was diminished by 20% (P less than or equal to 0.05).", [("<=", 0.05, "P less than or equal to 0.05")]),
        ("3180669", "were not statistically significant (P greater than 0.5 and P greater than 0.1 respectively).",
         [(">", 0.5, "P greater than 0.5"), (">", 0.1, "P greater than 0.1")]),
        # a verbal or written operator before the symbol
        ("10963640", "the longer regimen (P: =.012 and P: < 10 (-3), respectively).", [("=", 0.012, "P: =.012"), ("<", 0.001, "P: < 10 (-3)")]),
        ("PMC5091897", "at both 3- (38.1% vs 19.3%, p = < .001) and 6-month follow-up", [("<", 0.001, "p = < .001")]),
        ("20305865", "and remained low until day 21 (P =or <.05).", [("<=", 0.05, "P =or <.05")]),
        # qualifiers: plural p, bracketed, "P value for/of X", no operator after a qualifier
        ("24408892", "Vineland Adaptive Behavior Scale (p 's < 0.01), social skills", [("<", 0.01, "p 's < 0.01")]),
        ("PMC5101386", "in the HED plus yoga group versus HED alone (ps < 0.05).", [("<", 0.05, "ps < 0.05")]),
        ("20152559", "6.6% versus 7.1%, respectively (p (noninferiority) < or = 0.001).", [("<=", 0.001, "p (noninferiority) < or = 0.001")]),
        ("PMC4183415", "(intervention 68.3%, control 69.8%, p [adjusted] = 0.6)", [("=", 0.6, "p [adjusted] = 0.6")]),
        ("PMC2845012", "(0.99, 0.79–1.26; P value for interaction 0.0008)", [("=", 0.0008, "P value for interaction 0.0008")]),
        ("24447434", "(HR = 1.02, P =0.95), P for interaction 0.004.", [("=", 0.95, "P =0.95"), ("=", 0.004, "P for interaction 0.004")]),
        ("PMC5121998", "(P value of FPI = 0.023 and P value of HOMA-IR = 0.019)",
         [("=", 0.023, "P value of FPI = 0.023"), ("=", 0.019, "P value of HOMA-IR = 0.019")]),
        # a mantissa times a bracketed power of ten; a decimal broken by a space (fixtures/pubmed 27382686)
        ("PMC5228186", "dose-response (P = 1.01 × 10−4).", [("=", 0.000101, "P = 1.01 × 10−4")]),
        ("27382686", "compared with preoperative(P&gt;0. 05) in humoral immunity", [(">", 0.05, "P&gt;0. 05")]),
    ],
)
def test_more_forms(source: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    got = _p(text)
    assert [(op, text_) for op, _, text_ in got] == [(op, text_) for op, _, text_ in expected]
    assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize(
    ("source", "text"),
    [
        # alpha levels, not results
        ("27989693", "A p-value less than 0.05 was considered significant."),
        ("15838684", "The level of significance was set at p < or=0.05."),
        ("20675425", "They considered P <.05 to be statistically significant."),
        ("PMC3642008", "Variables with p value less than 0.1 were included in the multivariated logistic regression."),
        ("PMC5976967", "Changes caused by preparation in the coronal, middle, and apical thirds were determined on CBCT scans and analyzed "
         "using the Kruskal–Wallis test at P ≤ 0.05 level of significance."),
        # a decimal point lost or a digit replaced in the source text: no value can be read (EBM-NLP)
        ("21334061", "points lower for GET (p = 00003), but did not differ"),
        ("21237718", "in the zidovudine and single-dose nevirapine group (p=0?029)."),
    ],
)
def test_not_results(source: str, text: str) -> None:
    assert _p(text) == []


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # a result, then a judgement of its size: kept (EBM-NLP 11295009, evidence-inference PMC2954378)
        ("11295009", "Subjects managed by IFT spinal nerve and The Back Book displayed both a statistically significant (p =.030) and "
         "clinically meaningful reduction in functional disability.", [("=", 0.03, "p =.030")]),
        ("PMC2954378", "The overall laboratory FEV1 variability was larger after the steroid course (P < 0.001), but not clinically significant.",
         [("<", 0.001, "P < 0.001")]),
    ],
)
def test_results_judged_clinically_are_kept(source: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _p(text) == expected
