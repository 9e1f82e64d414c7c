"""Study design: type, randomisation, control, blinding, placebo, phase, ratio, centres, crossover."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from trialdb.extract.count_roles import assign_roles
from trialdb.extract.counts import ANIMALS as _ANIMALS
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
    r"\brandomi[sz]ed\b[\w\s,()/-]{0,80}?\b(?:trial|study|design|fashion|manner|experiment|treatment|order|sequence|comparison"
    r"|program(?:me)?|protocol|cross-?over|therapy)\b(?!s)"
    r"|\brandomly[-\u2010\u2011 ](?:(?:were|was) )?(?:and \w+ly )?(?:assigned|allocated|divided|subdivided|treated|received|given|administered|distributed"
    r"|enrolled|prescribed|controlled"
    r"|stratified to"
    r"|(?:chosen|selected) to (?:receive|undergo|be|consume|take|use)|introduced into)\b"
    r"|\b(?:assigned|allocated|divided|subdivided|distributed|split)\s+(?:(?:in|into|to)\s+(?:\w+\s+){1,3}?)?(?:at\s+)?random(?:ly)?\b"
    # "divided 60 participants randomly into"
    r"|\b(?:assigned|allocated|divided|subdivided|distributed|split)\s+(?:[\w-]+\s+){1,3}?randomly\s+(?:in|into|to|between)\b"
    # "were classified into a QQG group (n=48) and a control group (n=48) randomly using ... envelopes"
    r"|\b(?:assigned|allocated|divided|distributed|split|classified|grouped|placed)\s+(?:in|into|to)\s+[^.;]{0,100}?\bgroups?\b[^.;]{0,30}?"
    r"\b(?:randomly|at random)\b(?!\s+(?:selected|chosen|sampled|drawn|recruited))"
    r"|\brandom(?:i[sz]ed)? (?:assignment|allocation)\b|\brandomi[sz]ed controls?\b(?![- ]group)|\brandom,? (?:controlled )?(?:trial|study)\b"
    r"|\b(?:were|was|being|be) (?:then |further |subsequently )?(?:re-?)?randomi[sz]ed\b|\b(?:re-?)?randomi[sz]ed (?:to|into|in a|\d|at a)\b"
    r"|\b(?:we|study|trial) randomi[sz]ed\b"
    r"|(?<!mendelian )\brandomi[sz]ation\b|\bRCT\b(?!s)"
    # a randomised crossover: the order of the treatments was random
    r"|\b(?:in|on|at)\s+(?:a\s+)?random(?:i[sz]ed|ly assigned)?\s+(?:order|sequence)\b"
    r"|\brandomi[sz]ed,\s+(?:and\s+)?controlled\s*(?=[.;:]|$)|\brandomi[sz]ed within (?:patients|subjects|participants)\b",
    _I,
)
#: Other trials, and trials still to be done: "previous randomized trials", "a randomised trial is needed to ...".
OTHER_TRIALS = re.compile(
    r"\b(?:previous|prior|earlier|future|further|larger|other|recent|published|several|many|few|existing|planned|subsequent)\s+"
    r"(?:[\w-]+,?\s+){0,3}?(?:randomi[sz]ed|trials?|stud(?:y|ies)|research|rcts?)\b|\bmendelian\b",
    _I,
)
#: A trial still to be done: "a randomised trial is still needed", "... warrant a randomized trial".
_NEEDED_AFTER = re.compile(
    r"(?:(?!\b(?:was|were|has|had|did|received|showed|found|demonstrated|reported)\b)[^.;,:]){0,100}?"
    r"\b(?:is|are|will be|would be|may be|might be|remains?|seems?)\s+(?:still\s+|now\s+|urgently\s+|therefore\s+|thus\s+|also\s+)?"
    r"(?:needed|warranted|necessary|required|recommended|desirable|justified|indicated)\b|\s*(?:\([^()]{0,20}\)\s*)?(?:should|would|could|must)\b",
    _I,
)
_NEEDED_BEFORE = re.compile(
    r"\b(?:need(?:s|ed)? for|warrant(?:s|ed)?|should be|would be|could be|must be|require(?:s|d)? (?:a|an|further|larger|more)|recommend\w*"
    r"|unaware|not aware)\b[^.;]{0,40}$|\b(?:no|lack of|absence of)\s+(?:[\w-]+\s+){0,2}$",
    _I,
)
#: A record that is not a study of its own: a narrative review, a commentary on a published report, an economic model.
_MODEL = r"(?:economic|markov|decision[- ]analytic|decision[- ]tree|microsimulation|cost[- ]effectiveness|cost[- ]utility)"
NOT_A_STUDY = re.compile(
    r"\b(?:here,?\s+)?we\s+(?:briefly\s+)?review\b(?!\s+(?:the\s+)?(?:\w+\s+)?(?:charts?|records?|notes|files|cases|data)\b)"
    r"|\bin this (?:narrative |brief |short |mini-?)?(?:review|commentary|editorial|overview)\b"
    r"|\bthis (?:narrative |brief |mini-?)?(?:review|commentary|editorial) (?:article )?(?:summari[sz]es|discusses|describes|examines|considers|highlights)\b"
    r"|\b(?:recently|just) (?:reported|published) in\b"
    rf"|(?:^|(?<=\x00))(?:an?|the) (?:[\w-]+ )?{_MODEL} model\b"  # at a sentence's start (\x00 ends _Scope.SEP)
    rf"|\bwe (?:developed|constructed|built|used) an? (?:[\w-]+ ){{0,3}}?{_MODEL} model\b",
    _I,
)
G_NOT_A_STUDY = ("review", "reported in", "published in", "model")
#: Groups set by health status, which no one allocates: "in patients with periodontitis and healthy subjects".
HEALTH_STATUS_GROUPS = re.compile(
    r"\b(?:and|or|versus|vs\.?)\s+(?:age[- ]matched\s+|matched\s+)?healthy\s+(?:[\w-]+\s+)?"
    r"(?:subjects|controls?|volunteers|individuals|people|persons|participants|parturients|women|men|children|adults|groups?)\b",
    _I,
)
#: A trial whose data are analysed for another question: "data from a randomised trial", "the intervention arm of an ongoing trial".
DATA_OF_TRIAL = re.compile(
    r"(?:\b(?:data|arms?|subset|subsample|sub-?study|substudy|participants)\s+(?:\w+\s+){0,2}?(?:from|of|in|within)|\bnested\s+(?:with)?in)"
    r"\s+(?:an?|the|two|three)\s+(?:[\w-]+\s+){0,3}$",
    _I,
)
_OTHER_TRIALS_AFTER = re.compile(r"[\w\s,()-]{0,60}?\b(?:trials|studies|RCTs)\b(?!\s+(?:were|was)\s+(?:conducted|performed|done))", _I)
_NAMED_TRIAL = re.compile(r"trial|stud|rct|design|program", _I)
#: Random allocation to data sets, not to interventions: "randomly divided into training and validation sets".
NOT_ALLOCATION = re.compile(
    r"[\w\s,-]{0,40}?\b(?:training|validation|derivation|test(?:ing)?|development|replication)\s+(?:and\s+\w+\s+)?(?:sets?|cohorts?|samples?|data ?sets?)\b",
    _I,
)
#: The trial named as the setting of another question: "Recruitment to a Randomized ... Trial", "... in a Randomized Trial of Smokers".
TRIAL_AS_SETTING = re.compile(r"\b(?:in|to|into|from|within|during|among|of)\s+(?:an?|the|two|three)\s+(?:[\w-]+\s+){0,6}?$", _I)
_PROTOCOL_OF = re.compile(r"\b(?:protocol|rationale|design)\s+(?:and\s+\w+\s+)?(?:of|for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,6}?$", _I)
#: A question of association or of who took part, not of the effect of an allocated intervention.
ASSOCIATION = re.compile(
    r"\b(?:relationships?|associations?|associated with|predictors?|predictive|correlat\w*|determinants|risk factors|characteristics of"
    r"|non-?participants|non-?responders|non-?completers|enrollees|(?:as|a|an)\s+(?:\w+\s+)?(?:bio)?markers?|prognostic (?:factors?|markers?|value))\b",
    _I,
)
#: Animals and specimens: random allocation of these is a laboratory study, not an RCT of people.
NON_HUMAN_TITLE = re.compile(rf"\b(?:{_ANIMALS}|in vitro(?! fertili)|ex vivo|cadaver(?:s|ic)?)\b", _I)
NON_HUMAN = re.compile(
    rf"\b(?:{_ANIMALS}|cadavers?|cadaveric|extracted (?:human )?(?:\w+ ){{0,2}}(?:teeth|molars|premolars|incisors)"
    r"|(?:in vitro|ex vivo)(?:,)? (?:experimental )?(?:study|experiment|model|evaluation|investigation))\b",
    _I,
)
_COUNT = rf"(?:\b\d+|\b(?i:{WORD_NUMBER}))\s+(?:(?!(?:at|in|of|with|from|to|per|were|was|and|or|for|on|by|than|vs)\b)[\w'\u2010\u2011-]+\s+){{0,3}}?"
_LOOSE_COUNT = rf"(?:\b\d+|\b(?i:{WORD_NUMBER}))\s+(?:[\w'\u2010\u2011-]+\s+){{0,5}}?"
COUNTED_NON_HUMAN = re.compile(
    rf"{_LOOSE_COUNT}(?:{_ANIMALS}|teeth|molars|premolars|incisors|specimens|samples)\b|\bn\s*=\s*\d+\s+(?:{_ANIMALS})\b"
    rf"|\b(?:{_ANIMALS})\s*[(\[]\s*n\s*=\s*\d+",
    _I,
)
HUMAN = re.compile(
    r"\b(?:patients?|participants?|volunteers?|women|men|children|adults|infants|neonates|newborns|individuals|persons|people|students|employees"
    r"|workers|girls|boys|adolescents|mothers|smokers|athletes|elderly|residents|clients|outpatients|inpatients|subjects|recipients"
    r"|survivors|caregivers|nurses|physicians|doctors|firefighters|fire fighters|soldiers|veterans|runners|cyclists)\b",
    _I,
)
COUNTED_HUMAN = re.compile(rf"{_COUNT}{HUMAN.pattern}", _I)
#: Groups given different interventions by the investigators, allocation not said to be random.
GROUP_ALLOCATION = re.compile(
    r"\b(?:were|was)\s+(?:\w+\s+)?(?:divided|allocated|assigned|distributed|split|separated)\s+(?:in)?to\b(?!\s+(?:\w+\s+){0,4}?(?:according|based|depending|by)\b)"
    r"|\b(?:two|three|four|2|3|4)\s+(?:[\w-]+\s+)?groups\s+of\s+\d+|\breceived either\b",
    _I,
)
NON_RANDOMIZED = re.compile(
    r"\bnon-?randomi[sz]ed\b(?!\s+(?:[\w-]+\s+){0,2}?(?:studies|trials)\b)|\bnot (?:an? )?randomi[sz]ed\b|\bnot an? RCT\b"
    r"|\bquasi-?(?:randomi[sz]ed|experimental)\b|\bhistorical(?:ly)? controls?\b",
    _I,
)
#: A controlled trial that states no random allocation: "a prospective controlled trial", "a pretest-posttest design with a
#: control group", "experimental and control groups".
CONTROLLED_NOT_RANDOM = re.compile(
    r"\bcontrolled (?:clinical |intervention |pilot |field )?(?:trial|study|design)\b"
    r"|\b(?:experimental|intervention|treatment)\s+(?:group\s+)?(?:and|or|versus|vs\.?)\s+(?:an?\s+|the\s+)?control\s+groups?\b"
    r"|\b(?:design|study|trial)\s+with\s+(?:an?\s+|the\s+)?(?:\w+\s+)?control\s+groups?\b|\bexperimental design\b[^.;]{0,60}\bcontrol groups?\b",
    _I,
)
#: A blinded, open-label or parallel-group trial of its own, randomisation unstated: a controlled trial when it compares.
BLINDED_TRIAL = re.compile(
    r"\b(?:double|single|triple)[-\u2010\u2011 ]?blind(?:ed)?\b[\w\s,()/-]{0,60}?\b(?:trial|study|design|comparison)\b"
    r"|\bopen[-\u2010\u2011 ]label\b[\w\s,()/-]{0,40}?\btrial\b|\bparallel[-\u2010\u2011 ]group\b[\w\s,-]{0,40}?\b(?:trial|study)\b",
    _I,
)
G_BLINDED_TRIAL = ("blind", "open", "parallel")
_EXPERIMENTAL_GROUP = re.compile(r"\b(?:experimental|intervention) groups?\b", _I)
_CONTROL_GROUP = re.compile(r"\bcontrol groups?\b", _I)
G_CONTROLLED = ("control",)
#: Quasi-random allocation: by alternation, by date or by order of arrival.
QUASI_RANDOM = re.compile(
    r"\balternat(?:e|ing|ely)\s+(?:allocat|assign)\w*|\bpseudo[-\u2010\u2011 ]?random(?:i[sz]ed|ly)?\b"
    r"|\b(?:allocat|assign|divid|distribut)\w*\s+(?:[\w-]+\s+){0,6}?(?:alternately|by alternation|(?:according to|based on|by)\s+(?:the\s+|their\s+)?"
    r"(?:day of|date of|order of|sequence of|chronolog\w*|odd|even|hospital number|medical record number|birth ?date|admission (?:day|date|order)))",
    _I,
)
SINGLE_ARM = re.compile(
    r"\bsingle[-\u2010\u2011 ](?:arm|group)\b|\bone[-\u2010\u2011 ]arm\b|\bdose[-\u2010\u2011 ]escalation\b|\buncontrolled\b"
    r"|\bopen[-\u2010\u2011 ]label,? (?:pilot|phase|single|uncontrolled)\b|\bphase (?:I|1|I/II|1/2|1/2a|I/IIa)\b",
    _I,
)
CONTROL_WORDS = re.compile(r"\bcontrol(?:s|led)?\b|\bplacebo\b|\bsham\b|\bversus\b|\bvs\.?\b|\bcompared (?:with|to)\b|\bcomparator\b", _I)
OBSERVATIONAL = re.compile(
    r"\bcohorts?\b|\bcase[-\u2010\u2011 ]control\b|\bcross[-\u2010\u2011 ]sectional\b|\bretrospective(?:ly)?\b|\bobservational\b"
    r"|\bregistry\b|\bpopulation[-\u2010\u2011 ]based\b|\bcase series\b|\bprospectively (?:collected|enrolled|followed)\b"
    r"|\blongitudinal study\b|\bsurvey\b|\bchart review\b|\bmedical (?:records|charts|notes)\b|\breviewed the (?:\w+ )?(?:charts|records|notes)\b|\bpopulation stud(?:y|ies)\b"  # noqa: E501
    r"|\bself-reported\b|\bnationwide\b",
    _I,
)
SECONDARY_OF_TRIAL = re.compile(
    r"\b(?:secondary|post[-\u2010\u2011 ]hoc|ancillary|exploratory|retrospective|cohort|baseline) (?:analys[ie]s|study) (?:of|using|within|nested in) "
    r"(?:data (?:from|of) )?(?:an?|the)\b[^.;]{0,80}\btrial\b",
    _I,
)
ALLOCATION = re.compile(r"\b(?:were|was) (?:\w+ )?(?:randomi[sz]ed|randomly assigned|randomly allocated|assigned|allocated) (?:to|in|into|between)\b", _I)
PEOPLE_WORD = re.compile(r"\b(?:patients?|participants?|subjects?|women|men|children|adults|individuals|persons|people|volunteers|cases|infants|students)\b", _I)  # noqa: E501
CASE_REPORT = re.compile(r"\bcase report\b|\b\d+-year-old\b|\bwe (?:report|describe|present) (?:a|an|the|two|three) (?:case|patient)", _I)
TITLE_OBSERVATIONAL = re.compile(
    r"\b(?:observational|cohort|cross[-\u2010\u2011 ]sectional|case[-\u2010\u2011 ]control|questionnaire|survey|registry|population[-\u2010\u2011 ]based"
    r"|retrospective|qualitative)"
    r" (?:study|analysis|survey|data)\b|\b(?:post[-\u2010\u2011 ]hoc|secondary|ancillary|exploratory) analys[ie]s\b|\bsub-?(?:analysis|study)\b",
    _I,
)
TRIAL_WORD = re.compile(r"\b(?:trial|study)\b", _I)
OWN_STUDY = re.compile(r"\b(?:we|our|this|the present|the current)\b", _I)
_THIS_STUDY_BEFORE = re.compile(r"\b(?:this|the present|the current|our)\s+$", _I)

_HY = "[- \u2010\u2011\u2013]?"
TRIPLE = re.compile(rf"\b(?:triple|quadruple){_HY}(?:blind|mask)", _I)
DOUBLE = re.compile(
    rf"(?:\b|(?<=this)|(?<=the)|(?<=a))double{_HY}(?:blind|mask|dummy)"
    r"|\b(?:participants?|patients?|subjects?|volunteers?|women|men|children|parents|mothers|families)(?:,| and| or)[^.;]{0,60}"
    r"\b(?:investigators?|physicians?|clinicians?|staff|outcome assessors?|assessors?|evaluators?|researchers?|providers?|care ?givers?|nurses?"
    r"|surgeons?|therapists?|personnel|research assistants?)\b[^.;]{0,40}\b(?:were|was|will be|are|remain(?:ed)?)\s+(?:\w+\s+)?(?:blind(?:ed)?|masked"
    r"|unaware)\b"
    r"|\b(?:investigators?|physicians?|clinicians?|researchers?)(?:\s*\([^()]{0,60}\))?(?:,| and| or)[^.;]{0,60}\b(?:participants?|patients?|subjects?)\b[^.;]{0,40}\b(?:were|was|will be|are|remain(?:ed)?)\s+(?:\w+\s+)?(?:blind(?:ed)?|masked|unaware)\b",  # noqa: E501
    _I,
)
SINGLE = re.compile(rf"\b(?:single|one){_HY}(?:blind|mask)|\b(?:patient|participant|subject){_HY}(?:blind|mask)", _I)
OPEN = re.compile(
    rf"\bopen{_HY}label(?:l?ed)?\b|\bopen{_HY}labell?ed\b|\b(?:un|non){_HY}(?:blind(?:ed)?|mask(?:ed)?)\b(?! (?:to|of)\b)"
    r"|\bopen,? (?:randomi[sz]ed|controlled|prospective|blinded)"
    rf"|\bopen{_HY}(?:trial|study|crossover|cross-over)\b|\bPROBE\b",
    _I,
)
_ASSESSORS = (
    r"assessors?|evaluators?|raters?|observers?|examiners?|adjudicators?|readers?|testers?|scorers?|graders?|interviewers?|investigators?"
    r"|physicians?|clinicians?|surgeons?|operators?|nurses?|neurologists?|radiologists?|pathologists?|endoscopists?|dermatologists?"
    r"|ophthalmologists?|cardiologists?|(?:neuro)?psychologists?|psychiatrists?|physiotherapists?|therapists?|dentists?|sonographers?|technicians?"
    r"|researchers?|research assistants?|staff|personnel|persons?|person|specialists?|experts?|panel|committee|team"
)
ASSESSOR_BLINDED = re.compile(
    r"\b(?:blind(?:ed)?|masked),? (?:\w+ ){0,2}?(?:outcome|end[-\u2010\u2011 ]?point|evaluat|assess|rater|observer|examiner|adjudicat|reader|review|scor|grad)"
    rf"|\b(?:blind(?:ed)?|masked),? (?:independent |trained |experienced )*(?:{_ASSESSORS})\b"
    r"|\b(?:assessor|evaluator|rater|observer|examiner|adjudicator|investigator|laboratory|reader)s?[-\u2010\u2011 ](?:blind|mask)"
    rf"|\b(?:{_ASSESSORS})\s+(?:(?!not\b|never\b)\w+\s+){{0,6}}?(?:blind(?:ed)?|masked|unaware)(?:\s+(?:to|of|as to|regarding)\b|\s*[.,;)]|\s*$)"
    r"|\b(?:assessed|evaluated|scored|read|graded|rated|measured|analy[sz]ed|reviewed|examined|interpreted)\s+(?:\w+\s+){0,2}?"
    r"(?:blind(?:ly)?(?! to)\b|in a (?:blind(?:ed)?|masked) (?:manner|fashion)|under blind conditions)"
    r"|\bPROBE\b",
    _I,
)
_PARTICIPANTS = r"patients?|participants?|subjects?|volunteers?|women|men|children|infants|parents|mothers|families"
#: Only the participants blinded: "The patients are blinded to the real, sham and placebo acupuncture treatments".
PARTICIPANT_BLINDED = re.compile(
    rf"\b(?:{_PARTICIPANTS})\s+(?:\([^()]*\)\s+)?(?:(?:who|that)\s+)?(?:(?:were|was|are|is|will be|remained|remain|being)\s+(?:also\s+|kept\s+|all\s+)?)?"
    r"(?:blind(?:ed)?|masked|unaware)\s+(?:to|of|as to|regarding)\b"
    rf"|\b(?:blinding|masking) of (?:the )?(?:{_PARTICIPANTS})\b|\bto (?:blind|mask) (?:the )?(?:{_PARTICIPANTS})\b",
    _I,
)
#: Those who gave the interventions blinded: with blinded participants, a double-blind trial.
PROVIDER_BLINDED = re.compile(
    r"\b(?:investigators?|physicians?|clinicians?|surgeons?|anaesthet\w+|anesthet\w+|nurses?|staff|personnel|providers?|care ?givers?|therapists?"
    r"|researchers?|research assistants?|those (?:giving|delivering|administering) \w+)\s+(?:\w+\s+){0,3}?(?:blind(?:ed)?|masked|unaware)\b",
    _I,
)
#: An open-label extension of a trial: everyone now takes the active treatment.
EXTENSION = re.compile(
    r"\bopen[-\u2010\u2011 ]label,? (?:\w+ )?(?:extension|continuation)\b|\b(?:extension|continuation) (?:phase |period )?(?:study|trial)\b", _I
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
        self.lowers = [s.text.lower() for s in self.sents]
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
G_QUASI = ("alternat", "pseudo", "day of", "date of", "order of", "sequence of", "chronolog", "odd", "record number", "hospital number", "birth")
G_RANDOM = ("random", "rct")
G_SINGLE_ARM = ("single", "one-arm", "one arm", "escalation", "uncontrolled", "open", "phase")
G_CONTROL = ("control", "placebo", "sham", "versus", "vs", "compared", "comparator")
G_OBSERVATIONAL = ("cohort", "case", "cross", "retrospective", "observational", "registry", "population", "prospective",
                   "longitudinal", "survey", "chart", "record", "self-reported", "nationwide")
G_TRIAL = ("trial", "study")
#: The words an animal or specimen mention holds: a set lookup before the patterns.
G_NON_HUMAN = frozenset((
    "rat", "rats", "mice", "mouse", "rodent", "rodents", "pig", "pigs", "piglet", "piglets", "swine", "hog", "hogs", "sow", "sows", "sheep",
    "ewe", "ewes", "lamb", "lambs", "dog", "dogs", "beagle", "beagles", "cat", "cats", "rabbit", "rabbits", "hamster", "hamsters", "guinea",
    "macaque", "macaques", "monkey", "monkeys", "primate", "primates", "baboon", "baboons", "horse", "horses", "mare", "mares", "foal",
    "foals", "ponies", "cattle", "cow", "cows", "calves", "steer", "steers", "heifer", "heifers", "bull", "bulls", "goat", "goats",
    "broiler", "broilers", "chicken", "chickens", "hen", "hens", "poultry", "zebrafish", "animal", "animals", "vitro", "vivo", "cadaver",
    "cadavers", "cadaveric", "teeth", "molars", "premolars", "incisors",
))
_WORD = re.compile(r"[a-z]+")
G_ASSOCIATION = ("relation", "associat", "predict", "correlat", "determinant", "risk factor", "characteristics", "participants", "responders",
                 "completers", "enrollees", "marker", "prognostic")
G_SECONDARY = ("secondary", "post", "ancillary", "exploratory", "retrospective", "cohort")
G_ALLOCATION = ("randomi", "assigned", "allocated")
G_BLINDING = {"triple-blind": ("triple", "quadruple"), "double-blind": ("double", "blind", "mask", "unaware"), "single-blind": ("single", "blind", "mask"),
              "open-label": ("open", "blind", "mask", "probe")}
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
    # A narrative review, a commentary or a model that cites trials ("probabilities derived from the randomised ... trial").
    other, om = scope.first(NOT_A_STUDY, G_NOT_A_STUDY)
    if other is not None and not scope.any(ALLOCATION, G_ALLOCATION):
        return "other", other, om
    # "A secondary analysis of a randomized trial" that never describes the allocation compares other groups.
    secondary, sm = scope.first(SECONDARY_OF_TRIAL, G_SECONDARY)
    if secondary is not None and not scope.any(ALLOCATION, G_ALLOCATION):
        return "observational", secondary, sm
    # A title that names a non-randomised design ("a questionnaire study", "a post-hoc analysis of ...") decides.
    if (m := TITLE_OBSERVATIONAL.search(title.text)) and not RANDOMIZED_TRIAL.search(title.text):
        return "observational", title, m
    # A title that states this study's random allocation ("... : a prospective randomized trial") decides over a
    # non-randomised group the abstract also has ("Eleven patients ... were not randomized", "a historical control group").
    if _may_randomize(title.text) and not NON_RANDOMIZED.search(title.text) and not QUASI_RANDOM.search(title.text):
        titled = [(title, x) for x in RANDOMIZED_TRIAL.finditer(title.text) if _this_allocation(title.text, x)]
        if titled and (health := _health_status_groups(titled, own, scope)) is not None:
            return "observational", *health
        if titled and not _trial_only_as_setting(titled, title, scope):
            return "rct", title, titled[0][1]
        if titled and (question := ASSOCIATION.search(title.text, 0, titled[0][1].start())):
            # "Evaluation of Angiopoietin-2 as a biomarker ...: results from the randomised phase III AVAGAST trial": the
            # title's question is an association within the trial; the allocation the abstract retells is the trial's.
            return "observational", title, question
    s, m = scope.first(NON_RANDOMIZED, G_NONRAND)
    if s is None:
        s, m = scope.first(QUASI_RANDOM, G_QUASI)
    if s is None:
        # "We assessed ... in a quasi-experimental study" may stand in the background.
        s, m = next(
            ((x, y) for x in sents if x.section == "background" and _Scope([x]).has(G_NONRAND) and OWN_STUDY.search(x.text)
             and (y := NON_RANDOMIZED.search(x.text))),
            (None, None),
        )
    if s is not None:
        return ("non-randomized" if controlled() else "single-arm"), s, m
    if scope.has(G_RANDOM):
        found, hits = _randomizations(own, title)
        if hits and (health := _health_status_groups(hits, own, scope)) is not None:
            return "observational", *health
        if hits:
            # "Smoking status and inflammatory markers in a randomized trial of smokers": trial data, groups not randomised.
            return ("observational" if _trial_only_as_setting(hits, title, scope) else "rct"), hits[0][0], hits[0][1]
        # "Using data from a randomized controlled trial, we performed secondary analyses ...", no allocation written.
        data = next(((x, y) for x, y in found if DATA_OF_TRIAL.search(x.text, max(0, y.start() - 60), y.start())), None)
        if data is not None:
            return "observational", data[0], data[1]
    # "... were evaluated in this randomized, observer-blinded study" may stand in the background.
    own_random = next(((x, y) for x in sents if x.section == "background" and _may_randomize(x.text) for y in RANDOMIZED_TRIAL.finditer(x.text)
                       if _THIS_STUDY_BEFORE.search(x.text, max(0, y.start() - 20), y.start())), None)
    if own_random is not None:
        return "rct", own_random[0], own_random[1]
    if pts & {"randomized controlled trial", "pragmatic clinical trial", "equivalence trial"}:
        return "rct", None, None
    s, m = scope.first(CONTROLLED_NOT_RANDOM, G_CONTROLLED)
    if s is not None:
        return "non-randomized", s, m
    s, m = scope.first(_EXPERIMENTAL_GROUP, ("group",))
    if s is not None and scope.any(_CONTROL_GROUP, G_CONTROLLED):
        return "non-randomized", s, m  # "The experimental group (n=10) received X. The control group (n=9) received Y."
    s, m = scope.first(SINGLE_ARM, G_SINGLE_ARM)
    if s is not None and not controlled() and scope.any(TRIAL_WORD, G_TRIAL):
        return "single-arm", s, m
    # The open-label extension of a trial gives everyone the active treatment, whatever the parent trial compared.
    if m := EXTENSION.search(title.text):
        return "single-arm", title, m
    s, m = scope.first(BLINDED_TRIAL, G_BLINDED_TRIAL)
    if s is not None and "extension" not in s.text.lower() and controlled() and not scope.any(OBSERVATIONAL, G_OBSERVATIONAL):
        return "non-randomized", s, m  # "compared ... in a double-blind parallel group multicentre study in 149 men"
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


def _randomizations(own: Sequence[Sentence], title: Sentence) -> tuple[list[tuple[Sentence, re.Match[str]]], list[tuple[Sentence, re.Match[str]]]]:
    """Return (every randomisation match, those stating this study's allocation), read until one outside the title is found."""
    found: list[tuple[Sentence, re.Match[str]]] = []
    hits: list[tuple[Sentence, re.Match[str]]] = []
    for s in own:
        if not _may_randomize(s.text):
            continue
        for m in RANDOMIZED_TRIAL.finditer(s.text):
            found.append((s, m))
            if _this_allocation(s.text, m):
                hits.append((s, m))
                if s is not title:
                    return found, hits
    return found, hits


def _health_status_groups(
    hits: list[tuple[Sentence, re.Match[str]]], own: Sequence[Sentence], scope: _Scope
) -> tuple[Sentence, re.Match[str]] | None:
    """Return the sentence and match of groups set by health status when every randomisation found is only a design label
    ("... in patients with periodontitis and healthy subjects: A randomized, controlled trial") and nothing is allocated."""
    if not all(_NAMED_TRIAL.search(m.group(0)) for _, m in hits) or scope.any(ALLOCATION, G_ALLOCATION):
        return None
    return next(((x, m) for x in own if (m := HEALTH_STATUS_GROUPS.search(x.text))), None)


def _may_randomize(text: str) -> bool:
    """Return whether ``text`` has a word every randomisation statement has (a substring test, far cheaper than the pattern)."""
    low = text.lower()
    return "random" in low or "rct" in low


def _this_allocation(text: str, m: re.Match[str]) -> bool:
    """Return whether a randomisation match states this study's allocation, not other trials, trials needed, or data sets."""
    # A trial named ("a previous randomized trial") is judged on more words before it than an allocation ("were randomized").
    named = bool(_NAMED_TRIAL.search(m.group(0)))
    if OTHER_TRIALS.search(text, max(0, m.start() - (100 if named else 40)), min(len(text), m.end() + 15)):
        return False
    if named and (_NEEDED_AFTER.match(text, m.end()) or DATA_OF_TRIAL.search(text, max(0, m.start() - 60), m.start())):
        return False
    if _NEEDED_BEFORE.search(text, max(0, m.start() - 50), m.start()):
        return False
    return not NOT_ALLOCATION.match(text, m.end())


def _trial_only_as_setting(hits: list[tuple[Sentence, re.Match[str]]], title: Sentence, scope: _Scope) -> bool:
    """Return whether the only randomisation written is the title naming a trial as the setting of a question of association."""
    if any(s is not title for s, _ in hits):
        return False
    before = title.text[:hits[0][1].start()]
    if _PROTOCOL_OF.search(before):
        return False  # "Rationale and Protocol of a Randomized Controlled Trial": the trial itself
    return bool(TRIAL_AS_SETTING.search(before)) and scope.any(ASSOCIATION, G_ASSOCIATION)


def _lab_study(title: Sentence, sents: Sequence[Sentence], allocation: Sentence | None) -> bool:
    """Return whether the units randomised are animals or specimens (a laboratory study), not people.

    True when no people are counted, animals or specimens are counted, allocated or named in the title, and they are
    named more often than people are.
    """
    methods = " ".join(s.text for s in sents if s.section in ("methods", "abstract"))
    if G_NON_HUMAN.isdisjoint(_WORD.findall(f"{title.text} {methods}".lower())):
        return False
    counted = len(COUNTED_NON_HUMAN.findall(methods))
    if not (NON_HUMAN_TITLE.search(title.text) or NON_HUMAN.search(methods) or counted):
        return False
    non_human = len(NON_HUMAN_TITLE.findall(title.text)) + len(NON_HUMAN.findall(methods)) + counted
    if not non_human or non_human <= len(HUMAN.findall(title.text)) + len(HUMAN.findall(methods)) or COUNTED_HUMAN.search(methods):
        return False
    named = COUNTED_NON_HUMAN.search(methods) or NON_HUMAN_TITLE.search(title.text)
    return bool(named or (allocation is not None and NON_HUMAN.search(allocation.text)))


def _first_own(scope: _Scope, pattern: re.Pattern[str], gate: tuple[str, ...]) -> tuple[Sentence | None, re.Match[str] | None]:
    """Return the first match of ``pattern`` that is about this study, not other trials ("in 2 double-blind trials")."""
    if not scope.has(gate):
        return None, None
    # Only sentences with a gate word can match: the rest are never scanned.
    for s, low in zip(scope.sents, scope.lowers, strict=True):
        if not any(w in low for w in gate):
            continue
        for m in pattern.finditer(s.text):
            if not (OTHER_TRIALS.search(s.text, max(0, m.start() - 60), min(len(s.text), m.end() + 15)) or _OTHER_TRIALS_AFTER.match(s.text, m.end())):
                return s, m
    return None, None


def _blinding(scope: _Scope, title: Sentence) -> tuple[str | None, Sentence | None, re.Match[str] | None]:
    """Return the strongest blinding label the study claims, with its sentence and match.

    An open-label extension is open-label whatever its parent trial was; participants blinded with those who treat or
    assess them is double-blind, participants alone single-blind.
    """
    if EXTENSION.search(title.text) and (m := OPEN.search(title.text)):
        return "open-label", title, m
    ts, tm = _first_own(scope, TRIPLE, G_BLINDING["triple-blind"])
    if ts is not None:
        return "triple-blind", ts, tm
    ds, dm = _first_own(scope, DOUBLE, G_BLINDING["double-blind"])
    if ds is not None:
        return "double-blind", ds, dm
    ps, pm = _first_own(scope, PARTICIPANT_BLINDED, G_ASSESSOR)
    if ps is not None and (_first_own(scope, PROVIDER_BLINDED, G_ASSESSOR)[0] is not None or _first_own(scope, ASSESSOR_BLINDED, G_ASSESSOR)[0] is not None):
        return "double-blind", ps, pm
    ss, sm = _first_own(scope, SINGLE, G_BLINDING["single-blind"])
    if ss is not None:
        return "single-blind", ss, sm
    if ps is not None:
        return "single-blind", ps, pm
    os_, om = _first_own(scope, OPEN, G_BLINDING["open-label"])
    if os_ is not None:
        return "open-label", os_, om
    return None, None, None


def find_design(title: Sentence, sents: Sequence[Sentence], publication_types: Sequence[str]) -> DesignResult:
    """Return the Design of one article from its title, sentences and publication types."""
    study_type, s, m = classify_study_type(title, sents, publication_types)
    # Animals or specimens randomly allocated: a laboratory study, designed as a trial but not an RCT of people.
    lab = study_type == "rct" and _lab_study(title, sents, s)
    if lab:
        study_type = "other"
    prov: list[Provenance | None] = [_prov("study_type", study_type, s, m)]
    d = Design(study_type=study_type)  # type: ignore[arg-type]
    own = [title, *[x for x in sents if x.section not in ("background",)]]
    scope = _Scope(own)
    pts = {p.lower() for p in publication_types}
    trial = study_type in TRIAL_TYPES or lab
    if study_type == "rct" or lab:
        d.randomized, d.controlled = True, True
    elif study_type == "non-randomized":
        d.randomized, d.controlled = False, True
    elif study_type == "single-arm":
        d.randomized, d.controlled = False, False
    elif study_type in ("observational", "other"):
        d.randomized = False

    if trial:
        d.blinding, bs, bm = _blinding(scope, title)
        if bs is not None:
            prov.append(_prov("blinding", d.blinding, bs, bm))
        bs, bm = _first_own(scope, ASSESSOR_BLINDED, G_ASSESSOR)
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
