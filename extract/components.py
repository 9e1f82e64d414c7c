"""The registered spaCy components: each reads the Doc's sentences and writes one Doc._ extension.

Every component is a thin adapter around a pure function of its own module, so
the rules can be tested and reused without spaCy.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from trialdb.extract.arm_results import find_arm_results
from trialdb.extract.design import TRIAL_TYPES, find_design
from trialdb.extract.effects import find_effects
from trialdb.extract.evidence import find_evidence_class
from trialdb.extract.outcomes import find_outcomes
from trialdb.extract.pvalues import find_pvalues
from trialdb.extract.registry import find_registry_ids
from trialdb.extract.sample_size import find_sample_size
from trialdb.extract.sentences import Sentence, split_sentences
from trialdb.fetch.article import Article

EXTENSIONS = (
    "article", "sentences", "title_sentence", "design", "sample_size", "outcomes", "p_values",
    "effects", "registry_ids", "evidence_class", "arm_results",
)


class _Values:
    """The values of one Doc's extensions, as plain attributes, kept in its user_data.

    Doc._.name reads and writes them (each extension's getter and setter); the components read and write them
    directly, since every ``doc._.name`` builds an Underscore object and looks the name up again (a few µs each,
    some forty times an abstract).
    """

    __slots__ = EXTENSIONS

    def __init__(self, article: Article | None = None) -> None:
        for name in EXTENSIONS:
            setattr(self, name, None)
        self.article = article


#: The key of a Doc's _Values in Doc.user_data.
VALUES = "trialdb.values"


def doc_values(doc: Doc) -> _Values:
    """Return the values of ``doc``'s extensions (all None for a Doc that has none yet)."""
    values = doc.user_data.get(VALUES)
    if values is None:
        values = doc.user_data[VALUES] = _Values()
    return values


def _extension(name: str) -> tuple[Any, Any]:
    def getter(doc: Doc) -> Any:
        return getattr(doc_values(doc), name)

    def setter(doc: Doc, value: Any) -> None:
        setattr(doc_values(doc), name, value)

    return getter, setter


for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        _get, _set = _extension(_name)
        Doc.set_extension(_name, getter=_get, setter=_set)


@Language.component("trial_sentences")
def trial_sentences(doc: Doc) -> Doc:
    """Split the abstract into section-tagged sentences (doc._.sentences) and mark sentence starts."""
    values = doc_values(doc)
    article = values.article
    spans = article.section_spans if article is not None else ()
    # Doc.text rebuilds the string token by token; the article already holds it.
    sents = split_sentences(article.abstract if article is not None else doc.text, spans)
    values.sentences = sents
    values.title_sentence = Sentence(article.title if article else "", 0, len(article.title) if article else 0, "title")
    if len(doc):
        # One array write instead of a Token object per token: this runs on every abstract.
        starts = numpy.full((len(doc), 1), numpy.uint64(-1 % 2**64), dtype="uint64")
        starts[0, 0] = 1
        for s in sents:
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            if span is not None and len(span):
                starts[span.start, 0] = 1
        doc.from_array([SENT_START], starts)
    return doc


@Language.component("trial_design")
def trial_design(doc: Doc) -> Doc:
    """Write the study design (DesignResult) to doc._.design."""
    v = doc_values(doc)
    pts = v.article.publication_types if v.article is not None else ()
    v.design = find_design(v.title_sentence, v.sentences, pts)
    return doc


@Language.component("trial_sample_size")
def trial_sample_size(doc: Doc) -> Doc:
    """Write the sample size (SampleSizeResult) to doc._.sample_size; arms only for trials."""
    v = doc_values(doc)
    study_type = v.design.design.study_type
    size = find_sample_size(v.sentences, with_arms=study_type in TRIAL_TYPES, title=v.title_sentence, single_arm=study_type == "single-arm")
    v.sample_size = size
    return doc


@Language.component("trial_outcomes")
def trial_outcomes(doc: Doc) -> Doc:
    """Write the declared outcomes (OutcomesResult) to doc._.outcomes."""
    v = doc_values(doc)
    v.outcomes = find_outcomes(v.sentences)
    return doc


@Language.component("trial_pvalues")
def trial_pvalues(doc: Doc) -> Doc:
    """Write the p-values, tied to their outcomes, to doc._.p_values."""
    v = doc_values(doc)
    v.p_values = find_pvalues(v.sentences)
    return doc


@Language.component("trial_effects")
def trial_effects(doc: Doc) -> Doc:
    """Write the effect estimates to doc._.effects."""
    v = doc_values(doc)
    v.effects = find_effects(v.sentences)
    return doc


@Language.component("trial_registry")
def trial_registry(doc: Doc) -> Doc:
    """Write the registry IDs of the text and the DataBank list to doc._.registry_ids."""
    v = doc_values(doc)
    databank = [acc for _, acc in v.article.databank_ids] if v.article is not None else []
    ids = find_registry_ids([*v.sentences], databank)
    seen = {rid.upper() for rid, *_ in ids}
    # The title's IDs after the abstract's, each ID once ("the APAP trial (ISRCTN45810007)" in both).
    v.registry_ids = ids + [hit for hit in find_registry_ids([v.title_sentence]) if hit[0].upper() not in seen]
    return doc


@Language.component("trial_evidence")
def trial_evidence(doc: Doc) -> Doc:
    """Write the stated class of evidence (EvidenceClass, sentence) or None to doc._.evidence_class."""
    v = doc_values(doc)
    v.evidence_class = find_evidence_class(v.sentences)
    return doc


@Language.component("trial_arm_results")
def trial_arm_results(doc: Doc) -> Doc:
    """Write per-arm results (events of total, mean ± SD) tied to the arms to doc._.arm_results."""
    v = doc_values(doc)
    v.arm_results = find_arm_results(v.sentences, v.sample_size.sample_size.arms)
    return doc


PIPELINE = (
    "trial_sentences", "trial_design", "trial_sample_size", "trial_outcomes", "trial_pvalues",
    "trial_effects", "trial_registry", "trial_evidence", "trial_arm_results",
)
