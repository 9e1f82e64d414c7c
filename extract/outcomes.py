"""Declared outcomes: primary and secondary, each with its name and time point."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from trialdb.extract.facts import Outcome, Provenance
from trialdb.extract.sentences import Sentence
from trialdb.extract.timepoints import find_timepoint

_I = re.I
_ROLE = r"(?P<role>primary|main|principal|co-?primary|secondary|key secondary|other)"
_KIND = (
    r"(?:outcomes?|end[- ]?points?|outcome (?:measures?|variables?|parameters?)"
    r"|efficacy (?:outcomes?|end[- ]?points?|measures?|variables?)|measures? of (?:efficacy|outcome)|variables?)"
)
DECLARED = re.compile(
    rf"\b{_ROLE}\s+(?:[\w-]+\s+){{0,2}}?{_KIND}\s*(?:measures?\s+)?(?:of (?:this|the) (?:study|trial)\s+)?"
    r"(?:(?:[\w-]+\s+){0,5}?(?:was|were|is|are|will be|would be|shall be|included|includes|will include|comprised|consisted of|"
    r"assessed|measured|evaluated|being)|:)"
    r"\s+(?P<name>[^;]+?)\s*(?=;|$)",
    _I,
)
#: "Primary outcomes (IBS SS and IBS QOL) did not ...", "with a primary endpoint of the number of days to ..."
NAMED_BESIDE = re.compile(
    rf"\b{_ROLE}\s+{_KIND}\s*(?:\((?P<paren>[^()]{{2,120}})\)|of\s+(?P<of>[^;,()]{{3,120}}?)(?=\s+(?:in|at|for|and|was|were|with)\b|[,;]|$))",
    _I,
)
#: "Underrecognition (primary outcome) and ...", "... on Health-Related Quality of Life (HRQoL; the primary outcome)"
PAREN_ROLE = re.compile(
    rf"\s*\((?:[^();]{{1,20}};\s*)?(?:the\s+|our\s+|a\s+)?{_ROLE}\s+(?:outcome|end[- ]?point)s?(?:\s+measures?)?\)",
    _I,
)
_NAME_BEFORE = re.compile(r"([^(),;:.]{3,90})$")
_NAME_START = re.compile(r"^.*\b(?:on|for|and|evaluated|assessed|measured|compared|effectiveness of|effect of|effects of)\s+", _I)
#: A "primary endpoint was ..." that reports a result, not a declaration: it opens with a verdict or holds statistics.
_RESULT_START = re.compile(
    r"^(?:reduced|increased|improved|significant(?:ly)?|similar|lower|higher|better|worse|not|met|achieved|observed|comparable|"
    r"statistically|superior|inferior|non-?inferior|reached|attained)\b",
    _I,
)
_STATS_IN_NAME = re.compile(r"\b(?:HR|OR|RR|CI|vs\.?)\b|\b[Pp]\s*[=<>]")
_NOT_A_NAME = re.compile(r"^(?:on|in|by|at|based|as|to|after|before|during|following|week|day|month|baseline)\b", _I)
_STATS_TAIL = re.compile(r"\s+(?=[-−]?\d+[.·]\d+\s*[\[(]|\[)")
REVERSED = re.compile(
    rf"^(?P<name>[^,;]+?)\s+(?:(?:after|at|over)\s+[\w-]+\s+[\w-]+\s+)?(?:was|were|is|are|will be|served as|was used as)\s+the\s+{_ROLE}\s+{_KIND}",
    _I,
)
_AIM = re.compile(
    r"^to\s+(?:further\s+)?(?:demonstrate|assess|evaluate|determine|examine|investigate|compare|measure|test|show)\s+"
    r"(?:the\s+)?(?:whether\s+)?",
    _I,
)
_LEAD = re.compile(r"^(?:the|a|an)\s+", _I)
_VERSUS_BASELINE = re.compile(r",?\s+(?:compared (?:with|to)|relative to|versus|vs\.?|from|since) baseline$", _I)
_TAIL = re.compile(r"[\s,.]+$|\s+(?:at|on|after|over|within|by|during|through|in)\s*$", _I)
_GATE = ("primary", "main", "principal", "secondary", "other")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?![^()]*\))")


@dataclass
class OutcomesResult:
    """The declared outcomes and the sentences that declared them."""

    outcomes: list[Outcome]
    provenance: list[Provenance] = field(default_factory=list)


def _role(word: str) -> str:
    return "secondary" if word.lower().replace("key ", "").startswith(("secondary", "other")) else "primary"


def _split_name(raw: str) -> tuple[str, str | None]:
    """Return (name, timepoint) from a declared outcome phrase."""
    text = _VERSUS_BASELINE.sub("", _STATS_TAIL.split(raw.strip().rstrip("."), maxsplit=1)[0])
    tp = find_timepoint(text)
    timepoint = None
    if tp is not None:
        timepoint = tp[0]
        # Drop the time point only where it trails the name ("mRS at 3 months").
        if tp[2] >= len(text) - 1:
            text = text[: tp[1]]
    text = _TAIL.sub("", _AIM.sub("", _LEAD.sub("", text.strip())))
    return _LEAD.sub("", text).strip(), timepoint


def find_outcomes(sents: Sequence[Sentence]) -> OutcomesResult:
    """Return the outcomes the abstract declares as primary or secondary, in order of mention."""
    outcomes: list[Outcome] = []
    prov: list[Provenance] = []
    seen: set[tuple[str, str]] = set()

    def add(role: str, phrase: str, s: Sentence, plural: bool) -> None:
        parts = [p for p in _LIST_SPLIT.split(phrase) if p.strip()] if plural else [phrase]
        shared_tp = find_timepoint(phrase)
        for part in parts:
            name, tp = _split_name(part)
            if plural and tp is None and shared_tp is not None and shared_tp[2] >= len(phrase.rstrip(". ")) - 1:
                tp = shared_tp[0]
            if not name or len(name.split()) > 40 or (role, name.lower()) in seen or _NOT_A_NAME.match(name):
                continue
            if _RESULT_START.match(name) or _STATS_IN_NAME.search(name):
                continue  # "the primary endpoint was reduced with ... (HR 0.83)" reports a result
            seen.add((role, name.lower()))
            outcomes.append(Outcome(role=role, name=name, timepoint=tp))  # type: ignore[arg-type]
            prov.append(Provenance(field=f"outcomes.{role}", value=name, section=s.section, start=s.start, end=s.end, sentence=s.text))

    for s in sents:
        if s.section == "background":
            continue
        if s.section == "outcomes" and s.label and not DECLARED.search(s.text):
            # A "MAIN OUTCOME MEASURES:" section lists the outcomes themselves, one per sentence.
            add("secondary" if "SECONDARY" in s.label.upper() else "primary", s.text, s, plural=False)
            continue
        low = s.text.lower()
        if not any(w in low for w in _GATE):
            continue
        for m in DECLARED.finditer(s.text):
            name = m.group("name")
            # A sentence may carry a second declaration ("..., and secondary outcomes were ...").
            nxt = DECLARED.search(name)
            if nxt:
                name = name[: nxt.start()].rstrip(" ,;and")
            plural = bool(re.search(r"(?:outcomes|points|measures|variables)\s*(?:\w+\s+)?(?:were|are|included|comprised|consisted)", m.group(0), _I))
            add(_role(m.group("role")), name, s, plural)
            if nxt:
                add(_role(nxt.group("role")), nxt.group("name"), s, plural=True)
        m = REVERSED.search(s.text)
        if m:
            add(_role(m.group("role")), m.group("name"), s, plural=False)
        elif not DECLARED.search(s.text):
            for m in NAMED_BESIDE.finditer(s.text):
                if m.group("of") and s.section == "conclusions":
                    continue  # "did not meet the primary endpoint of demonstrating ..."
                add(_role(m.group("role")), m.group("paren") or m.group("of"), s, plural=bool(m.group("paren")))
            for m in PAREN_ROLE.finditer(s.text) if "(" in s.text else ():
                name = _NAME_BEFORE.search(s.text[max(0, m.start() - 90):m.start()])
                if name:
                    add(_role(m.group("role")), _NAME_START.sub("", name.group(1)), s, plural=False)
    return OutcomesResult(outcomes=outcomes, provenance=prov)
