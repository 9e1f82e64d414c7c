"""Declared outcomes: primary and secondary, each with its name and time point."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from trialdb.extract.facts import Outcome, Provenance
from trialdb.extract.sentences import Sentence
from trialdb.extract.timepoints import find_timepoint

_I = re.I
_HY = "[-\u2010\u2011 ]"
_ROLE = r"(?P<role>primary|main|principal|co[-\u2010\u2011]?primary|secondary|key secondary|other)"
_KIND = (
    r"(?:outcomes?|end[-\u2010\u2011 ]?points?|outcome (?:measures?|measurements?|variables?|parameters?)|result measures?|response variables?"
    r"|efficacy (?:outcomes?|end[-\u2010\u2011 ]?points?|measures?|variables?|parameters?|criteri(?:on|a))|measures? of (?:efficacy|outcome)"
    r"|(?:evaluation|assessment|judg(?:e)?ment|outcome) criteri(?:on|a)|variables?|parameters?|measures?|measurements?)"
)
DECLARED = re.compile(
    rf"\b{_ROLE}\s+(?:[\w-]+\s+){{0,2}}?{_KIND}\s*(?:measures?\s+)?(?:of (?:this|the) (?:study|trial)\s+)?"
    r"(?:(?:[\w-]+\s+){0,5}?(?:was|were|is|are|will be|would be|shall be|included|includes|will include|comprised|consisted of|"
    r"assessed|measured|evaluated|being):?|:)"
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
    rf"\s*\((?:[^();,]{{1,20}}[;,]\s*)?(?:the\s+|our\s+|a\s+)?{_ROLE}\s+(?:outcome|end[- ]?point)s?(?:\s+measures?)?\)",
    _I,
)
_NAME_BEFORE = re.compile(r"([^(),;:.]{3,90})$")
_NAME_START = re.compile(
    r"^.*\b(?:on|for|and|evaluated|assessed|measured|compared|effectiveness of|effect of|effects of|are|is|were|was|include[sd]?|including"
    r"|(?:to )?(?:measure|assess|evaluate|examine|determine|quantify))\s+",
    _I,
)
_NAME_START_BEFORE_INSTRUMENT = re.compile(
    r"^.*\b(?:on|for|and|compared|effectiveness of|effect of|effects of|are|is|were|was|include[sd]?|including|reducing|improving|increasing"
    r"|decreasing)\s+(?=.*\b(?:assessed|measured|evaluated)\s+(?:with|by|using)\b)",
    _I,
)
#: A "primary endpoint was ..." that reports a result, not a declaration: it opens with a verdict or holds statistics.
_RESULT_START = re.compile(
    r"^(?:that|reduced|increased|improved|significant(?:ly)?|similar|(?:lower|higher|better|worse|greater|smaller)\s+(?:in|than|with|for|among|at|after)"
    r"|not|met|achieved|observed|comparable|statistically|superior|inferior|non-?inferior|reached|attained)\b",
    _I,
)
#: A declaration whose whole phrase is a finding: "The primary outcomes were that TB significantly decreased ...".
_FINDING = re.compile(r"^(?:that|significantly|statistically|not significantly|similar|comparable)\b", _I)
_STATS_IN_NAME = re.compile(r"\b(?:HR|OR|RR|CI|vs\.?)\b|\b[Pp]\s*[=<>]")
_NOT_A_NAME = re.compile(
    r"^(?:on|in|by|at|based|as|to|after|before|during|following|week|day|month|baseline|for|which|that|with|of|and|or|if"
    r"|(?:current|present|this|our)\s+(?:study|trial)|(?:all\s+)?(?:participants|patients|subjects)(?!['’])"
    r"|(?:primary|secondary|main)\s+(?:outcomes?|end ?points?)|(?:assessing|evaluating|demonstrating|determining|showing|comparing|investigating|examining)"
    r"|(?:assessed|measured|evaluated|analy[sz]ed|determined|calculated|recorded|compared|performed|obtained|collected|reported|done)$|focused|taken"
    r"|(?:assessed|measured|evaluated|analy[sz]ed|determined|calculated|recorded|compared|performed|obtained|collected|reported|done|met|reached)"
    r"\s+(?:in|at|by|on|using|with|from|for|after|before|during|every|each|via|through|\d))\b",
    _I,
)
_STATS_TAIL = re.compile(r"\s+(?=[-−]?\d+[.·]\d+\s*[\[(]|\[)")
REVERSED = re.compile(
    rf"^(?P<name>[^,;]+?)\s+(?:(?:after|at|over)\s+[\w-]+\s+[\w-]+\s+)?(?:was|were|is|are|will be|served as|was used as)\s+the\s+{_ROLE}\s+{_KIND}",
    _I,
)
#: "The main outcome, self-reported 30-day point prevalence of smoking abstinence, was assessed at ...".
APPOSITIVE = re.compile(
    rf"\b{_ROLE}\s+{_KIND},\s+(?!(?:assessed|measured|evaluated|defined|analy[sz]ed|as|which|for|i\.e)\b)"
    r"(?P<name>[^,;()]{3,120}?(?:\([^()]{1,40}\)[^,;()]{0,40})?),\s+(?:was|were|is|are|will be|would be|has been|had been)\b",
    _I,
)
#: "Numeric Rating Scale (NRS) scores for the first 24 h were compared via ANOVA as the primary outcome".
AS_ROLE = re.compile(
    rf"^(?:[^,;]{{0,40}},\s+)?(?P<name>[^,;]{{3,120}}?)\s+(?:was|were|is|are|will be)\s+(?:\w+ly\s+)?(?:used|chosen|selected|defined|assessed|measured"
    r"|analy[sz]ed|compared|examined|evaluated|recorded|registered|taken|considered|designated|determined|calculated|quantified|monitored)\b"
    rf"[^;]{{0,100}}?(?<!as well )\bas (?:(?:the|a|our)\s+)?{_ROLE}\s+{_KIND}\b",
    _I,
)
#: "Condition achieved at endoscopy, intubating conditions, hemodynamic changes and postoperative events were evaluated as
#: primary outcome": a list of names before the role.
LIST_AS_ROLE = re.compile(
    rf"^(?P<name>[^;]{{3,200}}?,[^;]{{3,200}}?)\s+(?:were|are|will be)\s+(?:\w+ly\s+)?(?:used|chosen|selected|defined|assessed|measured|analy[sz]ed"
    rf"|examined|evaluated|recorded|considered|designated|determined)\s+as\s+(?:(?:the|a|our)\s+)?{_ROLE}\s+{_KIND}\b",
    _I,
)
#: "... with overall survival as the primary endpoint", "using insomnia severity as the main outcome".
WITH_AS = re.compile(rf"\b(?:with|using)\s+(?:the\s+)?(?P<name>[^,;()]{{3,60}}?)\s+as (?:the|a|our)\s+{_ROLE}\s+{_KIND}\b", _I)
#: "The primary aim was to compare postoperative analgesic consumption ...", "The primary hypothesis was that X would reduce Y".
AIM = re.compile(
    r"\b(?P<role>primary|main|principal)\s+(?:study\s+|research\s+)?(?:aims?|objectives?|purpose|goals?|hypothes[ie]s)\s+"
    r"(?:of (?:this|the|our) (?:[\w,-]+\s+){0,4}?(?:study|trial)\s+)?"
    r"(?:was|were|is|are|will be)\s+(?:to\s+(?:further\s+)?(?:compare|evaluate|assess|determine|investigate|examine|measure|test|establish|quantify"
    r"|analy[sz]e|demonstrate|show|estimate|verify|ascertain|study)\s+|(?P<that>that)\s+)(?P<name>[^;]+?)\s*(?=;|$)",
    _I,
)
#: An aim about the intervention, not an outcome: "to evaluate the efficacy and safety of X".
_AIM_ABOUT_TREATMENT = re.compile(
    r"^(?:the\s+)?(?:(?:clinical\s+)?efficacy|effectiveness|safety|feasibility|tolerability|acceptability|cost-?effectiveness|superiority|non-?inferiority"
    r"|usefulness|utility|value|role|benefits?|effects?|impact|influence|predictors?|determinants|factors|associations?|relationships?|correlations?"
    r"|non[-\u2010]?inferiority|head-to-head)\b",
    _I,
)
#: What an aim says the intervention changes: "whether X extends recurrence-free survival", "the effect of X on Y".
_AIM_OBJECT = re.compile(
    r"^(?:whether|if)\s+.+?\b(?:(?:would|will|can|could|may|might)\s+)?(?:improves?|reduces?|increases?|decreases?|extends?|prolongs?|prevents?|lowers?"
    r"|shortens?|delays?|changes?|affects?|improve|reduce|increase|decrease|extend|prolong|prevent|lower|shorten|delay|change|affect"
    r"|is (?:more )?effective (?:in|at) (?:reducing|improving|increasing|decreasing|preventing|lowering))\s+(?P<x>.+)"
    r"|^(?:the\s+)?(?:effects?|impact|influence|efficacy|effectiveness)\s+of\s+.+?\s+on\s+(?P<y>.+)"
    r"|^(?:whether|if|that)\s+.+?\b(?:is|was|are|were|would be|will be)\s+(?:non-?inferior|superior|equivalent)\s+to\s+.+?"
    r"\s+(?:on|in|for|regarding)\s+(?P<z>.+)"
    r"|^(?:whether|if|that)\s+.+?\b(?:have|has|show|result in|lead to|produce|yield|experience)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:reductions?|improvements?|increases?|decreases?|changes?|differences?)\s+in\s+(?P<w>.+)",
    _I,
)
_AIM_NAMED = re.compile(
    r"(?:,?\s+as (?:assessed|measured|evaluated|determined) (?:by|with|using)|\s+(?:with regard to|with respect to|in terms of|regarding))"
    r"\s+(?:the\s+)?(.+)$",
    _I,
)
_AIM_TAIL = re.compile(
    r"\s+(?:over|versus|vs\.?|compared (?:with|to)|relative to|than|in comparison|when|while|whereas)\s+.*$|\s+(?:in|among|for)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:patients|participants|subjects|women|men|children|adults|infants|people|individuals|smokers|students)\b.*$",
    _I,
)
_AIM = re.compile(
    r"^to\s+(?:further\s+)?(?:demonstrate|assess|evaluate|determine|examine|investigate|compare|measure|test|show)\s+"
    r"(?:the\s+)?(?:whether\s+)?",
    _I,
)
_LEAD = re.compile(r"^(?:the|a|an)\s+", _I)
#: "Main outcome assessed was success rate of ECV", "Primary outcome: is the number of ...": the verb before the name.
_COPULA = re.compile(r"^(?:was|were|is|are|will be)\s+(?:based on\s+|defined as\s+)?|^(?:based on|defined as)\s+", _I)
#: ", a 12-item scale (...)": a description of the measure after its name.
_DESCRIPTION = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:scale|questionnaire|instrument|index|score|measure|test|tool|inventory)\b.*$", _I)
#: ", which was evaluated by ...": a clause about the outcome, not its name.
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|where|whereby|who)\b.*$", _I)
_VERSUS_BASELINE = re.compile(r",?\s+(?:compared (?:with|to)|relative to|versus|vs\.?|from|since) baseline$", _I)
_TAIL = re.compile(r"[\s,.]+$|\s+(?:at|on|after|over|within|by|during|through|in|to|from|before|until|and|or)\s*$", _I)
#: "Suicidal ideation was measured using four items from ...": the name before how it was measured.
_MEASURED_BY = re.compile(
    r"\s+(?:was|were)\s+(?:\w+ly\s+)?(?:measured|assessed|evaluated|recorded|determined|rated|scored)\s+(?:using|with|by|via|on|through)\b.*$", _I
)
_GATE = ("primary", "main", "principal", "secondary", "other")
_AIM_WORDS = ("aim", "objective", "purpose", "goal", "hypothes")
#: A background sentence that describes this study ("This study evaluated ... (HRQoL; the primary outcome)").
_THIS_STUDY = re.compile(r"\b(?:this|the present|the current|our)\s+(?:study|trial|paper|report|protocol)\b|\bwe\b", _I)
#: "did not meet the primary endpoint of demonstrating ...": a verdict on the outcome, not its declaration.
_VERDICT_BEFORE = re.compile(r"\b(?:meet|met|reach(?:ed)?|achieve[ds]?|miss(?:ed)?|fail(?:ed)? to (?:meet|reach|achieve))\s+(?:its\s+|the\s+|their\s+)?$", _I)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?![^()]*\))")


@dataclass
class OutcomesResult:
    """The declared outcomes and the sentences that declared them."""

    outcomes: list[Outcome]
    provenance: list[Provenance] = field(default_factory=list)


def _role(word: str) -> str:
    return "secondary" if word.lower().replace("key ", "").startswith(("secondary", "other")) else "primary"


def _label_role(m: re.Match[str]) -> str:
    """Return the role a declaration's whole label gives ("main secondary outcome" is secondary; "primary and secondary" primary)."""
    label = m.string[m.start() : m.start("name")]
    if re.search(r"\b(?:secondary|other)\b", label, _I) and not re.search(r"\b(?:primary|main|principal)\s+(?:and|or|&)\b", label, _I):
        return "secondary"
    return _role(m.group("role"))


def _split_name(raw: str) -> tuple[str, str | None]:
    """Return (name, timepoint) from a declared outcome phrase."""
    text = _VERSUS_BASELINE.sub("", _STATS_TAIL.split(_DESCRIPTION.sub("", _RELATIVE_CLAUSE.sub("", raw.strip().rstrip("."))), maxsplit=1)[0])
    tp = find_timepoint(text)
    timepoint = None
    if tp is not None:
        timepoint = tp[0]
        # Drop the time point only where it trails the name ("mRS at 3 months").
        if tp[2] >= len(text) - 1:
            text = text[: tp[1]]
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")]  # "HbA1c (non-inferiority criterion: upper bound of the 95% CI": a bracket left open
    text = _AIM.sub("", _LEAD.sub("", _COPULA.sub("", text.strip())))
    while (trimmed := _TAIL.sub("", text)) != text:
        text = trimmed
    return _LEAD.sub("", text).strip(), timepoint


def aim_outcome(phrase: str) -> str | None:
    """Return the outcome an aim names ("whether X extends recurrence-free survival" -> "recurrence-free survival"), or
    None when the aim is about the intervention itself ("the efficacy and safety of X")."""
    phrase = phrase.strip().rstrip(".")
    # "..., as assessed by the ovulation rate", "with regard to tumour cell dissemination": the outcome is named there.
    named = _AIM_NAMED.search(phrase)
    if named:
        return _AIM_TAIL.sub("", named.group(1)).strip(" ,") or None
    m = _AIM_OBJECT.match(phrase)
    if m:
        phrase = next(g for g in (m.group("x"), m.group("y"), m.group("z"), m.group("w")) if g)
    elif _AIM_ABOUT_TREATMENT.match(phrase) or re.match(r"(?:whether|if|that)\b", phrase, _I):
        return None
    return _AIM_TAIL.sub("", phrase).strip(" ,") or None


def _add_aim(add: Callable[[str, str, Sentence, bool], None], m: re.Match[str], s: Sentence) -> None:
    """Add the outcome(s) that a primary aim or hypothesis names; "reducing X, and improving Y" names two."""
    phrase = ("that " if m.group("that") else "") + m.group("name")
    for part in re.split(r",?\s+and\s+(?=(?:reducing|improving|increasing|decreasing|preventing|lowering)\b)", phrase):
        part = re.sub(r"^(?:reducing|improving|increasing|decreasing|preventing|lowering)\s+", "", part.strip(), flags=_I)
        name = aim_outcome(part)
        if name:
            add("primary", name, s, False)


def find_outcomes(sents: Sequence[Sentence]) -> OutcomesResult:
    """Return the outcomes the abstract declares as primary or secondary, in order of mention."""
    outcomes: list[Outcome] = []
    prov: list[Provenance] = []
    seen: set[tuple[str, str]] = set()

    def add(role: str, phrase: str, s: Sentence, plural: bool) -> None:
        if _FINDING.match(_LEAD.sub("", phrase.strip())):
            return  # "The primary outcomes were that TB significantly decreased ...": a finding, whatever follows
        parts = [p for p in _LIST_SPLIT.split(phrase) if p.strip()] if plural else [phrase]
        shared_tp = find_timepoint(phrase)
        for part in parts:
            name, tp = _split_name(part)
            if plural and tp is None and shared_tp is not None and shared_tp[2] >= len(phrase.rstrip(". ")) - 1:
                tp = shared_tp[0]
            if not name or len(name.split()) > 40 or (role, name.lower()) in seen or _NOT_A_NAME.match(name):
                continue
            if any(r == role and (had.startswith(name.lower() + " ") or name.lower().startswith(had + " ")) for r, had in seen):
                continue  # "transepidermal water loss (TEWL) at 14 days" declared, "transepidermal water loss" named again
            if _RESULT_START.match(name) or _STATS_IN_NAME.search(name):
                continue  # "the primary endpoint was reduced with ... (HR 0.83)" reports a result
            seen.add((role, name.lower()))
            outcomes.append(Outcome(role=role, name=name, timepoint=tp))  # type: ignore[arg-type]
            prov.append(Provenance(field=f"outcomes.{role}", value=name, section=s.section, start=s.start, end=s.end, sentence=s.text))

    previous_label: str | None = None
    for s in sents:
        if s.section == "outcomes" and s.label and not DECLARED.search(s.text):
            # A "MAIN OUTCOME MEASURES:" section lists the outcomes themselves, one per sentence; under "PRIMARY AND
            # SECONDARY OUTCOME MEASURES:" the first sentence holds the primary ones.
            label = s.label.upper()
            both = "SECONDARY" in label and re.search(r"PRIMARY|MAIN", label)
            role = "primary" if "SECONDARY" not in label or (both and previous_label != s.label) else "secondary"
            previous_label = s.label
            add(role, _MEASURED_BY.sub("", s.text), s, plural=False)
            continue
        low = s.text.lower()
        if not any(w in low for w in _GATE) or (s.section == "background" and not _THIS_STUDY.search(s.text)):
            continue
        for m in DECLARED.finditer(s.text):
            name = m.group("name")
            # A sentence may carry a second declaration ("..., and secondary outcomes were ...").
            nxt = DECLARED.search(name)
            if nxt:
                name = name[: nxt.start()].rstrip(" ,;and")
            plural = bool(re.search(r"(?:outcomes|points|measures|variables)\s*(?:\w+\s+)?(?:were|are|included|comprised|consisted)", m.group(0), _I))
            both = re.match(r"(?:primary|main)\s+and\s+secondary\b", m.group(0), _I)
            pair = re.match(r"(?P<a>.+?),?\s+and\s+(?P<b>.+?),?\s+respectively\.?$", name, _I) if both else None
            if pair:
                add("primary", pair.group("a"), s, False)
                add("secondary", pair.group("b"), s, False)
                continue
            add(_label_role(m), name, s, plural)
            if nxt:
                add(_role(nxt.group("role")), nxt.group("name"), s, plural=True)
        for m in APPOSITIVE.finditer(s.text) if "," in s.text else ():
            add(_role(m.group("role")), m.group("name"), s, plural=False)
        for m in AIM.finditer(s.text) if any(w in low for w in _AIM_WORDS) else ():
            _add_aim(add, m, s)
        m = REVERSED.search(s.text) or ((WITH_AS.search(s.text) or AS_ROLE.search(s.text)) if " as " in low else None)
        if m:
            add(_role(m.group("role")), m.group("name"), s, plural=False)
        elif " as " in low and (m := LIST_AS_ROLE.search(s.text)):
            add(_role(m.group("role")), m.group("name"), s, plural=True)
        elif not DECLARED.search(s.text):
            for m in NAMED_BESIDE.finditer(s.text):
                if m.group("of") and (s.section == "conclusions" or _VERDICT_BEFORE.search(s.text, 0, m.start())):
                    continue  # "did not meet the primary endpoint of demonstrating ..."
                add(_role(m.group("role")), m.group("paren") or m.group("of"), s, plural=bool(m.group("paren")))
            for m in PAREN_ROLE.finditer(s.text) if "(" in s.text else ():
                name = _NAME_BEFORE.search(s.text[max(0, m.start() - 90):m.start()])
                if name:
                    phrase = _NAME_START.sub("", name.group(1))
                    if _NOT_A_NAME.match(phrase):
                        # "reducing depressive symptoms assessed with the PHQ (PHQ-9, primary outcome measure)": the
                        # outcome stands before the instrument it is assessed with.
                        phrase = _NAME_START_BEFORE_INSTRUMENT.sub("", name.group(1))
                    add(_role(m.group("role")), phrase, s, plural=False)
    return OutcomesResult(outcomes=outcomes, provenance=prov)
