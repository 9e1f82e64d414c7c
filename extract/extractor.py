"""The Extractor: spacy.blank("en") plus trialdb's components, turning Articles into TrialFacts."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from trialdb.extract import components
from trialdb.extract.facts import Arm, Effect, Provenance, PValue, TrialFacts
from trialdb.extract.pvalues import outcome_for
from trialdb.extract.sentences import Sentence
from trialdb.extract.version import EXTRACTOR_VERSION
from trialdb.fetch.article import Article


def build_nlp() -> Language:
    """Return a blank English pipeline with trialdb's rule components, in order (no model download)."""
    nlp = spacy.blank("en")
    for name in components.PIPELINE:
        nlp.add_pipe(name)
    return nlp


class Extractor:
    """Holds one spaCy pipeline; ``extract`` returns an article's TrialFacts.

    ``warnings`` collects one message per article too long to extract (its facts left empty); the caller prints
    them and clears the list.
    """

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp or build_nlp()
        self.version = EXTRACTOR_VERSION
        self.warnings: list[str] = []
        # The components, read once: Language.__call__ rebuilds its pipeline list (with an error message formatted for
        # it) and looks up each component's error handler on every call, ~30 µs an abstract for nine components.
        self._components = tuple(proc for _, proc in self.nlp.pipeline)

    def doc(self, article: Article) -> Doc:
        """Return the processed Doc of one article (its abstract as text, facts in Doc._): the pipeline's components
        as they were when the Extractor was made, in order, as ``nlp(doc)`` runs them."""
        doc = self.nlp.make_doc(article.abstract)
        components.doc_values(doc).article = article  # doc._.article, without an Underscore object
        for proc in self._components:
            doc = proc(doc)
        return doc

    def extract(self, article: Article) -> TrialFacts:
        """Return the TrialFacts of one article; empty facts, and a message in ``warnings``, when it is too long to extract."""
        longest = max(len(article.abstract), len(article.title))
        if longest > self.nlp.max_length:
            return self._too_long(article, longest)
        try:
            return facts_from_doc(self.doc(article), self.version)
        except ValueError as exc:
            if "[E088]" not in str(exc):
                raise
            return self._too_long(article, longest)

    def _too_long(self, article: Article, length: int) -> TrialFacts:
        """Record the warning for an article over spaCy's max_length and return its TrialFacts with nothing extracted."""
        who = f"PMID {article.pmid}" if article.pmid else (article.source or "a record without PMID")
        self.warnings.append(
            f"{who}: {length:,} characters of text, more than the extractor reads ({self.nlp.max_length:,}); "
            "kept with no facts extracted"
        )
        return TrialFacts(pmid=article.pmid, title=article.title, extractor_version=self.version)


def _with_outcome(effect: Effect, sent: Sentence, start: int, end: int, p_values: list[PValue]) -> Effect:
    """Return the effect with the outcome it is for: that of the p-value reported with it, else the phrase before it."""
    near = next((p for p in p_values if sent.start <= p.start < sent.end and end <= p.start <= end + 80 and p.outcome), None)
    outcome = near.outcome if near else outcome_for(sent.text, start - sent.start, end - sent.start, 0)
    return effect.model_copy(update={"outcome": outcome})


def facts_from_doc(doc: Doc, version: str = EXTRACTOR_VERSION) -> TrialFacts:
    """Return the TrialFacts that the components wrote to ``doc``'s extensions."""
    v = components.doc_values(doc)
    article: Article = v.article
    design = v.design
    size = v.sample_size
    outcomes = v.outcomes
    provenance: list[Provenance] = [*design.provenance, *size.provenance, *outcomes.provenance]
    p_values: list[PValue] = v.p_values
    registry = v.registry_ids
    for rid, sent, start, end in registry:
        if sent is not None:
            provenance.append(Provenance(field="registry_ids", value=rid, section=sent.section, start=start, end=end, sentence=sent.text))
    sents = v.sentences
    for p in p_values:
        sent = next((x for x in sents if x.start <= p.start < x.end), None)
        if sent is not None:
            provenance.append(Provenance(field="p_values", value=p.text, section=sent.section, start=p.start, end=p.end, sentence=sent.text))
    for effect, sent, start, end in v.effects:
        provenance.append(Provenance(field="effects", value=effect.text, section=sent.section, start=start, end=end, sentence=sent.text))
    evidence = None
    if v.evidence_class is not None:
        evidence, sent = v.evidence_class
        provenance.append(
            Provenance(
                field="evidence_class", value=f"{evidence.scheme} {evidence.level}", section=sent.section,
                start=sent.start, end=sent.end, sentence=sent.text,
            )
        )
    return TrialFacts(
        pmid=article.pmid,
        title=article.title,
        design=design.design,
        sample_size=size.sample_size.model_copy(update={"arms": [Arm(label=a.label, n=a.n) for a in size.sample_size.arms]}),
        outcomes=outcomes.outcomes,
        p_values=p_values,
        effects=[_with_outcome(e, sent, start, end, p_values) for e, sent, start, end in v.effects],
        registry_ids=[rid for rid, *_ in registry],
        evidence_class=evidence,
        provenance=provenance,
        arm_results=v.arm_results,
        extractor_version=version,
    )
