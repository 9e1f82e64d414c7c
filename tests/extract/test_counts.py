"""Sample sizes in three steps, each on its own: candidates, roles, reconciliation (forms real abstracts use)."""

from __future__ import annotations

import pytest

from trialdb.extract.count_roles import assign_roles
from trialdb.extract.counts import find_counts
from trialdb.extract.sample_size import find_sample_size
from trialdb.extract.sentences import Sentence


def _s(text: str, section: str = "results") -> Sentence:
    return Sentence(text, 0, len(text), section)


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("Thirty-nine patients received MSC.", [(39, "count", "patients")]),
        ("MSC (n = 39) or control (n=15)", [(39, "n=", None), (15, "n=", None)]),
        ("Of these, 39/54 (72%) improved.", [(39, "numerator", None), (54, "denominator", None)]),
        ("39 of 54 patients improved.", [(39, "numerator", "patients"), (54, "denominator", "patients")]),
        ("A total of 54 patients were enrolled.", [(54, "total", "patients")]),
        ("Twelve schools were randomised.", [(12, "count", "schools")]),
        ("Mean age was 68 (range 28-83) years; BMI 27 kg/m2; at 3 months, p = 0.73.", []),
        ("Between March 23, 2012, and March 31, 2014, we randomly assigned 136 patients.", [(136, "count", "patients")]),
        ("15 187 patients with osteoarthritis", [(15187, "count", "patients")]),
        ("Eighty\u2010seven subjects were randomized.", [(87, "count", "subjects")]),
    ],
)
def test_candidates(text: str, candidates: list[tuple[int, str, str | None]]) -> None:
    assert [(c.n, c.form, c.unit if c.unit_kind != "none" else None) for c in find_counts(_s(text))] == candidates


@pytest.mark.parametrize(
    ("text", "section", "roles"),
    [
        ("Of 300 patients screened, 120 were randomized and 110 completed the study.", "results", ["screened", "randomized", "analyzed"]),
        ("Sixty-six eligible patients completed the study.", "results", ["analyzed"]),
        ("We will randomise 300 participants.", "methods", ["planned"]),
        ("Of these, 39 (72%) were women.", "results", ["subgroup"]),
        ("Twelve schools were randomised.", "methods", ["cluster"]),
        ("Data from 45 teeth were analysed.", "results", ["nonhuman"]),
        ("Sixteen trials with 1,234 patients were included.", "results", ["other-trials", "enrolled"]),
        ("Eight patients were lost to follow-up.", "results", ["lost"]),
        ("A previous trial randomized 400 patients.", "background", ["background"]),
        ("In total, five patients developed a rash.", "results", ["events"]),
    ],
)
def test_roles(text: str, section: str, roles: list[str]) -> None:
    assert [r.role for r in assign_roles(find_counts(_s(text, section)))] == roles


@pytest.mark.parametrize(
    ("sentences", "total", "source", "arms"),
    [
        # The verb after the bracket is the count's before it: 54 are stated as included.
        (["54 patients (39 MSC, 15 control) were included."], 54, "stated enrolled", [("MSC", 39), ("control", 15)]),
        (["Patients were assigned to MSC (n = 39) or control (n = 15)."], 54, "sum of arms", [("MSC", 39), ("control", 15)]),
        (["A total of 39 and 15 patients were included in the MSC and control groups, respectively."], 54, "sum of arms",
         [("MSC", 39), ("control", 15)]),
        (["Patients were randomized to MSC or placebo; there were 35 patients in each group."], 70, "sum of arms",
         [("MSC", 35), ("placebo", 35)]),
        (["Group I (n = 30, laser group) received laser therapy.", "Group II (n = 22, placebo laser group) received placebo laser therapy."],
         52, "sum of arms", [("Group I (laser)", 30), ("Group II (placebo laser)", 22)]),
        (["1021 patients (n = 507 for sitagliptin and n = 514 for sulphonylurea) were included in the analysis."], 1021, "sum of arms",
         [("sitagliptin", 507), ("sulphonylurea", 514)]),
        (["The patients were 55 men and 45 women."], 100, "sum of groups", []),
        (["120 patients were randomized.", "Formoterol 4 (n = 4) and placebo (n = 2) had events."], 120, "stated randomized", []),
        # Real sentences (devset 23455021, 24991602, 27320846): a later group's own size does not bound the arms; an aside
        # before the second verb; "two equal groups" with a stated total.
        (["Obese children were randomly assigned to a lifestyle treatment (n=40; BMI-SDS 4.2±0.7) or to a control group "
          "receiving an initial advice (n=39; BMI-SDS 4.3±0.6).", "At 2-year follow-up, BMI-SDS in the intervention group (n=31) was 3.8."],
         79, "sum of arms", [("lifestyle treatment", 40), ("control", 39)]),
        (["60 patients were randomly allocated to two groups.", "Thirty patients were treated with ibuprofen 400 mg twice a day, "
          "(mean age 27.12 ± 10.83 years) and 30 patients (mean age 26.60 ± 10) were treated with glucosamine sulfate 1500 mg daily."],
         60, "sum of arms", [("ibuprofen 400 mg twice a day", 30), ("glucosamine sulfate 1500 mg daily", 30)]),
        (["We conducted a randomised, double-blind study in 42 diabetic subjects.", "Patients were randomly assigned to two equal groups to "
          "receive either GTP (containing 800 mg of epigallocatechin gallate) or placebo for 12 weeks."],
         # "a randomised, double-blind study in 42" names the design: 42 is not stated as randomised (the gold's reading).
         42, "sum of arms", [("GTP", 21), ("placebo", 21)]),
    ],
)
def test_reconciliation(sentences: list[str], total: int, source: str, arms: list[tuple[str, int]]) -> None:
    result = find_sample_size([_s(t) for t in sentences], with_arms=True)
    assert (result.sample_size.total, result.total_source) == (total, source)
    assert [(a.label, a.n) for a in result.sample_size.arms] == arms


def test_protocol_size_is_planned_not_total() -> None:
    title = Sentence("Rationale and design of a randomised trial: study protocol", 0, 57, "title")
    result = find_sample_size([_s("A total of 300 patients will be randomised to X or Y.", "methods")], with_arms=True, title=title)
    assert (result.sample_size.total, result.sample_size.planned) == (None, 300)


@pytest.mark.parametrize(
    ("text", "arms"),
    [
        ("Of the 120 randomized patients, 60 were assigned to budesonide and 60 to placebo.", [("budesonide", 60), ("placebo", 60)]),
        ("Sixty patients were enrolled and randomly divided into the experimental group (30 cases) and control group (30 cases).",
         [("experimental", 30), ("control", 30)]),
        ("Participants were randomized (intervention n = 30, control n = 28).", [("intervention", 30), ("control", 28)]),
        ("The intervention group comprised 45 patients and the control group 44 patients.", [("intervention", 45), ("control", 44)]),
        ("A total of 89 patients (intervention: 45; control: 44) were analysed.", [("intervention", 45), ("control", 44)]),
        ("Group I (n=45) received drug A while group II (n=44) received drug B.", [("Group I (drug A)", 45), ("group II (drug B)", 44)]),
        ("Patients received either acupuncture (45 patients) or sham (44 patients).", [("acupuncture", 45), ("sham", 44)]),
        ("Before surgery the patients were randomized into 3 groups: group 1 -- 197 patients given ceftriaxone, group 2 -- 203 patients given co-trimoxazole.",
         [("group 1", 197), ("group 2", 203)]),
        ("We investigated 26 patients with PD: 13 received iTBS and 13 sham stimulation.", [("iTBS", 13), ("sham stimulation", 13)]),
        ("Sixty and 55 patients, respectively, were registered in Regimen A and B.", [("Regimen A", 60), ("Regimen B", 55)]),
        ("The first group (n = 49) received ketoconazole daily; the second group (n = 48) receiving clomiphene alone.",
         [("ketoconazole daily", 49), ("clomiphene alone", 48)]),
        ("Graft versus host disease occurred in 1 of 10 patients receiving GLN and in 3 of 8 patients receiving GLY placebo (p > .05).",
         [("GLN", 10), ("GLY placebo", 8)]),
        ("They were randomized to one GMA session every 4 weeks (True, n=11), extracorporeal circulation without the GMA column every 4 weeks "
         "(Sham, n=11), or no additional intervention (Control, n=11).",
         [("one GMA session (True)", 11), ("extracorporeal circulation (Sham)", 11), ("no additional intervention (Control)", 11)]),
        ("The patients were 55 men and 45 women.", []),
        ("Mortality was 5 (8%) in the MSC group and 9 (15%) in the control group.", []),
    ],
)
def test_group_sizes(text: str, arms: list[tuple[str, int]]) -> None:
    from trialdb.extract.arm_sizes import find_arm_sets

    found = find_arm_sets(_s(text, "methods"))
    assert (list(found[0].arms) if found else []) == arms
