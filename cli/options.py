"""Options shared by several commands."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any, Optional, TypeVar

import typer

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="SQLite file path or database URL (default: $TRIALDB_DATABASE_URL, else the user data dir)."),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors (for cron).")]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace the -o file if it exists (refused otherwise).")]

# The filters of search, shared by export and plot ("export what I searched" is one flag away).
TextOpt = Annotated[Optional[str], typer.Option("--text", help='Full text: words, "phrases", AND/OR/NOT, prefix*.')]
# A filter given twice matches either value ("--design rct --design non-randomized"); different filters all apply.
DesignOpt = Annotated[
    Optional[list[str]],
    typer.Option("--design", help="rct, non-randomized, single-arm, observational, systematic-review, meta-analysis, other (repeat for either)."),
]
BlindingOpt = Annotated[Optional[list[str]], typer.Option("--blinding", help="open-label, single-blind, double-blind, triple-blind (repeatable).")]
PhaseOpt = Annotated[Optional[list[str]], typer.Option("--phase", help="Trial phase: 1, 2, 3, 4, 1/2, 2b (repeatable).")]
MinNOpt = Annotated[Optional[int], typer.Option("--min-n", min=0, help="Smallest total sample size.")]
MaxNOpt = Annotated[Optional[int], typer.Option("--max-n", min=0, help="Largest total sample size.")]
YearFromOpt = Annotated[Optional[int], typer.Option("--year-from", help="First publication year.")]
YearToOpt = Annotated[Optional[int], typer.Option("--year-to", help="Last publication year.")]
RegistryOpt = Annotated[Optional[list[str]], typer.Option("--registry", help="A trial registry ID, e.g. NCT01716481 (repeatable).")]
EvidenceOpt = Annotated[Optional[list[str]], typer.Option("--evidence-class", help="AAN class I, II, III or IV (repeatable).")]
PBelowOpt = Annotated[Optional[float], typer.Option("--has-pvalue-below", min=0, max=1, help="Reports a p-value below this.")]
OutcomeOpt = Annotated[Optional[list[str]], typer.Option("--outcome", help="An outcome mentioned (e.g. rankin; repeatable).")]
MeshOpt = Annotated[Optional[list[str]], typer.Option("--mesh", help="A MeSH heading, e.g. Stroke (repeatable).")]
PubtypeOpt = Annotated[Optional[list[str]], typer.Option("--pubtype", help="A publication type, e.g. 'Randomized Controlled Trial' (repeatable).")]
AuthorOpt = Annotated[Optional[list[str]], typer.Option("--author", help="An author, as PubMed writes names: 'Lee' or 'Lee JS' (repeatable).")]
JournalOpt = Annotated[Optional[list[str]], typer.Option("--journal", help="Words of the journal's name or abbreviation, e.g. Neurology (repeatable).")]
SavedSearchOpt = Annotated[Optional[str], typer.Option("--saved-search", help="Only records a saved search brought in.")]
ScreeningOpt = Annotated[Optional[str], typer.Option("--screening", help="included, excluded (every reviewer agreeing), conflict or unscreened.")]
RetractedOpt = Annotated[bool, typer.Option("--include-retracted", help="Also list retracted records (left out by default).")]
SortOpt = Annotated[Optional[str], typer.Option("--sort", help="relevance (with text), year or n.")]

#: Every filter of search, with its option and default; commands get them through ``with_filters``.
FILTERS: dict[str, tuple[Any, Any]] = {
    "design": (DesignOpt, None),
    "blinding": (BlindingOpt, None),
    "phase": (PhaseOpt, None),
    "min_n": (MinNOpt, None),
    "max_n": (MaxNOpt, None),
    "year_from": (YearFromOpt, None),
    "year_to": (YearToOpt, None),
    "registry": (RegistryOpt, None),
    "evidence_class": (EvidenceOpt, None),
    "has_pvalue_below": (PBelowOpt, None),
    "outcome": (OutcomeOpt, None),
    "mesh": (MeshOpt, None),
    "pubtype": (PubtypeOpt, None),
    "author": (AuthorOpt, None),
    "journal": (JournalOpt, None),
    "saved_search": (SavedSearchOpt, None),
    "screening": (ScreeningOpt, None),
    "include_retracted": (RetractedOpt, False),
}
F = TypeVar("F", bound=Callable[..., Any])


def _one_or_many(value: Any) -> Any:
    if isinstance(value, list):
        return None if not value else value[0] if len(value) == 1 else tuple(value)
    return value


def with_filters(text_option: bool) -> Callable[[F], F]:
    """Give a command every search filter as an option (and ``--text`` when ``text_option``).

    The command declares ``filters: dict[str, Any] | None = None`` and receives the filter values in it.
    """
    names = {**({"text": (TextOpt, None)} if text_option else {}), **FILTERS}

    def decorate(func: F) -> F:
        signature = inspect.signature(func, eval_str=True)
        own = [p for p in signature.parameters.values() if p.name != "filters"]
        extra = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=d, annotation=a) for n, (a, d) in names.items()]

        @functools.wraps(func)
        def command(*args: Any, **kwargs: Any) -> Any:
            # A repeatable filter arrives as a list: one value stays a string, several a tuple, none is unset.
            filters = {n: _one_or_many(kwargs.pop(n)) for n in names if n in kwargs}
            return func(*args, filters=filters, **kwargs)

        # typer reads the signature: the command's own parameters (annotations resolved) plus the filters.
        command.__signature__ = signature.replace(parameters=[*own, *extra])  # type: ignore[attr-defined]
        command.__annotations__ = {}
        del command.__wrapped__  # type: ignore[attr-defined]
        return command  # type: ignore[return-value]

    return decorate
