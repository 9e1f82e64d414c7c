"""Article -> TrialFacts: a spaCy pipeline of rule components, one module per kind of fact."""

from trialdb.extract.extractor import Extractor, build_nlp
from trialdb.extract.facts import TrialFacts
from trialdb.extract.version import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION", "Extractor", "TrialFacts", "build_nlp"]
