"""Study design: type, randomisation, control, blinding, placebo, phase, ratio, centres, crossover."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from trialdb.extract.count_roles import assign_roles
from trialdb.extract.counts import iter_counts
from trialdb.extract.facts import Design, Provenance
from trialdb.extract.numbers import WORD_NUMBER, parse_count
from trialdb.extract.sentences import Sentence

TRIAL_TYPES = ("rct", "non-randomized", "single-arm")
_I = re.I

META_ANALYSIS = re.compile(r"\bmeta-?analy(?:sis|ses|tic)\b|\bpooled analysis\b|\bindividual (?:patient|participant) data\b", _I)
POOLED_BY_META = re.compile(r"\b(?:combined|pooled|synthesi[sz]ed) (?:through|by|using|in|with) (?:an? )?(?:random[- ]effects? |fixed[- ]effects? )?meta-?analys[ie]s\b", _I)  # noqa: E501
SYSTEMATIC_REVIEW = re.compile(r"\bsystematic(?:ally)? (?:review|overview|literature review|search(?:ed)?)\b|\bscoping review\b|\bumbrella review\b", _I)
OWN_REVIEW = re.compile(
    r"\b(?:we|this|present|current|our)\b[^.]{0,60}\b(?:meta-?analy|systematic(?:ally)? (?:review|overview|literature|search)|pooled analys)"
    r"|^(?:an?\s+)?(?:meta-?analys[ie]s|systematic review)\b[^.]{0,200}\b(?:was|were) (?:conducted|performed|undertaken|carried out|done)\b"
    r"|\b(?:searched|search of|searches)\b[^.]{0,80}\b(?:pubmed|medline|embase|cochrane|web of science|databases?|cinahl|scopus)\b",
    _I,
)
RANDOMIZED_TRIAL = re.compile(
    r"\brandomi[sz]ed\b[\w\s,()/-]{0,80}?\b(?:trial|study|design|fashion|manner|experiment|treatment|order|sequence|comparison)\b(?!s)"
    r"|\brandomly (?:(?:were|was) )?(?:assigned|allocated|divided|treated|received|given)\b|\b(?:assigned|allocated) (?:at )?random(?:ly)?\b"
    r"|\b(?:were|was|being|be) (?:then )?randomi[sz]ed\b|\brandomi[sz]ed (?:to|into|in a|\d|at a)\b"
    r"|\brandomi[sz]ation\b|\bRCT\b(?!s)",
    _I,
)
NOT_THIS_STUDY = re.compile(
    r"\b(?:previous|prior|earlier|future|further|larger|ongoing)\s+(?:[\w-]+\s+){0,3}?(?:randomi[sz]ed|trials?|stud(?:y|ies)|research|rcts?)\b"
    r"|\b(?:unaware|needed|warrant(?:s|ed)?|should|required|necessary|mendelian|planned)\b",
    _I,
)
#: Groups given different interventions by the investigators, allocation not said to be random.
GROUP_ALLOCATION = re.compile(
    r"\b(?:were|was)\s+(?:\w+\s+)?(?:divided|allocated|assigned|distributed|split|separated)\s+(?:in)?to\b(?!\s+(?:\w+\s+){0,4}?(?:according|based|depending|by)\b)"
    r"|\b(?:two|three|four|2|3|4)\s+(?:[\w-]+\s+)?groups\s+of\s+\d+|\breceived either\b",
    _I,
)
NON_RANDOMIZED = re.compile(r"\bnon-?randomi[sz]ed\b|\bnot (?:an? )?randomi[sz]ed\b|\bnot an? RCT\b|\bquasi-?(?:randomi[sz]ed|experimental)\b|\bhistorical(?:ly)? controls?\b", _I)  # noqa: E501
SINGLE_ARM = re.compile(
    r"\bsingle[- ](?:arm|group)\b|\bone[- ]arm\b|\bdose[- ]escalation\b|\buncontrolled\b"
    r"|\bopen[- ]label,? (?:pilot|phase|single|uncontrolled)\b|\bphase (?:I|1|I/II|1/2|1/2a|I/IIa)\b",
    _I,
)
CONTROL_WORDS = re.compile(r"\bcontrol(?:s|led)?\b|\bplacebo\b|\bsham\b|\bversus\b|\bvs\.?\b|\bcompared (?:with|to)\b|\bcomparator\b", _I)
OBSERVATIONAL = re.compile(
    r"\bcohorts?\b|\bcase[- ]control\b|\bcross[- ]sectional\b|\bretrospective(?:ly)?\b|\bobservational\b"
    r"|\bregistry\b|\bpopulation[- ]based\b|\bcase series\b|\bprospectively (?:collected|enrolled|followed)\b"
    r"|\blongitudinal study\b|\bsurvey\b|\bchart review\b|\bmedical (?:records|charts|notes)\b|\breviewed the (?:\w+ )?(?:charts|records|notes)\b|\bpopulation stud(?:y|ies)\b"  # noqa: E501
    r"|\bself-reported\b|\bnationwide\b",
    _I,
)
SECONDARY_OF_TRIAL = re.compile(
    r"\b(?:secondary|post[- ]hoc|ancillary|exploratory|retrospective|cohort) (?:analys[ie]s|study) (?:of|using|within|nested in) "
    r"(?:data (?:from|of) )?(?:an?|the)\b[^.;]{0,80}\btrial\b",
    _I,
)
ALLOCATION = re.compile(r"\b(?:were|was) (?:\w+ )?(?:randomi[sz]ed|randomly assigned|randomly allocated|assigned|allocated) (?:to|in|into|between)\b", _I)
PEOPLE_WORD = re.compile(r"\b(?:patients?|participants?|subjects?|women|men|children|adults|individuals|persons|people|volunteers|cases|infants|students)\b", _I)  # noqa: E501
CASE_REPORT = re.compile(r"\bcase report\b|\b\d+-year-old\b|\bwe (?:report|describe|present) (?:a|an|the|two|three) (?:case|patient)", _I)
TITLE_OBSERVATIONAL = re.compile(
    r"\b(?:observational|cohort|cross[- ]sectional|case[- ]control|questionnaire|survey|registry|population[- ]based|retrospective)"
    r" (?:study|analysis|survey|data)\b|\b(?:post[- ]hoc|secondary|ancillary|exploratory) analys[ie]s\b|\bsub-?(?:analysis|study)\b",
    _I,
)
TRIAL_WORD = re.compile(r"\b(?:trial|study)\b", _I)

_HY = "[- \u2010\u2011\u2013]?"
TRIPLE = re.compile(rf"\b(?:triple|quadruple){_HY}(?:blind|mask)", _I)
DOUBLE = re.compile(
    rf"\bdouble{_HY}(?:blind|mask|dummy)"
    r"|\b(?:participants?|patients?|subjects?)(?:,| and| or)[^.;]{0,60}\b(?:investigators?|physicians?|clinicians?|staff"
    r"|outcome assessors?|researchers?)\b[^.;]{0,40}\b(?:were|was|will be|are|remain(?:ed)?)\s+(?:\w+\s+)?(?:blind(?:ed)?|masked"
    r"|unaware)\b"
    r"|\b(?:investigators?|physicians?|clinicians?|researchers?)(?:\s*\([^()]{0,60}\))?(?:,| and| or)[^.;]{0,60}\b(?:participants?|patients?|subjects?)\b[^.;]{0,40}\b(?:were|was|will be|are|remain(?:ed)?)\s+(?:\w+\s+)?(?:blind(?:ed)?|masked|unaware)\b",  # noqa: E501
    _I,
)
SINGLE = re.compile(rf"\bsingle{_HY}(?:blind|mask)|\b(?:patient|participant|subject){_HY}(?:blind|mask)", _I)
OPEN = re.compile(
    rf"\bopen{_HY}label(?:l?ed)?\b|\bopen{_HY}labell?ed\b|\bun{_HY}blinded\b|\bnon{_HY}blinded\b|\bopen,? (?:randomi[sz]ed|controlled|prospective|blinded)"
    rf"|\bopen{_HY}(?:trial|study|crossover|cross-over)\b|\bPROBE\b",
    _I,
)
ASSESSOR_BLINDED = re.compile(
    r"\bblind(?:ed)?,? (?:outcome|end[- ]?point|evaluat|assess|rater|observer|examiner|adjudicat)"
    r"|\b(?:assessor|evaluator|rater|observer|examiner|adjudicator)s?[- ](?:blind|mask)"
    r"|\b(?:assessor|evaluator|rater|nurse|physician|neurologist|therapist|investigator|observer|examiner|"
    r"radiologist|clinician|staff|adjudicator|personnel)s?\s+(?:\w+\s+){0,3}(?:blind(?:ed)?|masked|unaware) (?:to|of)\b"
    r"|\bPROBE\b",
    _I,
)
PLACEBO = re.compile(r"\bplacebo|\bsham\b", _I)
CROSSOVER = re.compile(r"\bcross-?over\b", _I)
PHASE = re.compile(r"\b[Pp]hase[- ]?(I{1,3}V?|IV|[1-4])(?:\s*[/-]\s*(I{1,3}V?|IV|[1-4]))?([ab])?\b")
RATIO = re.compile(r"(?<![\d:.,])(\d{1,2}(?:\s?:\s?\d{1,2}){1,3})(?![\d:.]|\s?(?:h|hr|hrs|hours?|min|am|pm|a\.m|p\.m)\b)")
RATIO_CONTEXT = re.compile(r"\bratio\b|\brandomi[sz]|\ballocat|\bassign", _I)
MULTICENTER = re.compile(r"\bmulti-?(?:cent(?:er|re|ric)|site|national|institutional)\b", _I)
SITE_COUNT = re.compile(
    rf"(?:\b(?:at|in|from|across|of)\s+|^)(\d+|{WORD_NUMBER})\s+(?:[\w'-]+\s+){{0,3}}?"
    r"(?:cent(?:er|re)s|sites|hospitals|institutions|clinics|countries|practices|universities)\b",
    _I,
)
SINGLE_CENTER = re.compile(
    r"\bsingle[- ](?:cent(?:er|re)|site|institution|hospital)\b|\bmono-?cent(?:er|re|ric)\b|\bat a single\b"
    r"|\b(?:trial|study) (?:at|in) an? (?:tertiary|university|academic|teaching|community|regional)[\w' -]{0,30}? (?:hospital|cent(?:er|re)|clinic)\b",
    _I,
)
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}


@dataclass
class DesignResult:
    """The design and the sentences that showed each part of it."""

    design: Design
    provenance: list[Provenance] = field(default_factory=list)


def _prov(name: str, value: object, s: Sentence | None, m: re.Match[str] | None = None) -> Provenance | None:
    if s is None:
        return None
    start, end = (s.start + m.start(), s.start + m.end()) if m else (s.start, s.end)
    if s.section == "title":
        start, end = (m.start(), m.end()) if m else (0, len(s.text))
    return Provenance(field=f"design.{name}", value=str(value), section=s.section, start=start, end=end, sentence=s.text)


class _Scope:
    """Sentences searched together: one pass over their joined text per pattern, gated by cheap word tests."""

    SEP = "\x00.\x00"  # no pattern here crosses it: not a word, space or non-period character

    def __init__(self, sents: Sequence[Sentence]) -> None:
        self.sents = list(sents)
        self.text = self.SEP.join(s.text for s in self.sents)
        self.lower = self.text.lower()
        self.starts = []
        pos = 0
        for s in self.sents:
            self.starts.append(pos)
            pos += len(s.text) + len(self.SEP)

    def has(self, words: tuple[str, ...]) -> bool:
        return any(w in self.lower for w in words)

    def first(self, pattern: re.Pattern[str], gate: tuple[str, ...]) -> tuple[Sentence | None, re.Match[str] | None]:
        """Return the first sentence matching ``pattern`` and its match, if any gate word occurs."""
        if not self.has(gate):
            return None, None
        for hit in pattern.finditer(self.text):
            i = bisect_right(self.starts, hit.start()) - 1
            s = self.sents[i]
            local = pattern.search(s.text, hit.start() - self.starts[i])
            if local is not None:
                return s, local
        return None, None

    def any(self, pattern: re.Pattern[str], gate: tuple[str, ...]) -> bool:
        return self.first(pattern, gate)[0] is not None


G_OWN_REVIEW = ("meta", "systematic", "pooled", "search")
G_NONRAND = ("random", "historical", "quasi")
G_RANDOM = ("random", "rct")
G_SINGLE_ARM = ("single", "one-arm", "one arm", "escalation", "uncontrolled", "open", "phase")
G_CONTROL = ("control", "placebo", "sham", "versus", "vs", "compared", "comparator")
G_OBSERVATIONAL = ("cohort", "case", "cross", "retrospective", "observational", "registry", "population", "prospective",
                   "longitudinal", "survey", "chart", "record", "self-reported", "nationwide")
G_TRIAL = ("trial", "study")
G_SECONDARY = ("secondary", "post", "ancillary", "exploratory", "retrospective", "cohort")
G_ALLOCATION = ("randomi", "assigned", "allocated")
G_BLINDING = {"triple-blind": ("triple", "quadruple"), "double-blind": ("double", "blind", "mask", "unaware"), "single-blind": ("single", "blind"),
              "open-label": ("open", "blind", "probe")}
G_ASSESSOR = ("blind", "mask", "unaware", "probe")
G_SITES = ("cent", "site", "hospital", "institution", "clinic", "countr", "practice", "universit")


def classify_study_type(
    title: Sentence, sents: Sequence[Sentence], publication_types: Sequence[str]
) -> tuple[str, Sentence | None, re.Match[str] | None]:
    """Return (study_type, the sentence that decided it, the match) for one article."""
    pts = {p.lower() for p in publication_types}
    own = [title, *[s for s in sents if s.section not in ("background", "conclusions", "registration")]]
    scope = _Scope(own)

    def controlled() -> bool:
        return scope.any(CONTROL_WORDS, G_CONTROL)

    # A review names itself in the title or in a sentence about its own methods.
    if m := META_ANALYSIS.search(title.text):
        return "meta-analysis", title, m
    if m := SYSTEMATIC_REVIEW.search(title.text):
        # A systematic review that pools its data is a meta-analysis ("Data combined through meta-analysis").
        pooled = next((x for x in own[1:] if x.section in ("methods", "abstract", "results") and POOLED_BY_META.search(x.text)), None)
        if pooled is not None:
            return "meta-analysis", pooled, POOLED_BY_META.search(pooled.text)
        return "systematic-review", title, m
    if scope.has(G_OWN_REVIEW):
        for s in own[1:]:
            if s.section in ("objective", "methods", "abstract") and OWN_REVIEW.search(s.text):
                m = META_ANALYSIS.search(s.text)
                if m:
                    return "meta-analysis", s, m
                m = SYSTEMATIC_REVIEW.search(s.text) or OWN_REVIEW.search(s.text)
                return "systematic-review", s, m
    if "meta-analysis" in pts:
        return "meta-analysis", None, None
    if "systematic review" in pts:
        return "systematic-review", None, None
    # "A secondary analysis of a randomized trial" that never describes the allocation compares other groups.
    secondary, sm = scope.first(SECONDARY_OF_TRIAL, G_SECONDARY)
    if secondary is not None and not scope.any(ALLOCATION, G_ALLOCATION):
        return "observational", secondary, sm
    # A title that names a non-randomised design ("a questionnaire study", "a post-hoc analysis of ...") decides.
    if (m := TITLE_OBSERVATIONAL.search(title.text)) and not RANDOMIZED_TRIAL.search(title.text):
        return "observational", title, m
    s, m = scope.first(NON_RANDOMIZED, G_NONRAND)
    if s is not None:
        return ("non-randomized" if controlled() else "single-arm"), s, m
    if scope.has(G_RANDOM):
        for s in own:
            m = RANDOMIZED_TRIAL.search(s.text)
            if m and not NOT_THIS_STUDY.search(s.text):
                return "rct", s, m
    if pts & {"randomized controlled trial", "pragmatic clinical trial", "equivalence trial"}:
        return "rct", None, None
    s, m = scope.first(SINGLE_ARM, G_SINGLE_ARM)
    if s is not None and not controlled() and scope.any(TRIAL_WORD, G_TRIAL):
        return "single-arm", s, m
    if pts & {"controlled clinical trial", "clinical trial, phase i", "clinical trial, phase ii", "clinical trial, phase iii", "clinical trial"}:
        return ("non-randomized" if controlled() else "single-arm"), None, None
    if pts & {"review", "case reports", "editorial", "comment", "letter", "news", "guideline", "practice guideline"}:
        return "other", None, None
    s, m = scope.first(OBSERVATIONAL, G_OBSERVATIONAL)
    if s is not None or "observational study" in pts:
        return "observational", s, m
    for s in own[1:]:
        if s.section in ("methods", "abstract", "results") and (m := GROUP_ALLOCATION.search(s.text)):
            return "non-randomized", s, m
    # Neither a trial nor a review, but a study of people it counts ("we reviewed the charts of 100 patients"): observational.
    for s in own[1:]:
        if s.section in ("methods", "results", "abstract") and (m := CASE_REPORT.search(s.text)):
            return "observational", s, m
    for s in own[1:]:
        if s.section not in ("methods", "results", "abstract") or not PEOPLE_WORD.search(s.text):
            continue
        counted = assign_roles(list(iter_counts([s])))
        if any(c.mention.unit_kind == "people" and c.mention.n >= 2 and c.role in ("enrolled", "analyzed", "mentioned") for c in counted):
            return "observational", s, None
    return "other", None, None


def find_design(title: Sentence, sents: Sequence[Sentence], publication_types: Sequence[str]) -> DesignResult:
    """Return the Design of one article from its title, sentences and publication types."""
    study_type, s, m = classify_study_type(title, sents, publication_types)
    prov: list[Provenance | None] = [_prov("study_type", study_type, s, m)]
    d = Design(study_type=study_type)  # type: ignore[arg-type]
    own = [title, *[x for x in sents if x.section not in ("background",)]]
    scope = _Scope(own)
    pts = {p.lower() for p in publication_types}
    trial = study_type in TRIAL_TYPES
    if study_type == "rct":
        d.randomized, d.controlled = True, True
    elif study_type == "non-randomized":
        d.randomized, d.controlled = False, True
    elif study_type == "single-arm":
        d.randomized, d.controlled = False, False
    elif study_type in ("observational", "other"):
        d.randomized = False

    if trial:
        for name, pattern in (("triple-blind", TRIPLE), ("double-blind", DOUBLE), ("single-blind", SINGLE), ("open-label", OPEN)):
            bs, bm = scope.first(pattern, G_BLINDING[name])
            if bs is not None:
                d.blinding = name  # type: ignore[assignment]
                prov.append(_prov("blinding", name, bs, bm))
                break
        bs, bm = scope.first(ASSESSOR_BLINDED, G_ASSESSOR)
        if bs is not None:
            d.outcome_assessor_blinded = True
            prov.append(_prov("outcome_assessor_blinded", True, bs, bm))
        elif d.blinding in ("double-blind", "triple-blind"):
            d.outcome_assessor_blinded = True
        ps, pm = scope.first(PLACEBO, ("placebo", "sham"))
        d.placebo = ps is not None
        prov.append(_prov("placebo", True, ps, pm))
        cs, cm = scope.first(CROSSOVER, ("cross",))
        d.crossover = cs is not None
        prov.append(_prov("crossover", True, cs, cm))
        ph_s, ph_m = scope.first(PHASE, ("phase",))
        if ph_m is not None:
            d.phase = _phase(ph_m)
            prov.append(_prov("phase", d.phase, ph_s, ph_m))
        for rs in own if scope.has((":",)) else ():
            if ":" not in rs.text or not RATIO_CONTEXT.search(rs.text):
                continue
            rm = RATIO.search(rs.text)
            if rm:
                d.allocation_ratio = re.sub(r"\s", "", rm.group(1))
                prov.append(_prov("allocation_ratio", d.allocation_ratio, rs, rm))
                break
    if study_type != "other":
        d.multicenter, ms, mm = _multicenter(scope, pts)
        prov.append(_prov("multicenter", d.multicenter, ms, mm))
    return DesignResult(design=d, provenance=[p for p in prov if p is not None])


def _phase(m: re.Match[str]) -> str:
    a = _ROMAN.get(m.group(1), m.group(1))
    b = _ROMAN.get(m.group(2), m.group(2)) if m.group(2) else None
    return f"{a}/{b}{m.group(3) or ''}" if b else f"{a}{m.group(3) or ''}"


def _multicenter(scope: _Scope, pts: set[str]):  # type: ignore[no-untyped-def]
    s, m = scope.first(MULTICENTER, ("multi",))
    if s is not None:
        return True, s, m
    if scope.has(G_SITES):
        for s in scope.sents:
            for m in SITE_COUNT.finditer(s.text):
                n = parse_count(m.group(1))
                if n is not None and n >= 2:
                    return True, s, m
    if "multicenter study" in pts:
        return True, None, None
    s, m = scope.first(SINGLE_CENTER, ("single", "mono", "hospital", "cent", "clinic"))
    if s is not None:
        return False, s, m
    return None, None, None
