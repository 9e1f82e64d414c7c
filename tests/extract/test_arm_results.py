"""Per-arm results, on real sentences: counts whose denominator is an arm's size (or the number analysed),
percentages that reproduce a count, means ± SD, medians with IQRs; each at its time point, never at baseline."""

from __future__ import annotations

import pytest

from trialdb.extract.arm_results import StatedValue, find_arm_results, stated_values
from trialdb.extract.facts import Arm
from trialdb.extract.sentences import Sentence

ARMS = [Arm(label="half elemental diet", n=26), Arm(label="free diet", n=25)]
HRT = [Arm(label="combined oestrogen and progestogen", n=1862), Arm(label="placebo", n=1859)]


def _s(text: str, section: str = "results", label: str | None = None) -> Sentence:
    return Sentence(text, 0, len(text), section, label)


def _got(text: str, arms: list[Arm]) -> list[tuple[object, ...]]:
    return [(r.arm, r.events, r.total, r.mean, r.sd, r.median, r.q1, r.q3, r.timepoint) for r in find_arm_results([_s(text)], arms)]


def test_percentages_of_known_arms_become_counts() -> None:
    text = ("The relapse rate in the half elemental diet group was significantly lower [34.6% vs. 64.0%; multivariate "
            "hazard ratio 0.40 (95% CI: 0.16-0.98)] than that in the free diet group after a mean follow-up of 11.9 months.")
    got = [(r.arm, r.events, r.total, r.derived, r.outcome, r.timepoint) for r in find_arm_results([_s(text)], ARMS)]
    # A mean follow-up is a duration, not a time point.
    assert got == [("half elemental diet", 9, 26, True, "relapse rate", None), ("free diet", 16, 25, True, "relapse rate", None)]
    assert find_arm_results([_s(text)], ARMS)[0].sentence == text


def test_percentages_that_no_count_reproduces_are_dropped() -> None:
    assert find_arm_results([_s("Relapse was 33.0% vs. 64.0% in the two groups.")], ARMS) == []


def test_counts_are_tied_by_their_denominator() -> None:
    text = "Relapse occurred in 16/25 patients on the free diet and 9/26 on the half elemental diet."
    got = [(r.arm, r.events, r.total, r.derived) for r in find_arm_results([_s(text)], ARMS)]
    assert got == [("free diet", 16, 25, False), ("half elemental diet", 9, 26, False)]


def test_means_follow_the_order_the_arms_are_named() -> None:
    text = "Scores were 12.1 ± 3.4 in the free diet group and 10.2 ± 2.9 in the half elemental diet group."
    got = [(r.arm, r.mean, r.sd) for r in find_arm_results([_s(text)], ARMS)]
    assert got == [("free diet", 12.1, 3.4), ("half elemental diet", 10.2, 2.9)]


def test_nothing_without_two_arms() -> None:
    assert find_arm_results([_s("9/26 relapsed.")], ARMS[:1]) == []


def test_baseline_is_no_result_and_the_analysed_are_the_denominators() -> None:
    """PMID 18719013: trial entry is baseline; at one year 9% and 25% are of the 1043 and 1087 women with data."""
    sents = [
        _s("Data on health related quality of life at one year were available from 1043 and 1087 women, respectively.", "methods"),
        _s("Hot flushes were experienced in the combined HRT and placebo groups by 30% and 29% at trial entry and 9% and 25% "
           "at one year, respectively."),
    ]
    got = [(r.arm, r.events, r.total, r.timepoint, r.derived, r.outcome) for r in find_arm_results(sents, HRT)]
    # 94/1043 = 9.0%, 272/1087 = 25.0%.
    assert got == [("combined oestrogen and progestogen", 94, 1043, "1 year", True, "Hot flushes"), ("placebo", 272, 1087, "1 year", True, "Hot flushes")]
    # Without the sentence of those analysed, the randomised arms are the denominators: 168/1862 = 9.0%, 465/1859 = 25.0%.
    assert [(r.events, r.total) for r in find_arm_results(sents[1:], HRT)] == [(168, 1862), (465, 1859)]


@pytest.mark.parametrize(
    ("pmid", "text", "arms", "expected"),
    [
        # "x out of n (p%)", a number word, arms of equal size: tied by the order the sentence names them.
        ("27785324", "Six out of 200 (3%) patients in rectal diclofenac group developed post-ERCP pancreatitis compared to 23 out of "
         "200 (11.5%) patients in placebo group.", [("rectal diclofenac prior", 200), ("placebos", 200)],
         [("rectal diclofenac prior", 6, 200, None, None, None, None, None, None), ("placebos", 23, 200, None, None, None, None, None, None)]),
        # "n (p%)" without its denominator: kept when n of the arm's size gives the percentage (40/68 = 58.8%).
        ("28527657", "At the primary endpoint assessment (June, 2012, to September, 2014), 40 (59%) children in the brief guided "
         "parent-delivered CBT group versus 47 (69%) children in the solution-focused brief therapy group had an improvement of "
         "much or very much in CGI-I score.", [("brief guided parent-delivered CBT", 68), ("solution-focused brief therapy", 68)],
         [("brief guided parent-delivered CBT", 40, 68, None, None, None, None, None, None),
          ("solution-focused brief therapy", 47, 68, None, None, None, None, None, None)]),
        # Medians with IQRs as labelled, not means.
        ("23918559", "There was a cost reduction of about 30% during the intervention period [369000 Korean won (KRW), interquartile "
         "range (IQR) 240000-602000 KRW], compared with the control period (542000 KRW, IQR 316000-1185000 KRW).",
         [("control", 116), ("intervention", 128)],
         [("intervention", None, 128, None, None, 369000.0, 240000.0, 602000.0, None),
          ("control", None, 116, None, None, 542000.0, 316000.0, 1185000.0, None)]),
        # Two "+/-" pairs in one sentence, each ordered as the arms are named.
        ("14695699", "In the 4th experiment day, the amount of urine volume and sodium was very significantly lower in the "
         "diuretics-unresponsive ascites group than in the diuretics-responsive ascites group (1297.5 +/-80.9 vs 2003.7 +/-114.6 ml, "
         "p<0.005, 77.3 +/-8.2 vs 211.8 +/-12.6 mEq, p<0.001).", [("diuretics-responsive ascites", 8), ("diuretics-unresponsive ascites", 8)],
         [("diuretics-unresponsive ascites", None, 8, 1297.5, 80.9, None, None, None, None),
          ("diuretics-responsive ascites", None, 8, 2003.7, 114.6, None, None, None, None),
          ("diuretics-unresponsive ascites", None, 8, 77.3, 8.2, None, None, None, None),
          ("diuretics-responsive ascites", None, 8, 211.8, 12.6, None, None, None, None)]),
        # "x/n (p%)" tied by denominators; abbreviations as arm names; a time point after a preposition ("at 2 yr").
        ("14668030", "Of the former group, 4/31 (13%) and of the latter group, 3/37 (8%), had the CC genotype.",
         [("platelet counts <60,000/mm3", 31), ("normal platelet counts", 37)],
         [("platelet counts <60,000/mm3", 4, 31, None, None, None, None, None, None), ("normal platelet counts", 3, 37, None, None, None, None, None, None)]),
        ("24265523", "Ischemic-driven TVR at 2 yr was 3.8% in the PES and 1.2% in the EES group (P for non-inferiority=0.021).",
         [("EES", 425), ("PES", 425)],
         [("PES", 16, 425, None, None, None, None, None, "2 years"), ("EES", 5, 425, None, None, None, None, None, "2 years")]),
        ("22508830", "The 4-month PFS rate was comparable for both groups (EE, 18% v EP, 20%; P = .7).", [("EE", 67), ("EP", 65)],
         [("EE", 12, 67, None, None, None, None, None, None), ("EP", 13, 65, None, None, None, None, None, None)]),
    ],
    ids=lambda v: v if isinstance(v, str) and v.isdigit() else "",
)
def test_forms_of_per_arm_results(pmid: str, text: str, arms: list[tuple[str, int]], expected: list[tuple[object, ...]]) -> None:
    assert _got(text, [Arm(label=label, n=n) for label, n in arms]) == expected


@pytest.mark.parametrize(
    ("pmid", "text", "arms"),
    [
        # Neither arm is named with its numbers: which is which is not written.
        ("24281275", "Sufentanil consumption (41.50±21.80 vs. 89.70±35.22 μg; P<0.01) after 48 hours, time to bowel recovery "
         "(1.80±0.70 vs. 3.15±1.04 d; P<0.01) were significantly reduced.", [("0.9% saline continuous infusion (control)", 20), ("ropivacaine", 20)]),
        # The participants' age is a characteristic, not an outcome.
        ("27989693", "The mean of age of the participants in the Group A and B was 44.08 ± 6.29 (range, 33–58 years) years and 45.83 ± 8.42 "
         "(31–60 years), respectively.", [("group A", 41), ("group B", 47)]),
        # "mean +/- SE": standard errors are not SDs.
        ("15278624", "In the sevoflurane group, the A values were 4789 +/- 1518, 2187 +/- 1214, 1730 +/- 880 (mean +/- SE. ml.min(-1).mmHg) "
         "at the control state, 0.1 MAC and 0.5 MAC, respectively.", [("sevoflurane", 8), ("halothane", 8)]),
        # 91% of 25 is no whole count: adherence is a mean percentage, not a share of patients.
        ("21906390", "Patient adherence was similarly high in both groups (91% vs. 93%; p = 0.70).", [("active", 25), ("sham", 27)]),
        # Two values of one arm at two times, the other arm named only after them: not a pair of arms. (54 randomised; the
        # split is not written, and arm sizes play no part in medians.)
        ("25097353", "The median interquartile range pain score is worst for placebo group after LAI (5 [3-6]) and in the immediate "
         "postprocedure period (5 [4-5]) which was significantly attenuated by addition of fentanyl (3.5 [2-5] and 3 [2-4]) "
         "(P = 0.009 and 0.001 respectively).", [("fentanyl", 27), ("placebo", 27)]),
        # "from X (SD s)": the value before is no result, and one arm per sentence is no pair (213 analysed; the split is not
        # written, and plays no part here).
        ("10837379", "After 3 months, latanoprost reduced mean baseline diurnal IOP from 27.2 (SD 3.0) mm Hg by 8.5 (3.3) mm Hg.",
         [("latanoprost", 107), ("dorzolamide", 106)]),
    ],
    ids=lambda v: v if isinstance(v, str) and v.isdigit() else "",
)
def test_what_is_not_a_result_of_two_arms(pmid: str, text: str, arms: list[tuple[str, int]]) -> None:
    assert find_arm_results([_s(text)], [Arm(label=label, n=n) for label, n in arms]) == []


def test_a_methods_and_results_section_is_read() -> None:
    """PMID 18441320 labels its abstract 'METHODS AND RESULTS'; 0.8% of 513 = 4 (0.78%), 1% of 515 = 5 (0.97%)."""
    text = "Primary endpoint occurred in 0.8% group A patients vs. 1% group B (P = 0.749; 90% CI for the percentage difference −1.2–0.8)."
    arms = [Arm(label="group A (non-selective)", n=513), Arm(label="group B (selective)", n=515)]
    got = find_arm_results([_s(text, "methods", "METHODS AND RESULTS")], arms)
    assert [(r.arm, r.events, r.total, r.outcome) for r in got] == [
        ("group A (non-selective)", 4, 513, "Primary endpoint"), ("group B (selective)", 5, 515, "Primary endpoint")]
    assert find_arm_results([_s(text, "methods", "METHODS")], arms) == []


def test_an_abbreviation_the_abstract_gives_an_arm_names_it() -> None:
    """PMID 26498221: "Experimental Group (EG)" is named "EG" later; 13.1% of 107 = 14, 5.0% of 120 = 6."""
    sents = [
        _s("107 were assigned to the Experimental Group (EG) and 120 to the Control Group (CG)."),
        _s("However, when we assessed the degree of lipid control by combining cholesterol <200 mg/dl and LDL-cholesterol < 130 mg/dl "
           "parameters, it was observed that a higher percentage of patients achieved target figures in the EG versus CG (13.1 % vs. "
           "5.0 %; adjusted OR = 5.77, 95 % CI: 1.67-19.91)."),
    ]
    got = find_arm_results(sents, [Arm(label="Experimental", n=107), Arm(label="Control", n=120)])
    assert [(r.arm, r.events, r.total) for r in got] == [("Experimental", 14, 107), ("Control", 6, 120)]


@pytest.mark.parametrize(
    ("pmid", "text", "values"),
    [
        ("9482142", "Symptom-limited bicycle exercise was longer with the verapamil (510+/-129.9 s)", [("mean", 510.0, 129.9)]),
        ("10837379", "latanoprost reduced mean baseline diurnal IOP from 27.2 (SD 3.0) mm Hg", [("mean", 27.2, 3.0)]),
        ("9626910", "Hepatitis C virus antibody was found in 74 of 697 patients (10.6%) with hypertrophic cardiomyopathy",
         [("count", 74, 697)]),
        ("14668030", "Of the former group, 4/31 (13%)", [("count", 4, 31)]),
        ("27785324", "Six out of 200 (3%) patients", [("count", 6, 200)]),
        ("28527657", "40 (59%) children", [("count_pct", 40, 59.0)]),
        ("23918559", "542000 KRW, IQR 316000-1185000 KRW)", [("median", 542000.0, 316000.0, 1185000.0)]),
        ("22533447", "PASI 75 was significantly higher at week 24 (77·3% vs. 60·3%; P < 0·0001)", [("pct", 77.3), ("pct", 60.3)]),
    ],
    ids=lambda v: v if isinstance(v, str) and v.isdigit() else "",
)
def test_stated_values(pmid: str, text: str, values: list[tuple[object, ...]]) -> None:
    def numbers(v: StatedValue) -> tuple[object, ...]:
        fields = {"mean": ("mean", "sd"), "count": ("events", "total"), "count_pct": ("events", "pct"), "median": ("median", "q1", "q3"),
                  "pct": ("pct",)}[v.kind]
        return (v.kind, *(getattr(v, f) for f in fields))

    assert [numbers(v) for v in stated_values(text)] == values
