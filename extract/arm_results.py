"""Per-arm results an abstract states: event counts ("9/26", "12 of 40 (30%)", or percentages of
known arm sizes) and means with SDs ("5.2 ± 1.1"), tied to the arm and the outcome.

Only what can be tied to an arm without guessing is kept: a count's denominator must be an arm's
size; a pair of percentages or means must come with exactly two arms, in the order the sentence
names them; a percentage becomes a count only when the count reproduces the stated percentage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trialdb.extract.facts import Arm, ArmResult
from trialdb.extract.pvalues import outcome_for
from trialdb.extract.sentences import Sentence

COUNT = re.compile(
    r"(?<![\d.,/])(?P<x>\d{1,6})\s*(?:/|of)\s*(?P<n>\d{1,6})(?![\d.,/])(?:\s*(?:patients|participants|subjects))?"
    r"(?:\s*\((?P<pct>\d{1,3}(?:\.\d+)?)\s*%\))?"
)
PCT_PAIR = re.compile(r"(?P<a>\d{1,3}(?:\.\d+)?)\s*%\s*(?:vs\.?|versus|and|compared with|compared to)\s*(?P<b>\d{1,3}(?:\.\d+)?)\s*%")
MEAN_SD = re.compile(r"(?P<m>-?\d+(?:\.\d+)?)\s*(?:±|\+/-|\+/−)\s*(?P<sd>\d+(?:\.\d+)?)")
_GATE = ("/", " of ", "%", "±", "+/-")


def _pct_count(pct: float, n: int) -> int | None:
    """Return the count out of ``n`` that the stated percentage stands for, if one reproduces it."""
    count = round(pct * n / 100)
    decimals = len(str(pct).split(".")[1]) if "." in str(pct) and not str(pct).endswith(".0") else 0
    return count if round(100 * count / n, decimals) == round(pct, decimals) else None


def _arm_order(sentence: str, arms: Sequence[Arm]) -> list[Arm]:
    """Return the two arms in the order the sentence names them (their given order if it names neither)."""
    low = sentence.lower()
    pos = {a.label: low.find(a.label.lower()) for a in arms}
    if all(p >= 0 for p in pos.values()):
        return sorted(arms, key=lambda a: pos[a.label])
    return list(arms)


def find_arm_results(sents: Sequence[Sentence], arms: Sequence[Arm]) -> list[ArmResult]:
    """Return the per-arm results stated in the results (or unlabelled) sentences."""
    out: list[ArmResult] = []
    if len(arms) < 2:
        return out
    sizes = [a.n for a in arms]
    for s in sents:
        if s.section not in ("results", "abstract") or not any(g in s.text for g in _GATE):
            continue
        used: set[str] = set()
        for m in COUNT.finditer(s.text):
            x, n = int(m.group("x")), int(m.group("n"))
            if x > n or sizes.count(n) != 1:
                continue
            arm = arms[sizes.index(n)]
            if arm.label in used:
                continue
            used.add(arm.label)
            out.append(ArmResult(outcome=outcome_for(s.text, m.start(), m.end(), 0), arm=arm.label, events=x, total=n,
                                 derived=False, text=m.group(0)))
        if len(arms) == 2 and not used:
            m = PCT_PAIR.search(s.text)
            if m:
                first, second = _arm_order(s.text, arms)
                counts = [_pct_count(float(m.group(g)), a.n) for g, a in (("a", first), ("b", second))]
                if all(c is not None for c in counts):
                    outcome = outcome_for(s.text, m.start(), m.end(), 0)
                    for arm, c in zip((first, second), counts, strict=True):
                        out.append(ArmResult(outcome=outcome, arm=arm.label, events=c, total=arm.n, derived=True, text=m.group(0)))
            means = list(MEAN_SD.finditer(s.text))
            if len(means) == 2:
                outcome = outcome_for(s.text, means[0].start(), means[0].end(), 0)
                for arm, mm in zip(_arm_order(s.text, arms), means, strict=True):
                    out.append(ArmResult(outcome=outcome, arm=arm.label, total=arm.n, mean=float(mm.group("m")),
                                         sd=float(mm.group("sd")), derived=False, text=mm.group(0)))
    return out
