"""Effect estimates with their confidence intervals, in the ways abstracts write them."""

from __future__ import annotations

import pytest

from trialdb.extract.effects import find_effects
from trialdb.extract.sentences import Sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(comparing extreme quintiles of telomere length, OR 1.72; 95% CI 1.07 to 2.78; ptrend=0.048)", ("OR", 1.72, 1.07, 2.78, 95.0)),
        ("[34.6% vs. 64.0%; multivariate hazard ratio 0.40 (95% CI: 0.16-0.98)]", ("HR", 0.40, 0.16, 0.98, 95.0)),
        ("(mean difference [MD]: −0.26; 95% confidence interval [CI]: −0.50 to −0.01; P = .04)", ("MD", -0.26, -0.50, -0.01, 95.0)),
        ("lower mortality rates in RCTs (risk ratio: 0.44; 95% CI: 0.28-0.69; P < .001)", ("RR", 0.44, 0.28, 0.69, 95.0)),
        ("(HR, 0.75 [95% CI, 0.60-0.93])", ("HR", 0.75, 0.60, 0.93, 95.0)),
        ("the adjusted odds ratio was 2.1 (1.3 to 3.4)", ("OR", 2.1, 1.3, 3.4, None)),
        ("SMD 0.45 (95% CI 0.12, 0.78)", ("SMD", 0.45, 0.12, 0.78, 95.0)),
        ("RR = 1.10, 90% CI 0.95 to 1.27", ("RR", 1.10, 0.95, 1.27, 90.0)),
    ],
)
def test_forms(text: str, expected: tuple) -> None:
    ((effect, *_),) = find_effects([Sentence(text, 0, len(text), "results")])
    assert (effect.measure, effect.value, effect.ci_low, effect.ci_high, effect.ci_level) == pytest.approx(expected)


def test_the_word_or_is_no_odds_ratio() -> None:
    text = "patients received MSC or 1.5 mL of saline"
    assert find_effects([Sentence(text, 0, len(text), "methods")]) == []


def test_abbreviations_defined_in_the_abstract_and_the_ci_level_stated_once() -> None:
    text = ("Women who underwent screening used herbal TCM more (rate ratio [RR] = 1.15, 95% confidence interval [CI] = "
            "[1.03, 1.29]) and acupuncture (RR = 1.62, CI = [1.21, 2.15]).")
    got = [(e.measure, e.value, e.ci_low, e.ci_high, e.ci_level) for e, *_ in find_effects([Sentence(text, 0, len(text), "results")])]
    assert got == [("IRR", 1.15, 1.03, 1.29, 95.0), ("IRR", 1.62, 1.21, 2.15, 95.0)]
