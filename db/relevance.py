"""Screening order by relevance (`screen --next --order relevance`): the records a reviewer has left, ranked by a model
of the reviewer's decisions so far.

TF-IDF of title and abstract with a logistic regression (scikit-learn), refitted for every record asked for,
as ASReview's active learning does; newest first until there are MIN_EACH includes and MIN_EACH excludes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from trialdb.db.models import ArticleRow, ScreeningRow
from trialdb.db.screening import to_screen
from trialdb.db.search import SearchQuery, pmid_in
from trialdb.errors import InputError

#: Decisions of each kind needed before the model ranks (fewer: newest first).
MIN_EACH = 5
#: Most records (decided and left) relevance order models: beyond, the first fit takes minutes and gigabytes.
MAX_RECORDS = 50_000
_PAGE = 500


def enough_labels(labelled: Sequence[tuple[str, bool]]) -> bool:
    """Return True when ``labelled`` holds at least MIN_EACH includes and MIN_EACH excludes."""
    included = sum(1 for _, inc in labelled if inc)
    return included >= MIN_EACH and len(labelled) - included >= MIN_EACH


def fallback_note(labelled: Sequence[tuple[str, bool]]) -> str | None:
    """Return the one-line note saying relevance order waits for more decisions, or None when there are enough."""
    if enough_labels(labelled):
        return None
    included = sum(1 for _, inc in labelled if inc)
    return (
        f"relevance order needs {MIN_EACH} included and {MIN_EACH} excluded records (so far {included} and "
        f"{len(labelled) - included}): newest first until then"
    )


def rank_unscreened(labelled: Sequence[tuple[str, bool]], texts: Mapping[str, str], candidates: Sequence[str]) -> list[str]:
    """Return ``candidates`` most likely included first, by a model fitted on ``labelled`` (pmid, included).

    ``texts`` maps PMIDs to title and abstract; the TF-IDF vocabulary is fitted on all of them (labels unused),
    so give every record of the review. With fewer than MIN_EACH labels of each kind the candidates come back in
    the order given (newest first as the caller lists them); ties keep that order too. The same input gives the
    same order.
    """
    labels = dict(labelled)  # the latest label of a PMID listed twice counts
    if not enough_labels(list(labels.items())) or len(candidates) < 2:
        return list(candidates)
    from sklearn.linear_model import LogisticRegression  # heavy: only when ranking by relevance
    from threadpoolctl import threadpool_limits

    corpus = tuple(sorted({**{p: "" for p, _ in labelled}, **{p: "" for p in candidates}, **texts}.items()))
    try:
        row, matrix = _features(corpus)
    except ValueError:  # no words at all (every text empty): nothing to learn from
        return list(candidates)
    model = LogisticRegression(class_weight="balanced", solver="liblinear", random_state=0)
    # One thread: these fits take milliseconds, and BLAS threads on a busy machine made them 30 times slower.
    with threadpool_limits(limits=1):
        model.fit(matrix[[row[p] for p in labels]], [int(v) for v in labels.values()])
        scores = model.decision_function(matrix[[row[p] for p in candidates]])
    order = sorted(range(len(candidates)), key=lambda i: -float(scores[i]))
    return [candidates[i] for i in order]


@lru_cache(maxsize=1)
def _features(corpus: tuple[tuple[str, str], ...]) -> tuple[dict[str, int], Any]:
    # Kept between calls: during one screening session the corpus stays the same and only the labels change.
    from sklearn.feature_extraction.text import TfidfVectorizer

    # Words only, and the default C = 1: bigrams, C = 10 or 100 did no better on Estrogens and OralHypoglycemics (bench/screening_wss.py).
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", strip_accents="unicode")
    matrix = vectorizer.fit_transform([text for _, text in corpus])
    return {pmid: i for i, (pmid, _) in enumerate(corpus)}, matrix.tocsr()


@dataclass(frozen=True)
class ScreeningOrder:
    """The records a reviewer has left, in the order to screen them, and a note when relevance order must wait."""

    pmids: list[str]
    note: str | None = None


def reviewer_labels(engine: Engine, reviewer: str) -> list[tuple[str, bool]]:
    """Return (pmid, included) for ``reviewer``'s latest decision on each record, in PMID order."""
    latest = select(func.max(ScreeningRow.id).label("id")).where(ScreeningRow.reviewer == reviewer).group_by(ScreeningRow.pmid).subquery()
    stmt = select(ScreeningRow.pmid, ScreeningRow.decision).join(latest, latest.c.id == ScreeningRow.id).order_by(ScreeningRow.pmid)
    with engine.connect() as conn:
        return [(pmid, decision == "included") for pmid, decision in conn.execute(stmt)]


def record_texts(engine: Engine, pmids: Sequence[str]) -> dict[str, str]:
    """Return title and abstract of each of ``pmids`` found, as one text per PMID."""
    out: dict[str, str] = {}
    with engine.connect() as conn:
        for i in range(0, len(pmids), _PAGE):
            page = list(pmids[i : i + _PAGE])
            stmt = select(ArticleRow.pmid, ArticleRow.title, ArticleRow.abstract).where(pmid_in(engine.dialect.name, ArticleRow.pmid, page))
            out.update({pmid: f"{title}\n{abstract}" for pmid, title, abstract in conn.execute(stmt)})
    return out


def relevance_note(engine: Engine, reviewer: str) -> str | None:
    """Return the one-line note that ``reviewer``'s records come newest first for want of decisions, or None."""
    return fallback_note(reviewer_labels(engine, reviewer))


def relevance_order(engine: Engine, query: SearchQuery, reviewer: str, skip: Sequence[str] = ()) -> ScreeningOrder:
    """Return the records matching ``query`` that ``reviewer`` has left (not in ``skip``), most likely included first.

    The model is fitted on ``reviewer``'s own decisions (on any record), so that two reviewers screening
    independently are not steered by each other's; with fewer than MIN_EACH of each kind the records come
    newest first, with the note saying so. More than MAX_RECORDS records is an InputError.
    """
    with engine.connect() as conn:
        left = list(conn.execute(to_screen(engine, query, reviewer)).scalars())
    skipped = set(skip)
    candidates = [p for p in left if p not in skipped]
    labelled = reviewer_labels(engine, reviewer)
    if len(left) + len(labelled) > MAX_RECORDS:
        raise InputError(
            f"relevance order models at most {MAX_RECORDS:,} records and {len(left):,} are left to {reviewer} (with "
            f"{len(labelled):,} decided): narrow them with the search filters (--saved-search, --text, --design)"
        )
    if note := fallback_note(labelled):
        return ScreeningOrder(candidates, note)
    # Skipped records stay in the corpus, so that it (and its cached features) stays the same through a session.
    texts = record_texts(engine, [p for p, _ in labelled] + left)
    return ScreeningOrder(rank_unscreened(labelled, texts, candidates))


def next_relevant(engine: Engine, query: SearchQuery, reviewer: str, skip: Sequence[str] = ()) -> str | None:
    """Return the PMID ``reviewer`` should screen next by relevance (newest while it must wait), or None when none is left."""
    ranked = relevance_order(engine, query, reviewer, skip).pmids
    return ranked[0] if ranked else None
