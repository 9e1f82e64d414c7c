"""The screening session of `screen --next`, who the reviewer is, and the text of `screen --conflicts` and `--agreement`."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import typer
from sqlalchemy.engine import Engine

from trialdb.cli import render
from trialdb.cli.errors import INTERRUPTED, fail
from trialdb.db.agreement import Agreement
from trialdb.db.queries import get_trial
from trialdb.db.screening import UNRECORDED, Decision, check_reviewer, check_saved_search, count_to_screen, next_to_screen, record_decisions
from trialdb.db.search import SearchQuery
from trialdb.errors import InputError

ENV_REVIEWER = "TRIALDB_REVIEWER"
#: The keys of `screen --next` (a whole word works too).
KEYS = {"i": "include", "e": "exclude", "s": "skip", "q": "quit"}


def os_user() -> str | None:
    """Return the OS user name, or None when the system cannot say."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return None


def resolve_reviewer(given: str | None, environ: Mapping[str, str], user: Callable[[], str | None] = os_user) -> tuple[str, str | None]:
    """Return (reviewer, note): ``given``, else $TRIALDB_REVIEWER, else the OS user name; the note says which default was used.

    The note is None when ``given``; raise InputError when no name can be found or the name is unusable.
    """
    if given is not None:
        return check_reviewer(given), None
    from_env = environ.get(ENV_REVIEWER, "").strip()
    if from_env:
        try:
            return check_reviewer(from_env), f"recording decisions as reviewer {from_env!r} (${ENV_REVIEWER})"
        except InputError as exc:
            raise InputError(f"${ENV_REVIEWER}: {exc.message}") from None
    name = user()
    if not name:
        raise InputError(f"no reviewer name: give --reviewer NAME or set ${ENV_REVIEWER}")
    reviewer = check_reviewer(name)
    return reviewer, f"recording decisions as reviewer {reviewer!r} (the OS user name; give --reviewer NAME or set ${ENV_REVIEWER} to choose)"


def parse_reviewers(value: str) -> tuple[str, str]:
    """Return the two reviewer names of ``--reviewers A,B``; raise InputError unless there are exactly two."""
    names = [n.strip() for n in value.split(",")]
    if len(names) != 2 or not all(names):
        raise InputError(f"--reviewers {value!r}: give two names separated by a comma, e.g. --reviewers alice,bob")
    return check_reviewer(names[0]), check_reviewer(names[1])


@dataclass
class Tally:
    """What one screening session did."""

    included: int = 0
    excluded: int = 0
    skipped: int = 0

    @property
    def decided(self) -> int:
        """Return how many decisions the session recorded."""
        return self.included + self.excluded


def ask(question: str) -> str:
    """Return the reviewer's answer to ``question`` (asked again while empty); Ctrl-C or end of input raises typer.Abort."""
    return str(typer.prompt(question))


def _key() -> str:
    """Return i, e, s or q, asking again after anything else."""
    while True:
        answer = ask("[i]nclude, [e]xclude, [s]kip, [q]uit").strip().lower()
        for key, word in KEYS.items():
            if answer in (key, word):
                return key
        print(f"{answer!r} is not one of the keys: type i (include), e (exclude), s (skip) or q (quit)")


def _reason() -> str:
    while not (why := ask("Reason for exclusion").strip()):
        print("an exclusion needs a reason, as PRISMA reports them")
    return why


def _summary(tally: Tally, reviewer: str, left: int) -> str:
    s = "s" if tally.decided != 1 else ""
    return (
        f"Screened {tally.decided} record{s}; {tally.skipped} skipped.\n"
        f"This session as {reviewer}: {tally.included} included, {tally.excluded} excluded, {tally.skipped} skipped; "
        f"{left} left to screen."
    )


def run_session(engine: Engine, query: SearchQuery, reviewer: str, order: str = "newest") -> Tally:
    """Screen the records matching ``query`` that ``reviewer`` has not decided on, one at a time, in ``order``; return the tally.

    Prints "n left" with each record and a summary at the end. Ctrl-C (or the end of input) keeps the decisions
    made, prints the summary and exits 130.
    """
    check_saved_search(engine, query.saved_search)
    console = render.wide_console()
    skipped: list[str] = []
    tally = Tally()
    try:
        while (pmid := next_to_screen(engine, query, reviewer, order, skipped)) is not None:
            left = count_to_screen(engine, query, reviewer, skipped)
            console.rule(f"PMID {pmid} ({left} left)")
            render.print_screening_card(console, get_trial(engine, pmid))
            key = _key()
            if key == "q":
                break
            if key == "i":
                record_decisions(engine, [pmid], "included", reviewer=reviewer)
                tally.included += 1
            elif key == "e":
                record_decisions(engine, [pmid], "excluded", _reason(), reviewer=reviewer)
                tally.excluded += 1
            else:
                skipped.append(pmid)
                tally.skipped += 1
        else:
            print(f"No more records for {reviewer} to screen this session." if skipped else f"Nothing left for {reviewer} to screen.")
    except (KeyboardInterrupt, typer.Abort):
        print()
        print(_summary(tally, reviewer, count_to_screen(engine, query, reviewer)))
        made = "the 1 decision made this session is kept" if tally.decided == 1 else f"the {tally.decided} decisions made this session are kept"
        raise fail(f"interrupted; {made}", INTERRUPTED) from None
    print(_summary(tally, reviewer, count_to_screen(engine, query, reviewer)))
    return tally


def _shown(d: Decision) -> str:
    return f"{d.reviewer or UNRECORDED}: {d.decision}" + (f" ({d.reason})" if d.reason else "")


def conflicts_text(found: dict[str, list[Decision]]) -> str:
    """Return the lines of `screen --conflicts`: each record where reviewers disagree, with every reviewer's latest decision."""
    if not found:
        return "No conflicts: the reviewers agree on every record they screened.\n"
    n = len(found)
    lines = [f"{n} record{'s' if n != 1 else ''} where reviewers disagree (each reviewer's latest decision):"]
    lines += [f"{pmid}  " + "; ".join(_shown(d) for d in decisions) for pmid, decisions in found.items()]
    return "\n".join(lines) + "\n"


def agreement_text(a: Agreement) -> str:
    """Return the text of `screen --agreement`: the records both screened, the 2x2 table and Cohen's kappa."""
    first, second = a.reviewers
    rows = [("", f"{second}: included", f"{second}: excluded"),
            (f"{first}: included", str(a.both_included), str(a.first_only_included)),
            (f"{first}: excluded", str(a.second_only_included), str(a.both_excluded))]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    table = [f"  {r[0]:<{widths[0]}}  {r[1]:>{widths[1]}}  {r[2]:>{widths[2]}}".rstrip() for r in rows]
    kappa = f"{a.kappa:.3f}" if a.kappa is not None else "undefined (both reviewers gave every record the same decision)"
    return "\n".join([
        f"Agreement of {first} and {second} on {a.records} record{'s' if a.records != 1 else ''} both screened:",
        *table,
        f"Observed agreement {a.observed:.3f}, expected by chance {a.expected:.3f}; Cohen's kappa {kappa}",
    ]) + "\n"
