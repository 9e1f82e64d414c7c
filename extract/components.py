"""The registered spaCy components: each reads the Doc's sentences and writes one Doc._ extension.

Every component is a thin adapter around a pure function of its own module, so
the rules can be tested and reused without spaCy.
"""

from __future__ import annotations

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

EXTENSIONS = (
    "article", "sentences", "title_sentence", "design", "sample_size", "outcomes", "p_values",
    "effects", "registry_ids", "evidence_class", "arm_results",
)
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("trial_sentences")
def trial_sentences(doc: Doc) -> Doc:
    """Split the abstract into section-tagged sentences (doc._.sentences) and mark sentence starts."""
    article = doc._.article
    spans = article.section_spans if article is not None else ()
    # Doc.text rebuilds the string token by token; the article already holds it.
    sents = split_sentences(article.abstract if article is not None else doc.text, spans)
    doc._.sentences = sents
    doc._.title_sentence = Sentence(article.title if article else "", 0, len(article.title) if article else 0, "title")
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
    pts = doc._.article.publication_types if doc._.article is not None else ()
    doc._.design = find_design(doc._.title_sentence, doc._.sentences, pts)
    return doc


@Language.component("trial_sample_size")
def trial_sample_size(doc: Doc) -> Doc:
    """Write the sample size (SampleSizeResult) to doc._.sample_size; arms only for trials."""
    study_type = doc._.design.design.study_type
    doc._.sample_size = find_sample_size(
        doc._.sentences, with_arms=study_type in TRIAL_TYPES, title=doc._.title_sentence, single_arm=study_type == "single-arm"
    )
    return doc


@Language.component("trial_outcomes")
def trial_outcomes(doc: Doc) -> Doc:
    """Write the declared outcomes (OutcomesResult) to doc._.outcomes."""
    doc._.outcomes = find_outcomes(doc._.sentences)
    return doc


@Language.component("trial_pvalues")
def trial_pvalues(doc: Doc) -> Doc:
    """Write the p-values, tied to their outcomes, to doc._.p_values."""
    doc._.p_values = find_pvalues(doc._.sentences)
    return doc


@Language.component("trial_effects")
def trial_effects(doc: Doc) -> Doc:
    """Write the effect estimates to doc._.effects."""
    doc._.effects = find_effects(doc._.sentences)
    return doc


@Language.component("trial_registry")
def trial_registry(doc: Doc) -> Doc:
    """Write the registry IDs of the text and the DataBank list to doc._.registry_ids."""
    article = doc._.article
    databank = [acc for _, acc in article.databank_ids] if article is not None else []
    title = doc._.title_sentence
    doc._.registry_ids = find_registry_ids([*doc._.sentences], databank) + [
        hit for hit in find_registry_ids([title]) if hit
    ]
    return doc


@Language.component("trial_evidence")
def trial_evidence(doc: Doc) -> Doc:
    """Write the stated class of evidence (EvidenceClass, sentence) or None to doc._.evidence_class."""
    doc._.evidence_class = find_evidence_class(doc._.sentences)
    return doc


@Language.component("trial_arm_results")
def trial_arm_results(doc: Doc) -> Doc:
    """Write per-arm results (events of total, mean ± SD) tied to the arms to doc._.arm_results."""
    doc._.arm_results = find_arm_results(doc._.sentences, doc._.sample_size.sample_size.arms)
    return doc


PIPELINE = (
    "trial_sentences", "trial_design", "trial_sample_size", "trial_outcomes", "trial_pvalues",
    "trial_effects", "trial_registry", "trial_evidence", "trial_arm_results",
)
