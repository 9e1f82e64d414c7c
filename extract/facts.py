"""TrialFacts: what the extractor returns for one article, serialising to DESIGN.md's JSON contract."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

StudyType = Literal["rct", "non-randomized", "single-arm", "observational", "systematic-review", "meta-analysis", "other"]
Blinding = Literal["open-label", "single-blind", "double-blind", "triple-blind"]
Op = Literal["=", "<", ">", "<=", ">="]


class Design(BaseModel):
    """How the study was designed, as the abstract states it (None when not stated)."""

    study_type: StudyType = "other"
    randomized: bool | None = None
    controlled: bool | None = None
    blinding: Blinding | None = None
    outcome_assessor_blinded: bool | None = None
    placebo: bool | None = None
    phase: str | None = None
    allocation_ratio: str | None = None
    multicenter: bool | None = None
    crossover: bool | None = None


class Arm(BaseModel):
    """One group's stated size, with the group's label as written."""

    label: str
    n: int


class SampleSize(BaseModel):
    """Participant counts: total (randomized when stated), randomized, analyzed, planned (protocols), and per arm."""

    total: int | None = None
    randomized: int | None = None
    analyzed: int | None = None
    planned: int | None = None
    arms: list[Arm] = Field(default_factory=list)


class Outcome(BaseModel):
    """A declared primary or secondary outcome with its time point."""

    role: Literal["primary", "secondary"]
    name: str
    timepoint: str | None = None


class PValue(BaseModel):
    """A reported p-value, where it stands in the abstract, and the outcome it tests."""

    op: Op
    value: float
    text: str
    start: int
    end: int
    section: str | None = None
    outcome: str | None = None


class Effect(BaseModel):
    """A reported effect estimate (OR, RR, HR, MD, SMD, ...) with its confidence interval."""

    measure: str
    value: float
    ci_low: float | None = None
    ci_high: float | None = None
    ci_level: float | None = None
    text: str
    #: The outcome the estimate is for, as written (stored, not part of the JSON contract).
    outcome: str | None = Field(default=None, exclude=True)


class ArmResult(BaseModel):
    """One arm's stated result for an outcome at a time point: events of total, mean and SD, or median and IQR.

    ``total`` is the number analysed when the abstract states it, else the arm's size; ``derived`` says the events were
    computed from a percentage; ``sentence`` is the sentence it was read from (kept, not in the contract).
    """

    outcome: str | None = None
    arm: str
    timepoint: str | None = None
    events: int | None = None
    total: int | None = None
    mean: float | None = None
    sd: float | None = None
    median: float | None = None
    q1: float | None = None
    q3: float | None = None
    derived: bool = False
    text: str
    sentence: str = ""


class EvidenceClass(BaseModel):
    """A stated class or level of evidence: scheme (AAN, GRADE, CEBM), level, and the sentence."""

    scheme: str
    level: str
    text: str


class Provenance(BaseModel):
    """Where one extracted value came from: field, value, section, sentence and character offsets."""

    field: str
    value: str
    section: str | None = None
    start: int
    end: int
    sentence: str


class TrialFacts(BaseModel):
    """Every fact extracted from one article; ``to_contract`` gives the JSON contract of DESIGN.md."""

    pmid: str | None = None
    title: str = ""
    design: Design = Field(default_factory=Design)
    sample_size: SampleSize = Field(default_factory=SampleSize)
    outcomes: list[Outcome] = Field(default_factory=list)
    p_values: list[PValue] = Field(default_factory=list)
    effects: list[Effect] = Field(default_factory=list)
    registry_ids: list[str] = Field(default_factory=list)
    evidence_class: EvidenceClass | None = None
    provenance: list[Provenance] = Field(default_factory=list)
    arm_results: list[ArmResult] = Field(default_factory=list)
    extractor_version: str = ""

    def to_contract(self) -> dict[str, Any]:
        """Return the record as the JSON contract's dict (no provenance, arm results or version)."""
        return self.model_dump(mode="json", exclude={"provenance", "arm_results", "extractor_version"})
