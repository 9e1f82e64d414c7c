"""Numbers as abstracts write them: "39", "1,234", "thirty-nine", "Six hundred and twenty-four"."""

from __future__ import annotations

import re

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


def parse_count(text: str) -> int | None:
    """Return the whole number written in ``text`` (digits with commas or English words), else None."""
    t = text.strip().lower()
    if not t:
        return None
    digits = t.replace(",", "").replace(" ", "").replace("\u2009", "").replace("\u202f", "")
    if digits.isdigit():
        return int(digits)
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
        return float(t)
    except ValueError:
        return None
