"""Number words, time points and the sentence splitter."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trialdb.extract import arm_sizes
from trialdb.extract.numbers import WORD_NUMBER, finditer_at_numbers, has_number_word, parse_count
from trialdb.extract.sentences import canonical_section, split_sentences
from trialdb.extract.timepoints import find_timepoint
from trialdb.fetch.article import SectionSpan


@pytest.mark.parametrize(
    ("text", "value"),
    [("39", 39), ("1,234", 1234), ("thirty-nine", 39), ("Six hundred and twenty-four", 624), ("Twenty-four", 24),
     ("one hundred", 100), ("two thousand and five", 2005), ("many", None)],
)
def test_parse_count(text: str, value: int | None) -> None:
    assert parse_count(text) == value


@pytest.mark.parametrize(
    ("text", "has"),
    [("Eighty\u2010seven subjects", True), ("(\u2018seven\u2019 sites)", True), ("SIXTY patients", True),
     ("often attended; none done", False), ("2 of 39", False)],
)
def test_has_number_word(text: str, has: bool) -> None:
    assert has_number_word(text) is has


DEVSET = Path(__file__).resolve().parents[2] / "fixtures" / "devset" / "text"


@pytest.mark.parametrize("pattern", ["N_IN_GROUP", "DENOMINATOR_GROUP", "DENOMINATOR_LABEL_NOUN", "OF_THE_GROUP", "RECEIVED_PAIR"])
def test_matching_at_numbers_finds_what_a_full_scan_finds(pattern: str) -> None:
    """Trying a number-led pattern only where numbers start yields the same matches as finditer, on the devset's text."""
    compiled = getattr(arm_sizes, pattern)
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*.txt"))]
    texts += [  # the forms each pattern is for, as the abstracts in arm_sizes' comments write them
        "973 of the experimental subjects and 938 of the control subjects completed the study",
        "three of 13 placebo patients, two of 11 indomethacin patients",
        "Eighty\u2010seven patients were assigned to the twenty-one day group, and 13 received iTBS and 13 sham stimulation",
    ]
    found = 0
    for text in texts:
        expected = [m.span() for m in compiled.finditer(text)]
        assert [m.span() for m in finditer_at_numbers(compiled, text)] == expected
        found += len(expected)
    assert found > 0
    assert re.search(WORD_NUMBER, "twenty-one", re.I)


@pytest.mark.parametrize(
    ("text", "timepoint"),
    [("the score on the modified Rankin Scale (mRS) at 3 months", "3 months"), ("Barthel Index at day 180", "day 180"),
     ("the occurrence of relapse over the 2-year period", "2 years"), ("90-day outcomes", "90 days"),
     ("at one year", "1 year"), ("the percentage change in mEASI", None)],
)
def test_timepoints(text: str, timepoint: str | None) -> None:
    found = find_timepoint(text)
    assert (found[0] if found else None) == timepoint


def test_splitter_keeps_p_values_and_abbreviations_inside_sentences() -> None:
    text = "Scores improved (P < .05). Early vs. late extubation was compared (Smith et al. 2001). The end."
    sents = [s.text for s in split_sentences(text, [SectionSpan(None, None, 0, len(text))])]
    assert sents == ["Scores improved (P < .05).", "Early vs. late extubation was compared (Smith et al. 2001).", "The end."]


def test_inline_headings_become_sections() -> None:
    text = "OBJECTIVE: To compare two drugs. METHODS: We randomized 60 children. RESULTS: Recovery was faster (P < .001)."
    sents = split_sentences(text, [SectionSpan(None, None, 0, len(text))])
    assert [(s.section, s.text) for s in sents] == [
        ("objective", "To compare two drugs."),
        ("methods", "We randomized 60 children."),
        ("results", "Recovery was faster (P < .001)."),
    ]
    for s in sents:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("label", "category", "section"),
    [("CLASSIFICATION OF EVIDENCE", None, "evidence"), ("TRIAL REGISTRATION", "BACKGROUND", "registration"),
     ("MAIN OUTCOME MEASURES", "METHODS", "outcomes"), ("AIM", "OBJECTIVE", "objective"),
     ("PATIENTS AND METHODS", "METHODS", "methods"), (None, "RESULTS", "results"), (None, None, "abstract")],
)
def test_canonical_sections(label: str | None, category: str | None, section: str) -> None:
    assert canonical_section(label, category) == section
