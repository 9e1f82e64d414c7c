"""Numbers as abstracts write them: "39", "1,234", "thirty-nine", "Six hundred and twenty-four"."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}
_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
WORD_NUMBER = rf"(?:{_WORD})(?:(?:\s+and\s+|[\s\-\u2010\u2011\u2013])(?:{_WORD}))*"
DIGIT_NUMBER = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?![\d.,]\d)"
#: A count as written, in digits or words (case-insensitive use expected).
NUMBER = rf"(?:{DIGIT_NUMBER}|\b(?i:{WORD_NUMBER})\b)"
_SPLIT = re.compile(r"\s+and\s+|[\s\-\u2010\u2011\u2013]+", re.I)
_NUMBER_WORDS = frozenset([*UNITS, *TENS, *SCALES])


#: A whole word of lowercase letters that is a number word (the letters around it are not a-z).
_WHOLE_NUMBER_WORD = re.compile(rf"(?<![a-z])(?:{_WORD})(?![a-z])")


@lru_cache(maxsize=256)
def has_number_word(text: str) -> bool:
    """Return whether ``text`` has an English number word: a run of letters a-z of the lowercased text that is one."""
    # One search of the lowercased text; the same answer as testing every [^a-z]+-separated word against the set.
    return _WHOLE_NUMBER_WORD.search(text.lower()) is not None


# A digit after a non-word character, written digit first ("\d(?<!\w\d)" rather than "(?<!\w)\d") so that the engine
# skips to the next digit instead of trying the look-behind at every character.
_DIGIT_START = re.compile(r"\d(?<!\w\d)")
_ANY_DIGIT = re.compile(r"\d")
_NUMBER_WORD_START = re.compile(rf"\b(?i:{_WORD})")
#: The first letter of a number word (every character that (?i:) matches to one: "ſ" is an "s") after a non-word
#: character: the only places _NUMBER_WORD_START may match, found by a scan that skips to the next such letter.
_NUMBER_WORD_FIRST = re.compile("[" + "".join(sorted({w[0] for w in _NUMBER_WORDS})) + "".join(sorted({w[0] for w in _NUMBER_WORDS})).upper() + "\u017f]"
                                r"(?<!\w[\s\S])")


@lru_cache(maxsize=128)
def number_starts(text: str, mid_number: bool = False) -> tuple[int, ...]:
    """Return every offset of ``text`` where a number may start: a digit after a non-word character (any digit when
    ``mid_number``, for patterns that may start inside a number), or a number word."""
    starts = [m.start() for m in (_ANY_DIGIT if mid_number else _DIGIT_START).finditer(text)]
    if has_number_word(text):
        word_at = _NUMBER_WORD_START.match
        words = [p for p in (m.start() for m in _NUMBER_WORD_FIRST.finditer(text)) if word_at(text, p)]
        starts = sorted({*starts, *words})
    return tuple(starts)


def finditer_at_numbers(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Yield the matches ``pattern.finditer(text)`` yields, for a pattern whose every match starts where a number does.

    Tries the pattern only where a number starts, instead of at every character (the number-word alternation is costly).
    """
    return finditer_at(pattern, text, number_starts(text))


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """Yield the matches ``pattern.finditer(text)`` yields when every match starts at one of ``starts`` (ascending)."""
    end = 0
    for pos in starts:
        if pos >= end and (m := pattern.match(text, pos)) is not None:
            yield m
            end = max(m.end(), pos + 1)


#: A count has at most 9 digits: no study has 10**9 people, and such counts fit the database's INTEGER columns.
MAX_COUNT_DIGITS = 9


def parse_count(text: str) -> int | None:
    """Return the whole number written in ``text`` (digits with commas or English words), else None."""
    t = text.strip().lower()
    if not t:
        return None
    digits = t.replace(",", "").replace(" ", "").replace("\u2009", "").replace("\u202f", "")
    if digits.isdigit():
        # More digits than any count of people has (and than the database's integer columns hold): not a count.
        return int(digits) if len(digits.lstrip("0")) <= MAX_COUNT_DIGITS else None
    total = 0
    current = 0
    seen = False
    for word in _SPLIT.split(t):
        if not word:
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_float(text: str) -> float | None:
    """Return the decimal number in ``text`` ("0.73", ".05", "−1.2", "3·4"), else None."""
    t = text.strip().replace("−", "-").replace("–", "-").replace("·", ".").replace(",", "")
    if t.startswith("-."):
        t = "-0" + t[1:]
    elif t.startswith("."):
        t = "0" + t
    try:
        value = float(t)
    except ValueError:
        return None
    # A digit run longer than a float holds reads as infinity: no number an abstract states.
    return value if math.isfinite(value) else None
