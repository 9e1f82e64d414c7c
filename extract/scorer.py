"""Scoring extraction against hand-made gold annotations, field by field.

Gold files hold the JSON contract of DESIGN.md for one record, made by reading
the abstract. Single-valued fields are scored by accuracy (null must match
null); lists by precision, recall and F1 with a field-specific match rule:
arms by size and label (same_arm), outcomes and p-value outcomes by token overlap >= 0.5,
p-values by operator and value, effects by measure, value and CI.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

SINGLE_FIELDS = (
    ("study_type", ("design", "study_type")),
    ("randomized", ("design", "randomized")),
    ("blinding", ("design", "blinding")),
    ("outcome_assessor_blinded", ("design", "outcome_assessor_blinded")),
    ("placebo", ("design", "placebo")),
    ("phase", ("design", "phase")),
    ("allocation_ratio", ("design", "allocation_ratio")),
    ("multicenter", ("design", "multicenter")),
    ("crossover", ("design", "crossover")),
    ("total_n", ("sample_size", "total")),
    ("randomized_n", ("sample_size", "randomized")),
    ("analyzed_n", ("sample_size", "analyzed")),
    ("planned_n", ("sample_size", "planned")),
)
_TOKEN = re.compile(r"[a-z0-9]+")
_STOP = {"the", "of", "a", "an", "in", "on", "at", "and", "to", "for", "with", "by", "score", "scores"}


def tokens(text: str | None) -> set[str]:
    """Return the content words of ``text``, lower-cased."""
    return {t for t in _TOKEN.findall((text or "").lower()) if t not in _STOP}


def overlap(a: str | None, b: str | None) -> float:
    """Return the token overlap of two phrases: shared words over the gold phrase's words."""
    gold = tokens(b)
    if not gold:
        return 1.0 if not tokens(a) else 0.0
    return len(tokens(a) & gold) / len(gold)


_ARM_STOP = {"group", "groups", "arm", "arms"}


def _arm_tokens(label: str | None) -> set[str]:
    words = set(_TOKEN.findall((label or "").lower())) - _ARM_STOP - {"the", "of", "and", "with", "in", "to", "for"}
    return {t[:-1] if len(t) > 3 and t.endswith("s") else t for t in words}


def same_arm(predicted: str | None, gold: str | None) -> bool:
    """True when two arm labels name the same group: half the words of either are in the other ("EE" ~ "erlotinib plus entinostat (EE)")."""
    p, g = _arm_tokens(predicted), _arm_tokens(gold)
    if not p or not g:
        return not p and not g
    shared = len(p & g)
    return shared / len(g) >= 0.5 or shared / len(p) >= 0.5


@dataclass
class FieldScore:
    """Counts for one field: for accuracy (correct/total) or for P/R/F1 (tp/fp/fn)."""

    name: str
    kind: str
    correct: int = 0
    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """Return tp / (tp + fp), or None with nothing predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """Return tp / (tp + fn), or None with nothing in gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """Return the harmonic mean of precision and recall (1.0 when both lists were empty)."""
        if self.kind != "prf":
            return None
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float | None:
        """Return correct / total for accuracy fields."""
        return self.correct / self.total if self.kind == "accuracy" and self.total else None

    @property
    def main(self) -> float | None:
        """Return the field's headline score: F1 or accuracy."""
        return self.f1 if self.kind == "prf" else self.accuracy

    def as_dict(self) -> dict[str, Any]:
        """Return the counts and scores as plain data."""
        out: dict[str, Any] = {"field": self.name, "kind": self.kind}
        if self.kind == "prf":
            out.update(tp=self.tp, fp=self.fp, fn=self.fn, precision=self.precision, recall=self.recall, f1=self.f1)
        else:
            out.update(correct=self.correct, total=self.total, accuracy=self.accuracy)
        return out


@dataclass
class Score:
    """Every field's score over a gold set, plus the rate of non-RCTs called RCTs."""

    fields: dict[str, FieldScore] = field(default_factory=dict)
    records: int = 0
    non_rct_total: int = 0
    non_rct_called_rct: int = 0

    def field(self, name: str, kind: str) -> FieldScore:
        """Return (creating if needed) the FieldScore of ``name``."""
        if name not in self.fields:
            self.fields[name] = FieldScore(name, kind)
        return self.fields[name]

    @property
    def macro(self) -> float | None:
        """Return the mean of the fields' headline scores."""
        mains = [f.main for f in self.fields.values() if f.main is not None]
        return sum(mains) / len(mains) if mains else None

    @property
    def non_rct_as_rct_rate(self) -> float | None:
        """Return the share of gold non-RCTs that the extractor called RCTs."""
        return self.non_rct_called_rct / self.non_rct_total if self.non_rct_total else None

    def as_dict(self) -> dict[str, Any]:
        """Return the whole score as plain data."""
        return {
            "records": self.records,
            "fields": [f.as_dict() for f in self.fields.values()],
            "non_rct_called_rct": {"count": self.non_rct_called_rct, "of": self.non_rct_total, "rate": self.non_rct_as_rct_rate},
            "macro": self.macro,
        }


def _get(record: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = record
    for key in path:
        value = (value or {}).get(key)
    return value


def _match(score: FieldScore, predicted: list[Any], gold: list[Any], same: Callable[[Any, Any], bool]) -> list[tuple[Any, Any]]:
    """Greedy one-to-one matching; counts tp/fp/fn and returns the matched pairs."""
    left = list(predicted)
    pairs = []
    for g in gold:
        hit = next((p for p in left if same(p, g)), None)
        if hit is None:
            score.fn += 1
        else:
            left.remove(hit)
            score.tp += 1
            pairs.append((hit, g))
    score.fp += len(left)
    return pairs


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 + 1e-6 * abs(b)


def score_record(score: Score, predicted: dict[str, Any], gold: dict[str, Any]) -> None:
    """Add one record's comparison to ``score``."""
    score.records += 1
    for name, path in SINGLE_FIELDS:
        f = score.field(name, "accuracy")
        f.total += 1
        f.correct += int(_get(predicted, path) == _get(gold, path))
    if _get(gold, ("design", "study_type")) != "rct":
        score.non_rct_total += 1
        score.non_rct_called_rct += int(_get(predicted, ("design", "study_type")) == "rct")

    _match(
        score.field("arms", "prf"), _get(predicted, ("sample_size", "arms")) or [], _get(gold, ("sample_size", "arms")) or [],
        lambda p, g: p["n"] == g["n"] and same_arm(p["label"], g["label"]),
    )
    for role in ("primary", "secondary"):
        pred = [o for o in predicted.get("outcomes") or [] if o["role"] == role]
        gold_o = [o for o in gold.get("outcomes") or [] if o["role"] == role]
        pairs = _match(score.field(f"{role}_outcomes", "prf"), pred, gold_o, lambda p, g: overlap(p["name"], g["name"]) >= 0.5)
        tp = score.field(f"{role}_timepoints", "accuracy")
        for p, g in pairs:
            tp.total += 1
            tp.correct += int(p["timepoint"] == g["timepoint"])
    pairs = _match(
        score.field("p_values", "prf"), predicted.get("p_values") or [], gold.get("p_values") or [],
        lambda p, g: p["op"] == g["op"] and _close(p["value"], g["value"]),
    )
    tied = score.field("p_value_outcomes", "accuracy")
    for p, g in pairs:
        if g.get("outcome"):
            tied.total += 1
            tied.correct += int(overlap(p.get("outcome"), g["outcome"]) >= 0.5)
    _match(
        score.field("effects", "prf"), predicted.get("effects") or [], gold.get("effects") or [],
        lambda p, g: p["measure"] == g["measure"] and _close(p["value"], g["value"])
        and _close(p["ci_low"], g["ci_low"]) and _close(p["ci_high"], g["ci_high"]),
    )
    _match(
        score.field("registry_ids", "prf"), predicted.get("registry_ids") or [], gold.get("registry_ids") or [],
        lambda p, g: p.upper() == g.upper(),
    )
    ev = score.field("evidence_class", "accuracy")
    ev.total += 1
    pe, ge = predicted.get("evidence_class"), gold.get("evidence_class")
    ev.correct += int((pe or {}).get("scheme") == (ge or {}).get("scheme") and (pe or {}).get("level") == (ge or {}).get("level"))


def score_all(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> Score:
    """Return the Score of (predicted, gold) contract records."""
    score = Score()
    for predicted, gold in pairs:
        score_record(score, predicted, gold)
    return score
