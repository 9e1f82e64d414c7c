"""British and American spellings of search words."""

from __future__ import annotations

import pytest

from trialdb.db.spelling import phrase_variants, spelling_variants


@pytest.mark.parametrize(
    ("word", "other"),
    [("ischaemic", "ischemic"), ("randomised", "randomized"), ("oedema", "edema"), ("tumour", "tumor"), ("paediatric", "pediatric"),
     ("haemorrhage", "hemorrhage"), ("oestrogen", "estrogen"), ("hospitalisation", "hospitalization"), ("analyse", "analyze"),
     ("centre", "center"), ("behaviour", "behavior"), ("anaemia", "anemia")],
)
def test_each_spelling_finds_the_other(word: str, other: str) -> None:
    assert spelling_variants(word) == [word, other]
    assert spelling_variants(other) == [other, word]


@pytest.mark.parametrize("word", ["four", "hour", "stroke", "placebo", "them", "NCT01716481", "mRS"])
def test_words_with_one_spelling_stay_alone(word: str) -> None:
    assert spelling_variants(word) == [word.lower()]


def test_a_phrase_takes_every_combination() -> None:
    assert phrase_variants("randomised paediatric trial") == [
        "randomised paediatric trial", "randomised pediatric trial", "randomized paediatric trial", "randomized pediatric trial",
    ]
