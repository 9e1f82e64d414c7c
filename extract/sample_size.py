"""Sample sizes: total, randomized, analyzed, and the size of each arm with its label as written."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from trialdb.extract.facts import Arm, Provenance, SampleSize
from trialdb.extract.numbers import DIGIT_NUMBER, NUMBER, parse_count
from trialdb.extract.sentences import STUDY_SECTIONS, Sentence

_I = re.I
_ACTION_WORDS = (
    "randomi", "enrolled", "included", "including", "involv", "recruited", "studied", "comprising", "analy", "conducted",
    "performed", "carried out", "done",
)
_NUMBER_WORD_STEMS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thir", "fif",
    "twenty", "forty", "eighty", "ninety", "hundred", "thousand",
)


def has_number_words(text: str) -> bool:
    """True when ``text`` may hold a count written in words ("Thirty-nine patients")."""
    low = text.lower()
    return any(w in low for w in _NUMBER_WORD_STEMS)


class TwoWay:
    """A pattern compiled twice: for counts in digits only, and for counts in digits or words.

    Sentences without number words use the first, several times faster.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.full = re.compile(pattern, flags)
        self.digits = re.compile(pattern.replace(NUMBER, f"(?:{DIGIT_NUMBER})"), flags)

    def get(self, words: bool) -> re.Pattern[str]:
        """Return the version for a sentence with (``words``) or without number words."""
        return self.full if words else self.digits

    def at_numbers(self, text: str, words: bool) -> Iterator[re.Match[str]]:
        """Yield the matches that start where a number starts (the pattern must begin with a count)."""
        if words:
            yield from self.full.finditer(text)
            return
        for start in _NUMBER_START.finditer(text):
            m = self.digits.match(text, start.start())
            if m:
                yield m


_NUMBER_START = re.compile(r"(?<![\d.,])\d")
PEOPLE = (
    r"(?:patients?|participants?|subjects?|individuals?|persons?|people|women|men|adults?|children|infants?|"
    r"neonates?|newborns?|adolescents?|volunteers?|survivors?|residents?|students?|mothers?|veterans?|"
    r"smokers?|outpatients?|inpatients?|girls|boys|pregnant women|couples|families|dyads|cases|beneficiaries|"
    r"members|workers|employees|athletes|runners|soldiers|recruits|nurses|physicians|clinicians|healthy controls|"
    r"males|females|elderly|pairs|twins|users|consumers|donors|recipients|survivors|caregivers|mothers)"
)
ACTION = (
    r"(?P<act>randomi[sz]ed|randomly (?:assigned|allocated)|underwent randomi[sz]ation|enrolled|included|"
    r"recruited|assigned|allocated|participated|completed|analy[sz]ed|evaluable|studied|evaluated|"
    r"treated|entered|took part|were eligible)"
)
# "3721 women with a uterus were randomised", "105 adult patients ... participated in the trial"
COUNT_THEN_ACTION = TwoWay(
    rf"(?<![\d.,%(-])\b(?P<num>{NUMBER})\s+(?:[A-Za-z][\w'-]*\s+){{0,3}}?{PEOPLE}\b(?P<rest>[^.;]{{0,140}}?)"
    rf"\b(?:were|was|had|have|who|that)?\s*(?:subsequently\s+|then\s+|successfully\s+|eventually\s+)?{ACTION}",
    _I,
)
# "enrolled 60 patients", "randomized 120 participants", "including 1,279 patients"
ACTION_THEN_COUNT = TwoWay(
    rf"\b(?P<act>randomi[sz]ed|enrolled|included|including|involving|involved|recruited|studied|comprising|analy[sz]ed"
    rf"|(?:conducted|performed|carried out|done) (?:on|in|among|with))"
    rf"\s+(?:a total of\s+|data (?:from|on)\s+|data of\s+)?(?P<num>{NUMBER})\s+(?:[A-Za-z][\w'-]*\s+){{0,3}}?{PEOPLE}\b",
    _I,
)
# "31 enrolled patients", "120 randomized participants"
COUNT_ADJ = TwoWay(
    rf"(?<![\d.,%(-])\b(?P<num>{NUMBER})\s+(?P<act>randomi[sz]ed|enrolled|eligible|included|evaluable|analy[sz]ed|recruited)\s+(?:[A-Za-z][\w'-]*\s+){{0,2}}?{PEOPLE}\b",
    _I,
)
# "PATIENTS: 351 menopausal patients (mean age, 50 years) ..." (a participants section starts with the count)
SECTION_COUNT = TwoWay(rf"^(?P<num>{NUMBER})\s+(?:[A-Za-z][\w'-]*\s+){{0,3}}?{PEOPLE}\b", _I)
PARTICIPANT_LABEL = re.compile(r"PATIENT|PARTICIPANT|SUBJECT|POPULATION|SAMPLE", _I)
# "386 pancreatic cancer cases and 896 matched controls"
CASES_CONTROLS = TwoWay(
    rf"(?<![\d.,%(-])\b(?P<a>{NUMBER})\s+(?:[A-Za-z][\w'-]*\s+){{0,3}}?cases\s+and\s+(?P<b>{NUMBER})\s+(?:[A-Za-z][\w'-]*\s+){{0,2}}?controls\b",
    _I,
)
TOTAL_OF = TwoWay(rf"\b(?:a total of|total(?: of)?|overall,?)\s+(?P<num>{NUMBER})\s+(?:[A-Za-z][\w'-]*\s+){{0,3}}?{PEOPLE}\b", _I)
DATA_FROM = TwoWay(
    rf"\b(?:data|samples?) (?:were |was )?(?:analy[sz]ed|gathered|collected|obtained|available) (?:from|for|on) "
    rf"(?P<num>{NUMBER})\s+(?:[A-Za-z][\w'-]*\s+){{0,3}}?{PEOPLE}\b",
    _I,
)

# Arms --------------------------------------------------------------------------------------------
N_PAREN = TwoWay(rf"[(\[]\s*(?:[^()\[\]]{{0,60}}?[;,]\s*)?[nN]\s*=\s*(?P<num>{NUMBER})\s*(?:[,;][^()\[\]]{{0,30}})?[)\]]")
RESPECTIVELY = TwoWay(
    rf"(?P<nums>(?:{NUMBER})(?:\s*(?:%\s*)?,\s*(?:{NUMBER}))*,?\s+and\s+(?:{NUMBER}))\s+(?:[\w'-]+\s+){{0,3}}?(?:{PEOPLE}\s+)?"
    rf"(?:(?:were|was)\s+)?(?:[\w-]+\s+){{0,3}}?(?:in|to|into|from|received|receiving|for|of)\s+(?:the\s+|each\s+)?"
    rf"(?P<labels>[^.;()]{{1,120}}?)\s+(?:groups?|arms?|cohorts?)\s*,?\s*respectively",
    _I,
)
N_IN_GROUP = TwoWay(
    rf"(?<![\d.,%(-])\b(?P<num>{NUMBER})\s+(?:{PEOPLE}\s+)?(?:were\s+)?(?:in|to|into|received|receiving)\s+(?:the\s+)?"
    rf"(?P<label>[\w%/'+.-]+(?:\s+[\w%/'+.-]+){{0,4}}?)\s+(?:group|arm|cohort)\b",
    _I,
)
PAREN_LIST = TwoWay(rf"\(\s*(?P<items>(?:{NUMBER})\s+[A-Za-z][^;,()]{{1,40}}?(?:\s*[;,]\s*(?:and\s+)?(?:{NUMBER})\s+[A-Za-z][^;,()]{{1,40}}?)+)\s*\)")
PAREN_ITEM = TwoWay(rf"(?P<num>{NUMBER})\s+(?P<label>[A-Za-z][^;,()]*)")
NOT_A_LABEL = re.compile(
    r"^(?:years?|yrs?|months?|weeks?|days?|hours?|mg|g|kg|ml|mm|cm|%|percent|times?|points?|sites?|trials?|studies|centres?|centers?)\b",
    _I,
)
_LABEL_BOUNDARY = re.compile(
    r"(?:[(),;:\[\]]|\b(?:or|versus|vs\.?|either|to|into|between|receiving|received|receive|given|applied|taking|assigned|allocated|randomi[sz]ed)\b)",
    _I,
)
_LEADING = re.compile(r"^(?:(?:and|or|the|a|an|both|either|of|in)\s+)+", _I)
_TRAILING = re.compile(r"\s+(?:group|arm|cohort)s?$", _I)


@dataclass
class SampleSizeResult:
    """The sample size and where each count came from."""

    sample_size: SampleSize
    provenance: list[Provenance] = field(default_factory=list)


# Cheap tests that decide which of the costly patterns can match a sentence at all.
_PEOPLE_STEMS = (
    "patient", "participant", "subject", "individual", "person", "people", "women", "men", "adult", "child", "infant",
    "neonate", "newborn", "adolescent", "volunteer", "survivor", "resident", "student", "mother", "veteran", "smoker",
    "girl", "boy", "couple", "famil", "dyad", "case", "control", "beneficiar", "member", "worker", "employee", "athlete",
    "runner", "soldier", "recruit", "nurse", "physician", "clinician", "male", "elderly", "pair", "twin", "user", "donor",
    "recipient", "caregiver",
)


class _Gate:
    """search() by substring tests, far cheaper than the patterns they let through."""

    def __init__(self, words: tuple[str, ...], pattern: re.Pattern[str] | None = None) -> None:
        self.words, self.pattern = words, pattern

    def search(self, text: str) -> bool:
        low = text.lower()
        return any(w in low for w in self.words) or bool(self.pattern and self.pattern.search(text))


_HAS_PEOPLE = _Gate(_PEOPLE_STEMS)
_MAY_HAVE_ARMS = _Gate(("respectively", "group", "arm", "cohort"), re.compile(r"\b[nN]\s*=|\(\s*\d"))
_LIST_BEFORE = re.compile(rf"(?:{NUMBER})\s*(?:%\s*)?(?:,|and|or)\s*$", re.I)


def _in_list(text: str, num_start: int, end: int) -> bool:
    """True when a count is one of several ("39 and 15 patients ..., respectively")."""
    return bool(_LIST_BEFORE.search(text[:num_start])) or "respectively" in text[end:].lower()


def _kind(act: str) -> str:
    a = act.lower()
    if a.startswith("random") or a.startswith("underwent") or a in ("assigned", "allocated"):
        return "randomized"
    if a.startswith("analy") or a in ("evaluable", "completed"):
        return "analyzed"
    return "enrolled"


def _clean_label(text: str) -> str | None:
    parts = _LABEL_BOUNDARY.split(text)
    label = parts[-1] if parts else text
    label = _TRAILING.sub("", _LEADING.sub("", " ".join(label.split()).strip(" ,.:'\""))).strip(" ,.'\"")
    words = label.split()
    if not words or len(words) > 8 or NOT_A_LABEL.match(label):
        return None
    return label


def find_arms(s: Sentence, words: bool | None = None) -> list[tuple[Arm, int, int]]:
    """Return the arms one sentence states, each with its offsets in the abstract."""
    if words is None:
        words = has_number_words(s.text)
    out: list[tuple[Arm, int, int]] = []
    m = next(RESPECTIVELY.at_numbers(s.text, words), None) if "respectively" in s.text else None
    if m:
        nums = [parse_count(x) for x in re.findall(NUMBER, m.group("nums"))]
        labels = [x for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("labels")) if x.strip()]
        labels = [_clean_label(x) for x in labels]
        if len(nums) == len(labels) and all(n is not None for n in nums) and all(labels):
            return [(Arm(label=lab, n=n), s.start + m.start(), s.start + m.end()) for lab, n in zip(labels, nums, strict=True)]  # type: ignore[arg-type]
    prev_end = 0
    for m in N_PAREN.get(words).finditer(s.text):
        label = _clean_label(s.text[prev_end:m.start()])
        n = parse_count(m.group("num"))
        prev_end = m.end()
        if label and n is not None:
            out.append((Arm(label=label, n=n), s.start + m.start(), s.start + m.end()))
    if len(out) >= 2:
        return out
    out = []
    for m in N_IN_GROUP.at_numbers(s.text, words) if "group" in s.text or "arm" in s.text or "cohort" in s.text else ():
        n = parse_count(m.group("num"))
        label = _clean_label(m.group("label"))
        if n is not None and label:
            out.append((Arm(label=label, n=n), s.start + m.start(), s.start + m.end()))
    if len(out) >= 2:
        return out
    m = PAREN_LIST.get(words).search(s.text)
    if m:
        items = []
        for it in PAREN_ITEM.get(words).finditer(m.group("items")):
            label, n = _clean_label(it.group("label")), parse_count(it.group("num"))
            if not label or n is None:
                return []
            items.append((Arm(label=label, n=n), s.start + m.start(), s.start + m.end()))
        return items if len(items) >= 2 else []
    return []


def find_sample_size(sents: Sequence[Sentence], with_arms: bool) -> SampleSizeResult:
    """Return the sample size stated in the study's own sections; arms only when ``with_arms``."""
    counts: dict[str, tuple[int, Sentence, int, int]] = {}
    arms: list[tuple[Arm, int, int]] = []
    arm_sentence: Sentence | None = None
    for s in sents:
        if s.section not in STUDY_SECTIONS:
            continue
        words = has_number_words(s.text)
        if not words and not any(c.isdigit() for c in s.text):
            continue
        if _HAS_PEOPLE.search(s.text):
            low = s.text.lower()
            found = [*COUNT_THEN_ACTION.at_numbers(s.text, words), *COUNT_ADJ.at_numbers(s.text, words)]
            if any(w in low for w in _ACTION_WORDS):
                found += list(ACTION_THEN_COUNT.get(words).finditer(s.text))
            found.sort(key=lambda m: m.start("num"))
            for m in found:
                if _in_list(s.text, m.start("num"), m.end()):
                    continue
                n = parse_count(m.group("num"))
                if n is None or n < 2:
                    continue
                kind = _kind(m.group("act"))
                if kind == "enrolled" and re.search(r"\banaly[sz]|intention[- ]to[- ]treat", s.text[m.end():m.end() + 60], _I):
                    kind = "analyzed"
                counts.setdefault(kind, (n, s, s.start + m.start("num"), s.start + m.end()))
            if s.label and PARTICIPANT_LABEL.search(s.label) and (m := SECTION_COUNT.get(words).match(s.text)):
                if (n := parse_count(m.group("num"))) is not None and n >= 2:
                    counts.setdefault("enrolled", (n, s, s.start + m.start("num"), s.start + m.end()))
            if "cases" in low and (m := next(CASES_CONTROLS.at_numbers(s.text, words), None)) is not None:
                a, b = parse_count(m.group("a")), parse_count(m.group("b"))
                if a is not None and b is not None:
                    counts.setdefault("enrolled", (a + b, s, s.start + m.start(), s.start + m.end()))
            for pattern, gate in ((TOTAL_OF, ("total", "overall")), (DATA_FROM, ("data", "sample"))):
                m = pattern.get(words).search(s.text) if any(w in low for w in gate) else None
                if m and not _in_list(s.text, m.start("num"), m.end()) and (n := parse_count(m.group("num"))) is not None and n >= 2:
                    kind = "analyzed" if pattern is DATA_FROM or re.search(r"\banaly[sz]", s.text, _I) else "enrolled"
                    counts.setdefault(kind, (n, s, s.start + m.start("num"), s.start + m.end()))
        if with_arms and not arms and _MAY_HAVE_ARMS.search(s.text):
            found = find_arms(s, words)
            if len(found) >= 2:
                arms, arm_sentence = found, s
    size = SampleSize()
    prov: list[Provenance] = []

    def note(name: str, value: int, s: Sentence, a: int, b: int) -> None:
        prov.append(Provenance(field=f"sample_size.{name}", value=str(value), section=s.section, start=a, end=b, sentence=s.text))

    if "randomized" in counts:
        size.randomized = counts["randomized"][0]
        note("randomized", *counts["randomized"])
    if "analyzed" in counts:
        size.analyzed = counts["analyzed"][0]
        note("analyzed", *counts["analyzed"])
    arm_total = sum(a.n for a, _, _ in arms) if arms else None
    if arms and arm_sentence is not None:
        size.arms = [a for a, _, _ in arms]
        for a, x, y in arms:
            note("arms", a.n, arm_sentence, x, y)
        if re.search(r"\banaly[sz]|intention[- ]to[- ]treat|evaluable", arm_sentence.text, _I) and size.analyzed is None:
            size.analyzed = arm_total
            note("analyzed", arm_total, arm_sentence, arm_sentence.start, arm_sentence.end)
    if size.randomized is not None:
        size.total = size.randomized
        note("total", *counts["randomized"])
    elif "enrolled" in counts:
        size.total = counts["enrolled"][0]
        note("total", *counts["enrolled"])
    elif arm_total is not None and arm_sentence is not None:
        size.total = arm_total
        note("total", arm_total, arm_sentence, arm_sentence.start, arm_sentence.end)
    elif size.analyzed is not None:
        size.total = size.analyzed
    return SampleSizeResult(sample_size=size, provenance=prov)
