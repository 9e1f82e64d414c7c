"""Article -> TrialFacts: a spaCy pipeline of rule components, one module per kind of fact.

``Extractor`` and ``build_nlp`` load spaCy; they are imported on first use, so that commands which only read the
database (``trialdb search``) and the rule modules (``trialdb.extract.registry``) start without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trialdb.extract.facts import TrialFacts
from trialdb.extract.version import EXTRACTOR_VERSION

if TYPE_CHECKING:
    from trialdb.extract.extractor import Extractor, build_nlp

__all__ = ["EXTRACTOR_VERSION", "Extractor", "TrialFacts", "build_nlp", "new_extractor"]


def new_extractor() -> Extractor:
    """Return a new Extractor (spaCy is imported on the first call, not when the pipeline modules are)."""
    from trialdb.extract.extractor import Extractor

    return Extractor()


def __getattr__(name: str) -> Any:
    """Return ``Extractor`` or ``build_nlp`` from the extractor module, importing spaCy only then."""
    if name in ("Extractor", "build_nlp"):
        from trialdb.extract import extractor

        return getattr(extractor, name)
    raise AttributeError(f"module 'trialdb.extract' has no attribute {name!r}")
