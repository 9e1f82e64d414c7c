"""trialdb: a living, queryable database of clinical-trial evidence from PubMed.

The top-level package holds what every stage shares: the version and the error
hierarchy. The stages live in trialdb.fetch, trialdb.extract, trialdb.db,
trialdb.pipeline and trialdb.cli (see DESIGN.md).
"""

__version__ = "0.1.0"
