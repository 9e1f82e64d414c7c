"""Primary outcomes in the forms abstracts label them, on real sentences of the development set (fixtures/devset*, dev split;
each named by its PMID, the file name) and of public RCT corpora (evidence-inference, by PMC id)."""

from __future__ import annotations

import pytest

from trialdb.extract.outcomes import aim_outcome, find_outcomes
from trialdb.extract.sentences import Sentence


def _primary(text: str, section: str = "methods") -> list[str]:
    return [o.name for o in find_outcomes([Sentence(text, 0, len(text), section)]).outcomes if o.role == "primary"]


@pytest.mark.parametrize(
    ("pmid", "text", "section", "names"),
    [
        # "primary result measure"
        ("16630342", "The primary result measure will be the clinical relevant improvement (CRI) at 3 weeks after randomisation.", "methods",
         ["clinical relevant improvement (CRI) at 3 weeks after randomisation"]),
        # the outcome in apposition to its label
        ("24365274", "The main outcome, self-reported 30-day point prevalence of smoking abstinence, was assessed at a 6-month follow up.", "methods",
         ["self-reported 30-day point prevalence of smoking abstinence"]),
        ("28732521", "The primary outcome, the performance time, will be analyzed using non-inferiority analysis while secondary outcomes will "
         "be analyzed with superiority analysis.", "methods", ["performance time"]),
        # "primary parameter", "primary aim was to compare X"
        ("29276548", "The primary parameter was the difference in median time to complete encrustation or epithelialization of lesions.",
         "methods", ["difference in median time to complete encrustation or epithelialization of lesions"]),
        ("28889155", "The primary aim was to compare postoperative analgesic consumption within the first 24 hours after surgery.", "methods",
         ["postoperative analgesic consumption within the first 24 hours after surgery"]),
        # "X ... as the primary outcome"
        ("26669859", "After TKA, Numeric Rating Scale (NRS) scores for the first 24 h post-operation were compared via repeated-measures "
         "analysis of variance (ANOVA) as the primary outcome.", "methods", ["Numeric Rating Scale (NRS) scores for the first 24 h post-operation"]),
        # a background sentence about this study
        ("24966134", "This study evaluated the effectiveness of a school-community program on Health-Related Quality of Life (HRQoL; the "
         "primary outcome), physical activity (PA), and potential mediators of PA among adolescent girls living in low-socioeconomic "
         "rural/regional settings.", "background", ["Health-Related Quality of Life"]),
        # an aim that names two outcomes
        ("18294375", "Specifically, our primary objectives are to establish if the intervention is effective in reducing the percentage of "
         "patients who are referred for a plain x-ray, and improving mean level of disability for patients three months post-consultation.",
         "objective", ["percentage of patients who are referred for a plain x-ray", "mean level of disability"]),
    ],
)
def test_labels(pmid: str, text: str, section: str, names: list[str]) -> None:
    assert _primary(text, section) == names


@pytest.mark.parametrize(
    ("pmid", "text"),
    [
        ("22494623", "The primary endpoint will be assessed in Q3 2016."),
        ("24837137", "Zoledronic acid combined with docetaxel was well tolerated but did not meet the primary endpoint of demonstrating a "
         "longer progression-free survival in advanced NSCLC patients with bone metastases compared with docetaxel alone."),
        ("27920542", "The primary outcomes were that TB significantly decreased the rela tive changes in UACR (2.43–2.35, logarithmic "
         "transformed mg/g creatinine) and UN (5.12–4.91 mmol/L) in the TB intervention group vs the diet control group at 4 weeks "
         "(P<0.05), without obvious effect on blood glucose during the 4-week study."),
        # inclusion criteria are no outcome (evidence-inference PMC5623423)
        ("PMC5623423", "Main exclusion criteria are habitual opioid use, impaired pain sensation, other painful injuries or cognitive impairment."),
    ],
)
def test_not_a_declaration(pmid: str, text: str) -> None:
    assert _primary(text) == []


def test_respectively_assigns_each_role() -> None:
    # EBM-NLP 24074927
    text = "The primary and secondary endpoints were acute gastrointestinal toxicity and disease-free survival, respectively."
    outcomes = find_outcomes([Sentence(text, 0, len(text), "methods")]).outcomes
    assert [(o.role, o.name) for o in outcomes] == [("primary", "acute gastrointestinal toxicity"), ("secondary", "disease-free survival")]


@pytest.mark.parametrize(
    ("phrase", "outcome"),
    [
        # evidence-inference PMC5715878, PMC2772252; EBM-NLP 18321372
        ("the non‐inferiority of r‐hCG to u‐hCG for ovulation induction, as assessed by the ovulation rate", "ovulation rate"),
        ("the effect of amikacin sulfate bladder wash on CAUTI in neurosurgical patients", "CAUTI"),
        ("the anterior approach with the conventional liver resection technique with regard to intraoperative haematogenous tumor cell "
         "dissemination", "intraoperative haematogenous tumor cell dissemination"),
        ("the efficacy and safety of 0.15% ethyl lauroyl arginate (LAE)‐containing mouthrinse", None),
    ],
)
def test_aim_outcome(phrase: str, outcome: str | None) -> None:
    assert aim_outcome(phrase) == outcome
