"""Randomisation, blinding and study type on real sentences and records of the development set (fixtures/devset*,
dev split only; each record named by its PMID, the file name) and of public RCT corpora (EBM-NLP, by PMID)."""

from __future__ import annotations

import pytest

from trialdb.extract import Extractor
from trialdb.extract.design import find_design
from trialdb.extract.sentences import Sentence
from trialdb.fetch import read_articles

from ..conftest import FIXTURES


def _s(text: str, section: str = "methods") -> Sentence:
    return Sentence(text, 0, len(text), section)


TITLE = _s("A trial", "title")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _record(pmid: str):  # type: ignore[no-untyped-def]
    path = next(p for d in ("devset", "devset2", "devset3", "devset4") if (p := FIXTURES / d / "text" / f"{pmid}.txt").exists())
    return next(iter(read_articles([path])))


@pytest.mark.parametrize(
    ("pmid", "text", "study_type"),
    [
        # random allocation written with a hyphen, before the noun
        ("17224066", "A crossover design was used with 3 randomly-assigned diet rotations and repeated-measures analysis.", "rct"),
        # chosen at random to receive a treatment (EBM-NLP)
        ("1683365", "From 1985 to 1987 80 patients with acute cardiogenic pulmonary edema were randomly chosen to receive either serial CPAP "
         "therapy or high-flow face mask oxygen therapy without CPAP (control) for the purpose of evaluating the efficacy of CPAP therapy.", "rct"),
        # a randomised crossover: the treatments given in random order (EBM-NLP)
        ("7893582", "Subjects received in random order, enalapril (20 mg) or matched placebo daily for 2 weeks.", "rct"),
        # the study's own trial, still ongoing, is not another trial (EBM-NLP)
        ("10889804", "In this ongoing study, a total of 523 overweight subjects with IGT based on two oral glucose tolerance tests were "
         "randomized to either an intervention group or a control group.", "rct"),
        # "who required" is not "a trial is required" (EBM-NLP)
        ("1255322", "To assess the rationale of albumin priming prior to exchange transfusions, 42 hyperbilirubinemic infants who required "
         "exchange transfusions were randomly assigned to one of two groups.", "rct"),
        # "randomly" after the groups it divides into; after the people divided; beside another adverb (EBM-NLP)
        ("25776840", "METHODS Ninety-six patients with severe carotid stenosis were enrolled in the study and were classified into a QQG "
         "group (n=48) and a control group (n=48) randomly using consecutively numbered envelopes.", "rct"),
        ("20675425", "METHODS The authors divided 60 participants randomly into three groups: NovaMin powder with NovaMin-containing "
         "toothpaste (group 1), a placebo powder with NovaMin-containing toothpaste (group 2) and a placebo powder with the control "
         "toothpaste (group 3).", "rct"),
        ("8770026", "Insulin-stimulated glucose uptake was studied in 20 healthy, nondiabetic Caucasian male volunteers randomly and blindly "
         "assigned to glucocorticoid (methylprednisolone, METH; n = 10) or placebo (PLAC; n = 10) treatment.", "rct"),
        # a randomised protocol; randomly selected to receive a treatment (EBM-NLP)
        ("3732715", "Patients were given propranolol (160 mg daily), diltiazem (360 mg daily) and placebo for 2 weeks, using a randomized "
         "single blind protocol.", "rct"),
        ("23623047", "One hundred hypertensive patients with stable angina pectoris who underwent elective percutaneous coronary "
         "intervention were randomly selected to receive 1 of the 2 angiotensin II receptor blockers after coronary stenting.", "rct"),
        # a double-blind comparison whose allocation is not said to be random is a controlled trial (EBM-NLP)
        ("8198938", "The effects of trimetazidine (20 mg three times daily) were compared with those of propranolol (40 mg three times "
         "daily) in a double-blind parallel group multicentre study in 149 men with stable angina.", "non-randomized"),
    ],
)
def test_random_allocation(pmid: str, text: str, study_type: str) -> None:
    assert find_design(TITLE, [_s(text)], ()).design.study_type == study_type


def test_quasi_random_allocation_is_not_random() -> None:
    # EBM-NLP 10575594: "randomly", but by the order of the first visit
    text = ("Thirty postmenopausal women with reduced bone mineral density were divided randomly into two groups based on the "
            "chronological sequence of their first visit to the Osteoporosis Clinic of Katsuragi Hospital.")
    d = find_design(TITLE, [_s(text)], ()).design
    assert d.study_type in ("non-randomized", "single-arm") and d.randomized is False


@pytest.mark.parametrize(
    ("pmid", "text"),
    [
        ("28152984", "Although OSA is commonly first diagnosed in the pre-school age group, a randomised trial is still needed to assess IQ "
         "outcomes after adenotonsillectomy in the pre-school age-group."),
        # a data split, not an allocation (evidence-inference PMC5399309)
        ("PMC5399309", "The data were randomly divided into training and validation sets (985 5-min segments/set) and concordance was "
         "evaluated using 2 classification models."),
        # the randomised trial whose data are analysed is not this study's allocation (evidence-inference PMC3849694)
        ("PMC3849694", "Using data from a randomized controlled trial (N=400) designed to test the effectiveness of TIMT, we performed "
         "secondary analyses to identify factors moderating the effects of TIMT (intervention) when compared with those of a "
         "treatment-as-usual control condition."),
    ],
)
def test_no_allocation_of_this_study(pmid: str, text: str) -> None:
    d = find_design(TITLE, [_s(text)], ()).design
    assert d.study_type != "rct" and d.randomized is not True


def test_biomarker_question_in_a_trial_is_not_the_trials_allocation() -> None:
    # devset 27031850: the title asks about a biomarker within a named trial; the abstract retells the trial's allocation
    title = _s("Evaluation of Angiopoietin-2 as a biomarker in gastric cancer: results from the randomised phase III AVAGAST trial", "title")
    text = ("Previously untreated, advanced gastric cancer patients were randomly assigned to receive bevacizumab (n=387) or placebo "
            "(n=387) in combination with chemotherapy.")
    assert find_design(title, [_s(text)], ()).design.study_type == "observational"
    # ... but a title whose trial is the study, its population described after the trial, stays an RCT (EBM-NLP 21595978)
    title = _s("Tailored, iterative, printed dietary feedback is as effective as group education in improving dietary behaviours: results "
               "from a randomised control trial in middle-aged adults with cardiovascular risk factors", "title")
    assert find_design(title, [_s("Participants were randomised to one of three conditions.")], ()).design.study_type == "rct"


@pytest.mark.parametrize(
    ("pmid", "study_type", "randomized", "blinding"),
    [
        ("19709990", "observational", False, None),  # "Recruitment to a Randomized ... Trial: Characteristics of Participants ..."
        ("26366318", "observational", False, None),  # "Smoking Status Effect on Inflammatory Markers in a Randomized Trial of ..."
        ("27068751", "non-randomized", False, None),  # background: "... in a quasi-experimental study"
        ("27480413", "other", True, None),  # "Eighteen ... sheep ... randomized to endotoxin-control, ..."
        ("29628645", "other", True, None),  # "One hundred human permanent teeth were randomly divided into three groups"
        ("29795295", "other", True, None),  # "six rhesus macaques", randomized crossover
        ("11379842", "single-arm", False, "open-label"),  # "an open-label continuation phase study" of a double-blind trial
        ("16630342", "rct", True, "single-blind"),  # "The patients are blinded to the real, sham and placebo acupuncture treatments."
        # Records that cite or claim a randomisation that is not theirs (fourth batch, dev split):
        ("26357625", "other", False, None),  # narrative review: "A multi-center prospective randomized controlled trial ... is advised"
        ("25318013", "other", False, None),  # commentary: "Two reports from the LIMIT randomised controlled trial ..., recently reported in"
        ("26546142", "other", False, None),  # "An economic model ...": probabilities "derived from the randomised, controlled ... trial"
        ("23493110", "observational", False, None),  # "... in patients with periodontitis and healthy subjects: A randomized, controlled trial"
        ("27642568", "observational", False, None),  # "This prospective randomized clinical trial ..." of "preeclamptic and healthy parturients"
        ("28328795", "observational", False, None),  # "DESIGN: Baseline analysis of a randomized controlled trial."
        ("25885341", "observational", False, None),  # "A qualitative study ...": interviews "in the context of a cluster randomised trial"
        ("25201152", "non-randomized", False, "double-blind"),  # stimuli "presented in a pseudo-randomized order"
        ("24130594", "other", True, None),  # "Forty-eight human anterior teeth ... randomly divided into four groups of 12 teeth"
        ("24969056", "rct", True, None),  # "106 selected infertile male patients ... were randomly prescribed rifaximin ..."
        ("23472068", "rct", True, None),  # "An Experimental Investigation Using Randomized Control"
    ],
)
def test_records(extractor: Extractor, pmid: str, study_type: str, randomized: bool, blinding: str | None) -> None:
    d = extractor.extract(_record(pmid)).design
    assert (d.study_type, d.randomized, d.blinding) == (study_type, randomized, blinding)


@pytest.mark.parametrize(
    ("pmid", "text"),
    [
        ("26087864", "This 4\u2010week, single\u2010centre, randomized, examiner\u2010blind, controlled study investigated the efficacy and safety of "
         "0.15% ethyl lauroyl arginate (LAE)\u2010containing mouthrinse in adults with mild\u2010to\u2010moderate gingivitis."),
        ("28527657", "Research staff who obtained outcome measurements were masked to group allocation and clinical staff who delivered the "
         "intervention did not measure outcomes."),
        ("28152984", "Baseline testing includes neurocognitive testing (IQ and psychometric evaluation with the neuropsychologist blinded to "
         "randomisation) and overnight polysomnography (PSG)."),
        ("10443725", "The PFS technique was standardized, and all tracings were read by a single reader unaware of the treatment group."),  # EBM-NLP
    ],
)
def test_assessors_blinded_only(pmid: str, text: str) -> None:
    d = find_design(TITLE, [_s("Patients were randomly assigned to two groups."), _s(text)], ()).design
    assert (d.outcome_assessor_blinded, d.blinding) == (True, None)


def test_other_trials_blinding_is_not_this_studys() -> None:
    # 11379842: the double-blind trials named are the parent trials
    sents = [_s("Olanzapine has demonstrated efficacy in the treatment of acute mania in 2 double-blind, placebo-controlled trials.", "abstract"),
             _s("Patients were randomly assigned to olanzapine or lithium.", "abstract")]
    assert find_design(TITLE, sents, ()).design.blinding is None


def test_participants_and_providers_blinded_is_double_blind() -> None:
    # evidence-inference PMC2529259
    sents = [_s("Women were randomly assigned to misoprostol or placebo."), _s("Both women and providers were blinded to the treatment assignment.")]
    assert find_design(TITLE, sents, ()).design.blinding == "double-blind"
