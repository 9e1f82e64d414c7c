"""Design and sample-size rules on real sentences from the bundled abstracts."""

from __future__ import annotations

import pytest

from trialdb.extract.arm_sizes import find_arm_sets
from trialdb.extract.design import find_design
from trialdb.extract.sample_size import find_sample_size
from trialdb.extract.sentences import Sentence


def _s(text: str, section: str = "methods") -> Sentence:
    return Sentence(text, 0, len(text), section)


TITLE = _s("A trial", "title")


@pytest.mark.parametrize(
    ("text", "study_type", "blinding", "assessor", "ratio"),
    [
        ("In this prospective, open-label, randomized controlled trial with blinded outcome evaluation, patients "
         "were assigned, in a 2:1 ratio, to receive MSC injections (MSC group) or standard treatment alone (control group).",
         "rct", "open-label", True, "2:1"),
        ("In a double-blind randomized trial, 20 patients were assigned to receive fluvoxamine or fluoxetine for 6 weeks.",
         "rct", "double-blind", True, None),
        ("Randomised placebo controlled double blind trial.", "rct", "double-blind", True, None),
        ("Patients were assigned randomly to receive propofol or midazolam. A nurse who was blind to group assignment "
         "assessed discharge readiness.", "rct", None, True, None),
        ("The mean total treatment time for the SRP patients was 3:11 h.", "other", None, None, None),
    ],
)
def test_design(text: str, study_type: str, blinding: str | None, assessor: bool | None, ratio: str | None) -> None:
    d = find_design(TITLE, [_s(text)], ()).design
    assert (d.study_type, d.blinding, d.outcome_assessor_blinded, d.allocation_ratio) == (study_type, blinding, assessor, ratio)


def test_background_mentions_of_trials_do_not_make_an_rct() -> None:
    sents = [
        _s("Previous randomized controlled trials have shown benefit.", "background"),
        _s("We retrospectively reviewed the medical records of 120 patients.", "methods"),
    ]
    assert find_design(TITLE, sents, ()).design.study_type == "observational"


def test_review_with_randomized_trials_inside_is_a_review() -> None:
    title = _s("Conservative management of mechanical neck disorders. A systematic overview and meta-analysis.", "title")
    sents = [_s("Twenty-four randomized controlled trials (RCTs) and eight before-after studies met our selection criteria.", "results")]
    d = find_design(title, sents, ()).design
    assert (d.study_type, d.randomized) == ("meta-analysis", None)


def test_phase_and_multicenter() -> None:
    text = "This was a phase II, multicenter, parallel group, randomized trial with blinded outcome assessment that included 120 patients."
    d = find_design(TITLE, [_s(text)], ()).design
    assert (d.study_type, d.phase, d.multicenter, d.outcome_assessor_blinded) == ("rct", "2", True, True)


@pytest.mark.parametrize(
    ("text", "arms"),
    [
        ("A total of 39 and 15 patients were included in the MSC and control groups, respectively, for the final "
         "intention-to-treat analysis.", [("MSC", 39), ("control", 15)]),
        ("51 patients in remission from two hospitals were randomly assigned to a half elemental diet group (n = 26) "
         "or a free diet group (n = 25).", [("half elemental diet", 26), ("free diet", 25)]),
        ("3721 women with a uterus were randomised to combined oestrogen and progestogen (n=1862) or placebo (n=1859).",
         [("combined oestrogen and progestogen", 1862), ("placebo", 1859)]),
        ("Data were analysed from 85 patients (43 early extubation; 42 late extubation).",
         [("early extubation", 43), ("late extubation", 42)]),
        ("Of these, 39 were in the MSC group and 15 in the control group.", [("MSC", 39), ("control", 15)]),
        ("Mean age of patients was 68 (range 28-83) years.", []),
    ],
)
def test_arms(text: str, arms: list[tuple[str, int]]) -> None:
    found = find_arm_sets(_s(text, "results"))
    assert (list(found[0].arms) if found else []) == arms


@pytest.mark.parametrize(
    ("text", "total", "randomized", "analyzed"),
    [
        ("3721 women with a uterus were randomised to combined oestrogen and progestogen (n=1862) or placebo (n=1859).", 3721, 3721, None),
        ("This prospective, randomized trial at a tertiary children's hospital enrolled 60 patients 1 to 17 years old.", 60, None, None),
        ("105 adult patients with moderately advanced chronic periodontitis from 3 centres participated in the trial.", 105, None, None),
        ("Six hundred and twenty-four patients, aged 2-15 years, applied ointment once daily (n = 207), twice daily "
         "(n = 210) or 1% HA twice daily (n = 207).", 624, None, None),
        ("Mean age of patients was 68 (range 28-83) years.", None, None, None),
    ],
)
def test_counts(text: str, total: int | None, randomized: int | None, analyzed: int | None) -> None:
    size = find_sample_size([_s(text, "results")], with_arms=True).sample_size
    assert (size.total, size.randomized, size.analyzed) == (total, randomized, analyzed)


def test_background_numbers_are_not_this_trials() -> None:
    sents = [_s("A previous trial randomized 400 patients.", "background")]
    assert find_sample_size(sents, with_arms=True).sample_size.total is None
