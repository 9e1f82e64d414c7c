"""Per-arm results: counts whose denominator is an arm's size, percentages that reproduce a count, means ± SD."""

from __future__ import annotations

from trialdb.extract.arm_results import find_arm_results
from trialdb.extract.facts import Arm
from trialdb.extract.sentences import Sentence

ARMS = [Arm(label="half elemental diet", n=26), Arm(label="free diet", n=25)]


def _s(text: str) -> Sentence:
    return Sentence(text, 0, len(text), "results")


def test_percentages_of_known_arms_become_counts() -> None:
    text = ("The relapse rate in the half elemental diet group was significantly lower [34.6% vs. 64.0%; multivariate "
            "hazard ratio 0.40 (95% CI: 0.16-0.98)] than that in the free diet group after a mean follow-up of 11.9 months.")
    got = [(r.arm, r.events, r.total, r.derived, r.outcome) for r in find_arm_results([_s(text)], ARMS)]
    assert got == [("half elemental diet", 9, 26, True, "relapse rate"), ("free diet", 16, 25, True, "relapse rate")]


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
