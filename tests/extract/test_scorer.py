"""The scorer's matching rules and arithmetic."""

from __future__ import annotations

import pytest

from trialdb.extract.scorer import overlap, score_all
from trialdb.pipeline.evaluate import evaluate

from ..conftest import FIXTURES


def _rec(**kw):  # type: ignore[no-untyped-def]
    base = {
        "design": {"study_type": "rct", "randomized": True, "blinding": None},
        "sample_size": {"total": 54, "randomized": None, "analyzed": None, "arms": []},
        "outcomes": [], "p_values": [], "effects": [], "registry_ids": [], "evidence_class": None,
    }
    base.update(kw)
    return base


def test_overlap_counts_gold_words() -> None:
    assert overlap("score on the modified Rankin Scale (mRS)", "modified Rankin Scale") == 1.0
    assert overlap("mRS", "modified Rankin Scale") == 0.0
    assert overlap("Transient mild to moderate skin burning", "transient skin burning") == 1.0


def test_prf_and_accuracy() -> None:
    gold = _rec(p_values=[{"op": "=", "value": 0.732, "outcome": "mRS at 3 months"}, {"op": "=", "value": 0.023, "outcome": "Motricity Index leg score"}],
                sample_size={"total": 54, "randomized": None, "analyzed": None, "arms": [{"label": "MSC", "n": 39}, {"label": "control", "n": 15}]})
    pred = _rec(p_values=[{"op": "=", "value": 0.732, "outcome": "mRS score shift at 3 months"}, {"op": "<", "value": 0.05, "outcome": None}],
                sample_size={"total": 39, "randomized": None, "analyzed": None, "arms": [{"label": "MSC group", "n": 39}, {"label": "controls", "n": 15}]})
    s = score_all([(pred, gold)])
    p = s.fields["p_values"]
    assert (p.tp, p.fp, p.fn, p.precision, p.recall, p.f1) == (1, 1, 1, 0.5, 0.5, 0.5)
    assert (s.fields["p_value_outcomes"].correct, s.fields["p_value_outcomes"].total) == (1, 1)
    assert (s.fields["arms"].tp, s.fields["arms"].fn) == (1, 1)  # "controls" is not "control"
    assert s.fields["total_n"].accuracy == 0.0 and s.fields["study_type"].accuracy == 1.0


def test_non_rct_called_rct_rate() -> None:
    gold = _rec(design={"study_type": "observational"})
    s = score_all([(_rec(), gold), (_rec(design={"study_type": "observational"}), gold)])
    assert (s.non_rct_called_rct, s.non_rct_total, s.non_rct_as_rct_rate) == (1, 2, 0.5)


def test_bundled_gold_scores() -> None:
    """The numbers `trialdb evaluate fixtures/gold` prints (13 hand-annotated records)."""
    s = evaluate(FIXTURES / "gold")
    assert s.records == 13
    f = s.fields
    assert (f["p_values"].precision, f["p_values"].recall) == (1.0, 1.0)
    assert f["registry_ids"].f1 == 1.0 and f["evidence_class"].accuracy == 1.0
    assert f["study_type"].accuracy == 1.0 and f["total_n"].accuracy == 1.0
    assert f["blinding"].accuracy == 1.0 and f["allocation_ratio"].accuracy == 1.0 and f["randomized"].accuracy == 1.0
    assert f["arms"].f1 == pytest.approx(12 / 13)
    assert f["primary_outcomes"].recall == 1.0
    assert s.non_rct_as_rct_rate == 0.0
