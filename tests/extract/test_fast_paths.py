"""The faster forms of number and sentence helpers give what the plain definitions give (issue 12.3)."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from trialdb.extract import Extractor, numbers
from trialdb.extract.components import doc_values
from trialdb.extract.numbers import has_number_word, number_starts
from trialdb.fetch.article import AbstractSection, Article

_WORDS = ["one", "Two", "THREE", "ſix", "fıve", "tenth", "hundred", "and", "twenty-five", "A1", "COX-2", "1,234", "½", "_7"]
_TEXT = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(alphabet="ab xX0123456789-,._/(\n\u00a0ſıİK½²", max_size=6)), max_size=12).map(" ".join)


def _has_number_word(text: str) -> bool:
    return not numbers._NUMBER_WORDS.isdisjoint(re.split(r"[^a-z]+", text.lower()))


def _number_starts(text: str, mid_number: bool = False) -> tuple[int, ...]:
    starts = [m.start() for m in re.finditer(r"\d" if mid_number else r"(?<!\w)\d", text)]
    if _has_number_word(text):
        starts = sorted({*starts, *(m.start() for m in re.finditer(rf"\b(?i:{numbers._WORD})", text))})
    return tuple(starts)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.booleans())
def test_number_starts_as_defined(text: str, mid_number: bool) -> None:
    assert has_number_word(text) == _has_number_word(text)
    assert number_starts(text, mid_number) == _number_starts(text, mid_number)


def test_number_word_first_letters_are_all_that_ignorecase_matches() -> None:
    firsts = "".join(sorted({w[0] for w in numbers._NUMBER_WORDS}))
    matched = {chr(c) for c in range(sys.maxunicode + 1) if re.match(rf"(?i:[{firsts}])", chr(c))}
    scanned = {chr(c) for c in range(sys.maxunicode + 1) if numbers._NUMBER_WORD_FIRST.match(" " + chr(c), 1)}
    assert scanned == matched


def test_doc_extensions_hold_what_the_facts_are_made_of() -> None:
    ex = Extractor()
    text = "In all, 120 patients were randomised to drug (n = 60) or placebo (n = 60)."
    article = Article(pmid="1", title="A randomised trial", sections=(AbstractSection(None, None, text),))
    doc = ex.doc(article)
    values = doc_values(doc)
    assert doc._.sentences is values.sentences and doc._.design is values.design and doc._.sample_size is values.sample_size
    assert ex.extract(article).sample_size.total == 120
