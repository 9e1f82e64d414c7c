"""Effect estimates (OR, RR, HR, MD, SMD, RD, IRR) with their confidence intervals."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trialdb.extract.facts import Effect
from trialdb.extract.numbers import parse_float
from trialdb.extract.sentences import Sentence

#: Written names of each measure, longest first so "adjusted odds ratio" wins over "odds ratio".
MEASURES: dict[str, str] = {
    "standardized mean difference": "SMD", "standardised mean difference": "SMD",
    "weighted mean difference": "MD", "mean difference": "MD", "incidence rate ratio": "IRR",
    "rate ratio": "IRR", "odds ratio": "OR", "risk ratio": "RR", "relative risk": "RR",
    "hazard ratio": "HR", "risk difference": "RD", "absolute risk reduction": "RD",
    "SMD": "SMD", "WMD": "MD", "MD": "MD", "IRR": "IRR", "aOR": "OR", "AOR": "OR", "OR": "OR",
    "aRR": "RR", "RR": "RR", "aHR": "HR", "HR": "HR", "RD": "RD", "ARR": "RD", "sHR": "HR",
}
_LONG = "|".join(re.escape(k) for k in sorted((k for k in MEASURES if " " in k), key=len, reverse=True))
_ABBR = "|".join(re.escape(k) for k in sorted((k for k in MEASURES if " " not in k), key=len, reverse=True))
# Written-out names in any case; abbreviations only as written, so the word "or" is no odds ratio.
_NAMES = rf"(?i:(?:adjusted |multivariate |multivariable |pooled |summary )?(?:{_LONG}))|{_ABBR}"
_NUM = r"[-−–]?\d+(?:[.·]\d+)?"
EFFECT = re.compile(
    rf"(?<![A-Za-z])(?P<name>{_NAMES})(?![A-Za-z])"
    rf"(?:\s*[\[(](?:{_NAMES}|adjusted|a)[\])])?"
    rf"(?:\s*(?:,|:|=|of|was|\bwere\b|\bis\b)?\s*(?:for [^=,;()\d]{{1,40}}?)?\s*(?:,|:|=|of)?)\s*"
    rf"(?P<value>{_NUM})"
    rf"(?:\s*[,;(\[]?\s*(?:(?P<level>\d{{2}}(?:\.\d)?)\s?%\s*)?(?:CI|confidence interval|CrI|credible interval)(?:\s*[\[(](?:CI|CrI)[\])])?"
    rf"\s*(?:[,:=]|of|was)?\s*[(\[]?\s*(?P<lo>{_NUM})\s*(?:to|,|;|[-–—])\s*(?P<hi>{_NUM})\s*[)\]]?"
    rf"|\s*[(\[]\s*(?P<lo2>{_NUM})\s*(?:to|,|;|[-–—])\s*(?P<hi2>{_NUM})\s*[)\]])?",
)


_GATE_WORDS = ("ratio", "difference", "risk reduction", "relative risk")
_GATE_ABBR = ("OR", "RR", "HR", "MD", "RD", "ARR")


class _MayHave:
    """A search() that says whether a sentence may state an effect estimate (substring tests only)."""

    @staticmethod
    def search(text: str) -> bool:
        return any(a in text for a in _GATE_ABBR) or any(w in text.lower() for w in _GATE_WORDS)


_MAY_HAVE = _MayHave()


DEFINED = re.compile(rf"(?P<long>(?i:{_LONG}))\s*[\[(](?P<abbr>[A-Za-z]{{2,4}})[\])]")
STATED_LEVEL = re.compile(r"(\d{2}(?:\.\d)?)\s?%\s*(?:CI|confidence interval|CrI|credible interval)", re.I)


def _measure(name: str) -> str:
    if name in MEASURES:
        return MEASURES[name]
    low = name.lower()
    return next(v for k, v in MEASURES.items() if " " in k and low.endswith(k))


def find_effects(sents: Sequence[Sentence]) -> list[tuple[Effect, Sentence, int, int]]:
    """Return (effect, sentence, start, end) for every effect estimate stated outside the background."""
    out: list[tuple[Effect, Sentence, int, int]] = []
    own = [s for s in sents if s.section not in ("background", "title") and _MAY_HAVE.search(s.text)]
    if not own:
        return out
    joined = " ".join(s.text for s in own)
    # An abstract may define its abbreviations ("rate ratio [RR]") and state the CI level once.
    local = {m.group("abbr"): _measure(m.group("long")) for m in DEFINED.finditer(joined)}
    stated_level = STATED_LEVEL.search(joined)
    default_level = float(stated_level.group(1)) if stated_level else None
    for s in own:
        for m in EFFECT.finditer(s.text):
            value = parse_float(m.group("value"))
            if value is None:
                continue
            lo = m.group("lo") or m.group("lo2")
            hi = m.group("hi") or m.group("hi2")
            level = m.group("level")
            has_ci = lo is not None and hi is not None
            effect = Effect(
                    measure=local.get(m.group("name")) or _measure(m.group("name")),
                    value=value,
                    ci_low=parse_float(lo) if lo else None,
                    ci_high=parse_float(hi) if hi else None,
                    ci_level=float(level) if level else (default_level if has_ci else None),
                    text=m.group(0).strip(" ,;([").rstrip(),
            )
            out.append((effect, s, s.start + m.start(), s.start + m.end()))
    return out
