"""Group-size candidates: sets of (label, n) that one sentence states for the study's groups.

Part of step 1 of sample-size extraction. The forms real abstracts use:
"X (n = 39) or Y (n = 15)", "X, n = 39, and Y, n = 15", "54 patients (39 MSC, 15 control)",
"39 and 15 patients were included in the MSC and control groups, respectively",
"39 in the MSC group and 15 in the control group", "39 received MSC and 15 placebo",
"the MSC group (39 patients)", and equal groups: "two groups of 35", "140 in each group",
"(n = 35 each)". Each set carries the kind of count its sentence states (randomized,
analyzed or stated), for reconciliation to choose among.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from trialdb.extract.design_words import NOT_DESIGN_ADJECTIVE, RANDOMIZED_VERB
from trialdb.extract.numbers import NUMBER, WORD_NUMBER, finditer_at, finditer_at_numbers, has_number_word, number_starts, parse_count
from trialdb.extract.sentences import Sentence

_I = re.I
_N = rf"(?P<num>{NUMBER})"
#: "(n = 39)", "(n=39; mean age 60)", "[n = 39]", "(39 patients)"
N_PAREN = re.compile(
    rf"[(\[]\s*(?:[^()\[\]]{{0,120}}?[;,—–-]\s*)?(?:(?:[nN]|[A-Z][A-Za-z]{{0,5}})\s*[=:]\s*{_N}|(?P<num2>{NUMBER})\s+(?:patients?|participants?|subjects?|women|men|children|"
    rf"infants?|individuals?|persons?|people|adults?|volunteers?|cases|eyes|neonates?|pts)(?!\s*,\s*\d))\s*(?:[)\]]|[,;](?:[^()\[\]]{{0,60}}[)\]])?)"
)
#: "n = 507 for sitagliptin and n = 514 for sulphonylurea"
N_FOR = re.compile(
    rf"\b[nN]\s*=\s*{_N}\s+(?:for|in|with|on|receiving|received)\s+(?:the\s+)?(?P<label>[\w%/'+.·-]+(?:\s+[\w%/'+.·-]+){{0,4}}?)"
    rf"(?=\s*(?:[,;)\]]|\s+and\s+[nN]\s*=|\s+(?:group|arm)s?\b|$))"
)
#: "X, n = 39" without brackets.
N_BARE = re.compile(rf"(?:,|:|\s-)\s*[nN]\s*=\s*{_N}\b")
RESPECTIVELY_NUMS = re.compile(rf"(?P<nums>(?:{NUMBER})(?:\s*(?:\([^()]{{0,20}}\))?\s*(?:%\s*)?,\s*(?:{NUMBER}))*,?\s*(?:\([^()]{{0,20}}\))?\s*,?\s+and\s+(?:{NUMBER}))", _I)  # noqa: E501
N_IN_GROUP = re.compile(
    rf"(?<![\d.,%-])(?<!out of )\b{_N}\s+(?:of\s+(?:these|them|those)\s+)?"
    rf"(?:[(\[]\s*\d+(?:[.·]\d+)?\s*%\s*[)\]]\s+(?=(?:were|was)\s+(?:randomi|randomly|assigned|allocated)))?"
    rf"(?:(?:[\w-]+\s+){{0,2}}?(?:patients?|participants?|subjects?|women|men|children|infants?|individuals?|"
    rf"persons?|people|adults?|volunteers?|eyes|neonates?|cases|mothers|babies|pregnancies|smokers|users|students)\s+)?(?:(?:were|was)\s+)?(?:(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|"
    rf"assigned|allocated|included|enrolled|treated|managed)\s+)?(?:to\s+(?:receive|undergo|be\s+given|get)|in|to|into|received|receiving|underwent|got|with|using|taking|on)"
    rf"\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?P<label>[\w%/'+.·-]+(?:\s+(?!\d+\s+(?:patients?|participants?|subjects?|women|men|children)\b)[\w%/'+.·-]+){{0,5}}?)"
    rf"(?=\s+(?:group|arm|cohort)s?\b|\s*(?:,|;|\.|\)|$|\s+and\s+(?:{NUMBER})|\s+\(|\s+(?:while|whereas|but|or|successfully|compared|versus|vs|had|were|was|who|than|for|completed|finished)\b))",
    _I,
)
_PAREN_LIST = re.compile(rf"\(\s*(?P<items>(?:{NUMBER})\s+[A-Za-z][^;,()]{{1,50}}?(?:\s*(?:[;,]|\band\b)\s*(?:and\s+)?(?:{NUMBER})\s+[A-Za-z][^;,()]{{1,50}}?)+)\s*\)", _I)  # noqa: E501
#: "(DZ, 48; D, 46)", "(EE: 67, EP: 65)", "(MSC = 39, control = 15)": label then size, inside one bracket.
_PAIR = rf"[A-Za-z][^;,()\[\]=:]{{0,40}}?\s*[,:=]\s*(?:[nN]\s*=\s*)?(?:{NUMBER})"
_PAIR_SEP = r"(?:\s*;\s*|\s*,\s*(?:and\s+)?|\s+and\s+)"
_PAREN_PAIRS = re.compile(rf"[(\[]\s*(?P<items>{_PAIR}{_PAIR_SEP}{_PAIR}(?:{_PAIR_SEP}{_PAIR})*)\s*[)\]]", _I)
#: "(n = 86 perindopril, n = 84 placebo)": each size written before its label, inside one bracket.
_N_LABEL = rf"[nN]\s*=\s*(?:{NUMBER})\s+[A-Za-z][^;,()\[\]=]{{0,40}}?"
_PAREN_N_LABELS = re.compile(rf"[(\[]\s*(?P<items>{_N_LABEL}{_PAIR_SEP}{_N_LABEL}(?:{_PAIR_SEP}{_N_LABEL})*)\s*[)\]]")
_N_LABEL_ITEM = re.compile(rf"[nN]\s*=\s*(?P<num>{NUMBER})\s+(?P<label>[A-Za-z][^;,()\[\]=]*?)(?=\s*(?:[;,]|\band\b|$))")
_PAIR_ITEM = re.compile(rf"(?P<label>[A-Za-z][^;,()\[\]=:]{{0,40}}?)\s*[,:=]\s*(?:[nN]\s*=\s*)?(?P<num>{NUMBER})", _I)
_PAREN_ITEM = re.compile(rf"(?P<num>{NUMBER})\s+(?P<label>[A-Za-z][^;,()]*?)(?=\s*(?:[;,]|\band\b|$))", _I)
EACH = re.compile(
    rf"(?:\b(?P<k>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+(?:[\w-]+\s+)?(?:groups|arms)\s*,?\s+(?:of|with|each\s+(?:of|with|containing|consisting\s+of|comprising|including|having))\s+"
    rf"(?P<n1>{NUMBER})\b"
    rf"|\b(?P<n2>{NUMBER})\s+(?:[\w-]+\s+){{0,4}}?(?:in|per|for|to|into)\s+each\s+(?:group|arm|of the (?:two|three|four) (?:groups|arms))\b"
    rf"|\b(?P<n3>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?per\s+(?:group|arm)\b"
    rf"|\b(?P<n4>{NUMBER})\s+(?:patients|participants|subjects|women|men|children|individuals|persons|people|adults|volunteers)\s+each\b"
    rf"|\b[nN]\s*=\s*(?P<n5>{NUMBER})\s+(?:each|per\s+group|in\s+each(?:\s+group)?|for\s+each(?:\s+group)?)\b"
    rf"|\beach\s+(?:group|arm)\s+(?:consisted\s+of|comprised|included|contained|had|of|with)\s+(?P<n6>{NUMBER})\b)",
    _I,
)
_PEOPLE = r"(?:patients?|participants?|subjects?|women|men|children|infants?|individuals?|persons?|people|adults?|volunteers?|cases|neonates?)"
_PEOPLE_AFTER = rf"(?:\s+{_PEOPLE})?"
#: "group 1 -- 197 patients given ..., group 2 -- 203 patients", "Group A: 30 patients; Group B: 30 patients"
GROUP_THEN_N = re.compile(
    rf"\b(?P<label>(?i:group|arm|cohort)\s+(?:[A-Z]|[0-9]{{1,2}}|[IVX]{{1,4}})\b|[A-Z][\w-]+\s+(?i:group))\s*(?:--|—|–|:|=|,)\s*(?:[nN]\s*=\s*)?(?P<num>{NUMBER})\b{_PEOPLE_AFTER}",
)
#: "1 of 10 patients receiving GLN and 3 of 8 receiving GLY", "5/60 (8%) in the MSC group versus 9/61 in the control group"
DENOMINATOR_GROUP = re.compile(
    rf"(?<![\d.,])\b(?:{NUMBER})\s*(?:[(\[]\s*\d+(?:[.·]\d+)?\s*%\s*[)\]]\s*)?(?:/|of|out of)\s*(?P<num>{NUMBER})\b(?![.,]\d)\s*[)\]]?\s*"
    rf"(?:\([^()]*\)\s*)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:patients?|participants?|subjects?|women|men|children|infants?|cases)?\s*(?:in|among|receiving|on|with|for|of|treated with|given|allocated to|assigned to|randomi[sz]ed to)\s+(?:the\s+)?"  # noqa: E501
    rf"(?P<label>[\w%/'+.·-]+(?:\s+[\w%/'+.·-]+){{0,4}}?)(?=\s+(?:group|arm)s?\b|\s*(?:,|;|\.|\)|$)|\s+\(|\s+(?:and|versus|vs\.?|compared|than|improved|had|were|was)\b)",
    _I,
)
#: "The intervention group comprised 45 patients and the control group 44 patients"
GROUP_COMPRISED = re.compile(
    rf"\b(?P<label>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?i:group|arm)\s+(?:(?:comprised|consisted of|included|contained|had|was composed of|enrolled)\s+"
    rf"|(?<=group )of\s+(?=(?:{NUMBER})\s+{_PEOPLE}))?"
    rf"(?P<num>{NUMBER})\b{_PEOPLE_AFTER}(?!\s*%)",
)
#: "in group I (5/15) ... compared to group II (9/14)", "in the X group (38 of 215, 18%) compared with the Y group (two of 164, 1%)"
DENOMINATOR_AFTER_GROUP = re.compile(
    rf"\b(?P<label>(?i:group|arm)\s+(?:[A-Z]{{1,2}}|[IVX]{{1,4}}|\d{{1,2}})\b|(?:[\w/+-]+\s+){{0,4}}?[\w/+-]+\s+(?i:group|arm))\s*[(\[]\s*"
    rf"(?:{NUMBER})\s*(?:/|of|out of)\s*(?P<num>{NUMBER})\b(?![.,]\d)\s*(?=[,;)\]])",
)
#: "three of 13 placebo patients, two of 11 indomethacin patients"
DENOMINATOR_LABEL_NOUN = re.compile(
    rf"(?<![\d.,])\b(?:{NUMBER})\s+(?:of|/)\s+(?P<num>{NUMBER})\s+(?P<label>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?:patients|subjects|participants|women|men|children)\b",
    _I,
)
#: "973 of the experimental subjects and 938 of the control subjects completed ..."
OF_THE_GROUP = re.compile(
    rf"(?<![\d.,%/-])\b(?P<num>{NUMBER})\s+of\s+the\s+(?P<label>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?:subjects|patients|participants|group|arm)\b",
    _I,
)
#: "13 received iTBS and 13 sham stimulation"
RECEIVED_PAIR = re.compile(
    rf"(?<![\d.,%-])\b(?P<n1>{NUMBER}){_PEOPLE_AFTER}\s+(?:received|were given|underwent|got|were treated with)\s+(?P<l1>[^;.()]{{2,140}}?)\s*(?:\([^()]*\))?\s*,?\s+and\s+"  # noqa: E501
    rf"(?P<n2>{NUMBER}){_PEOPLE_AFTER}\s+(?:\([^()]*\)\s*)?(?:received\s+|were given\s+|underwent\s+|got\s+|were treated with\s+|with\s+)?(?P<l2>[^;.()]{{2,140}}?)(?=\s*(?:[;.)]|$|\s+in two\b|\s+\())",  # noqa: E501
    _I,
)
NOT_A_LABEL = re.compile(
    r"^(?:years?|yrs?|months?|weeks?|days?|hours?|mg|g|kg|ml|mm|cm|%|percent|times?|points?|sites?|trials?|studies|centres?|centers?|"
    r"total|all|both|each|overall|patients?|participants?|subjects?|baseline|follow-?up|the study|analysis|them|whom|these|"
    r"those|which|who|this|that|it|age|mean|median|range|sd)\b",
    _I,
)
SUBGROUP_LABEL = re.compile(
    r"\b(?:men|women|males?|females?|boys?|girls?|responders?|non-?responders?|aged|age|older|younger|years old|smokers?|"
    r"non-?smokers?|(?:white|black)(?!\s+(?:light|matter|blood|cells?|coat|box|noise|rice|bread|tea|wine))|asian|hispanic|caucasian|"
    r"mild|moderate|severe|cases?|controls? subjects|healthy|"
    r"completers?|dropouts?|withdrew|lost|died|survivors?|non-?survivors?|primiparous|multiparous|obese|non-?obese|type [12]|"
    r"positive|negative|had|having)\b|^(?:with|without)\b",
    _I,
)
_LABEL_BOUNDARY = re.compile(
    r"(?:[(),;:\[\]]|\b(?:carried out|performed|done|treated|managed|anaest?heti[sz]ed|premedicated|treatment|therapy) with\b|"
    r"\b(?:or|versus|vs\.?|compared|comparing|than|either|to|into|between|receiving|received|receive|given|applied|taking|assigned|"
    r"allocated|randomi[sz]ed|underwent|undergo|included|enrolled|were|was|in|of|while|whereas)\b)",
    _I,
)
#: The boundaries inside a label already cut after its preposition ("80 to induction of labor"): "of" belongs to it.
_NAMED_LABEL_BOUNDARY = re.compile(_LABEL_BOUNDARY.pattern.replace("|in|of|", "|in|"), _I)
_LEADING = re.compile(r"^(?:(?:and|or|the|a|an|its|their|both|either|of|in|to|with|who|received|receiving|two|three|four|into|we|compared|comparing)\s+)+", _I)
_TRAILING = re.compile(r"\s+(?:group|arm|cohort|condition)s?$|\s+(?:patients?|participants?|subjects?)$|\s+[nN]$", _I)
_RANDOMIZED_WORDS = re.compile(RANDOMIZED_VERB, _I)
_ANALYZED_WORDS = re.compile(r"analy[sz]|complet|evaluable|intention[- ]to[- ]treat|per[- ]protocol|available|followed up|finished|remained", _I)


@dataclass(frozen=True)
class ArmSet:
    """Group sizes one sentence states: (label, n) pairs, the kind of count, and where they stand."""

    arms: tuple[tuple[str, int], ...]
    kind: str
    sentence: Sentence
    start: int
    end: int
    form: str

    @property
    def total(self) -> int:
        """Return the sum of the groups' sizes."""
        return sum(n for _, n in self.arms)


#: A label that names body parts or samples ("134 for upper limbs") is no group of participants.
_UNIT_LABEL = re.compile(r"^(?:limbs?|eyes?|teeth|tooth|sites?|samples?|specimens?|lesions?|knees?|hands?|feet|foot|measurements?|stud(?:y|ies)|trials?)$", _I)


_GROUP_END = re.compile(r"(?:^|\s)(?:group|arm)\s*$", _I)
_MODIFIER_START = frozenset(("with", "without", "every", "for", "at", "on", "during", "followed", "from", "after", "before", "until", "till"))


#: "parenteral nutrition (PN) group": an abbreviation in brackets is part of the label, not a boundary.
_ABBREVIATION = re.compile(r"\(([A-Za-z][\w+/&.-]{0,14})\)(?=\s*(?:(?:group|arm|cohort)s?\s*)?[,;:]?\s*$)", _I)
_OPEN, _CLOSE = "\x01", "\x02"
#: "D53 (n = 6)", "S-1 (n = 40)": a code of letters and digits names a group.
_CODE_LABEL = re.compile(r"[A-Z]{1,4}-?\d{1,6}[A-Za-z]?")


_RELATIVE_AFTER_GROUP = re.compile(r"(\b(?:group|arm)\b(?:\s*\([^()]{1,15}\))?),?\s+(?:who|which|that)\b.*$", _I | re.S)
_LAST_CONJUNCT = re.compile(r"^.*\s(?:and|while|whereas|but)\s+(?:the|a|an)\s+(?=\S)", _I)


def clean_label(text: str, cut: bool = True, boundary: re.Pattern[str] = _LABEL_BOUNDARY) -> str | None:
    """Return a group's label from the words before or around its size, or None when they name no group."""
    # "a control group (CG) who maintained their dietary habits": the group is named before what its members did.
    text = _RELATIVE_AFTER_GROUP.sub(r"\1", text)
    if "," in text:
        text = _DRUG_COMMA_DOSE.sub(r"\1 ", text)  # "indomethacin, 25 mg four times daily, (11 patients)": one label
    if "(" in text:
        text = _ABBREVIATION.sub(lambda m: m.group(0) if NOT_A_LABEL.match(m.group(1)) else f"{_OPEN}{m.group(1)}{_CLOSE}", text)
    parts = [p for p in boundary.split(text) if p and p.strip(" ,.:'\"-")]
    # "a control group receiving initial advice": the part that names a group beats the description after it.
    grouped = [p for p in parts[-2:] if _GROUP_END.search(p)]
    label = raw = (grouped or parts or [""])[-1]
    label = _TRAILING.sub("", _LEADING.sub("", " ".join(label.split()).strip(" ,.:'\"-"))).strip(" ,.'\"-")
    label = _TRAILING.sub("", label).strip()
    if (last := _LAST_CONJUNCT.search(label)) is not None and _GROUP_END.search(raw):
        label = label[last.end():]  # "the traditional program and the study group": the group named last
    words = label.split()
    # A description's head, before the first word that starts a modifier ("... without the GMA column every 4 weeks").
    end = next((i for i, w in enumerate(words) if i >= 1 and w.lower() in _MODIFIER_START), len(words)) if cut and len(words) > 5 else len(words)
    words = words[:min(end, 8)]
    label = " ".join(words).replace(_OPEN, "(").replace(_CLOSE, ")")
    if not words or NOT_A_LABEL.match(label) or not (
        re.search(r"[A-Za-z]{2}", label) or re.fullmatch(r"[A-Z]|[IVX]{1,4}|[A-Z]{1,3}(?:[+/&][A-Z]{1,3})+", label) or _CODE_LABEL.fullmatch(label)
    ):
        return None
    if re.fullmatch(r"[\d.,]+\s*(?:years?|yrs?|mm\s*hg|mm|mg|kg|g|ml|%|cm|months?|weeks?|days?|hours?|points?)(?:\s+(?:old|of age))?", label, _I):
        return None  # "75 years", "109 mm Hg": a measurement, not a group
    if re.fullmatch(r"[\d.,%\s]+", label) or (_UNIT_LABEL.match(words[-1]) and not _GROUP_END.search(raw)) or words[0].lower() in ("for", "at", "with"):
        return None
    return label


_SIZE_IN_BRACKET = re.compile(rf"(?:[nN]|[A-Z][A-Za-z]{{0,5}})\s*[=:]\s*(?:{NUMBER})|(?:{NUMBER})\s+[a-z]+", _I)


def description(bracket: str) -> str | None:
    """Return the words beside a size inside its bracket ("(Sham, n=11)" -> "Sham"), or None."""
    inner = _SIZE_IN_BRACKET.sub(" ", bracket.strip("()[] "))
    for chunk in re.split(r"[,;—–]|\s-\s", inner):
        desc = clean_label(" ".join(chunk.strip(" '\"").split()))
        if desc and desc[0].isalpha() and 1 <= len(desc.split()) <= 6 and not _NOT_DESCRIPTION.search(chunk):
            return desc
    return None


def with_description(label: str | None, bracket: str) -> str | None:
    """Return a label with the group's description written beside its size: "Group I (n = 30, laser group)" -> "Group I (laser)"."""
    if label is None:
        return None
    desc = description(bracket)
    return f"{label} ({desc})" if desc and desc.lower() != label.lower() else label


_NOT_DESCRIPTION = re.compile(r"\d|\b(?:age|aged|mean|median|years?|sd)\b|±|%", _I)


def arm_kind(sentence: str) -> str:
    """Return the kind of count a sentence's group sizes are: randomized, analyzed or stated."""
    if _ANALYZED_WORDS.search(sentence) and not _RANDOMIZED_WORDS.search(sentence):
        return "analyzed"
    if _RANDOMIZED_WORDS.search(sentence):
        return "randomized"
    return "stated"


def _respectively(s: Sentence) -> ArmSet | None:
    text = s.text
    low = text.lower()
    r = low.find("respectively")
    if r < 0:
        return None
    best = None
    head = text[:r]
    for m in finditer_at(RESPECTIVELY_NUMS, head, number_starts(head, mid_number=True)):
        if re.search(r"[.·]\d*$", text[max(0, m.start() - 12):m.start()]) or re.match(r"^\s*(?:%|mg|years?|months?|weeks?|days?|hours?|kg|ml|mm|cm|points?|\.\d)", text[m.end():]):  # noqa: E501
            continue
        if re.search(r"(?:±|\+/-|=|<|>|\bp\s*)\s*$", text[max(0, m.start() - 8):m.start()], _I):
            continue
        best = m
    if best is None:
        return None
    nums = [parse_count(x) for x in re.findall(NUMBER, re.sub(r"\([^()]*\)", " ", best.group("nums")), _I)]
    if any(n is None for n in nums) or len(nums) < 2:
        return None
    # Labels: a list of the same length after the numbers ("... in the A and B groups") or before them ("A and B groups had 39 and 15").
    after = text[best.end():r]
    before = text[:best.start()]
    later = re.match(r"^[,\s]*(?:(?:were|was)\s+)?(?:[\w-]+\s+){0,3}?(?:in|to|into|with|for|on)\s+(?:the\s+)?(?P<list>[^.;()]{2,160})", text[r + len("respectively"):], _I)  # noqa: E501
    # "randomized between Regimens I and II (31 and 36 evaluable patients, respectively)": the list just before the bracket.
    bracketed = re.search(r"^(?P<list>.*?)\s*[(\[]\s*$", before)
    labels = (_label_list(after, len(nums)) or _label_list(before, len(nums), from_end=True)
              or (_label_list("in " + later.group("list"), len(nums)) if later else None)
              or (_label_list(bracketed.group("list"), len(nums)) if bracketed else None))
    if not labels:
        return None
    return ArmSet(tuple(zip(labels, nums, strict=True)), arm_kind(text), s, s.start + best.start(), s.start + r, "respectively")  # type: ignore[arg-type]


_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|versus|vs\.?)\s+", _I)


def _label_list(text: str, k: int, from_end: bool = False) -> list[str] | None:
    """Return ``k`` labels written as a list ("the A, B and C groups") in ``text``, else None."""
    chunk = re.sub(r"\s+(?:groups?|arms?|cohorts?|conditions?)\b.*$", "", text, flags=_I) if not from_end else text
    if from_end:
        m = re.search(r"([^.;:()]*?)\s+(?:groups?|arms?|cohorts?)\b[^.;:()]{0,60}$", chunk, _I)
        if not m:
            return None
        chunk = m.group(1)
    else:
        m = re.search(r"(?:\b(?:in|to|into|from|received|receiving|for|of|with|the|between)\s+)+(?:the\s+|each\s+)?([^.;()]{1,160})$", chunk, _I)
        if m:
            chunk = m.group(1)
    items = [x for x in _LIST_SPLIT.split(chunk.strip(" ,")) if x.strip()]
    if len(items) < k:
        return None
    items = items[-k:] if not from_end else items[-k:]
    labels = [clean_label(x) for x in items]
    if all(labels):
        return _shared_head(labels)  # type: ignore[arg-type]
    return None


_LIST_ID = r"(?:[A-Z]|[IVX]{1,4}|\d{1,2})"
_HEAD_AND_ID = re.compile(rf"^(?P<head>[A-Za-z][\w-]*?)s?\s+{_LIST_ID}$")


def _shared_head(labels: list[str]) -> list[str]:
    """Return a list's labels with the head its first item names given to the bare ids after it: "Regimens I and II" ->
    "Regimen I", "Regimen II"; other lists unchanged."""
    m = _HEAD_AND_ID.match(labels[0])
    if m is None or not all(re.fullmatch(_LIST_ID, x) for x in labels[1:]):
        return labels
    head = m.group("head")
    return [f"{head} {x.split()[-1]}" for x in labels]


def _n_paren(s: Sentence) -> ArmSet | None:
    text = s.text
    out: list[tuple[str, int]] = []
    prev_end = 0
    first = last = None
    found = list(N_PAREN.finditer(text))
    for cut in (True, False):
        # Labels cut to their head unless that makes two groups alike ("ALVAC before ..." / "ALVAC with tetanus ...").
        out, prev_end, first = [], 0, None
        for m in found:
            label_text = text[prev_end:m.start()]
            prev_end = m.end()
            if _SEX_BREAKDOWN.search(m.group(0)):
                continue  # "(125 women, 119 men; ...)": who the people are, not a group
            # No group named before the bracket: the bracket's own description names it ("..., or (Sham, n=11)").
            label = with_description(clean_label(label_text, cut), m.group(0)) or description(m.group(0))
            if label is None and out and (dose := _DOSE_ONLY.match(label_text)):
                # "imatinib 800 mg (n = 319) or 400 mg (n = 157)": the other dose of the drug named before.
                head = _DOSE_START.split(out[-1][0], maxsplit=1)[0].strip()
                label = f"{head} {dose.group('dose')}".strip()
            n = parse_count(m.group("num") or m.group("num2") or "")
            if label and n is not None:
                out.append((label, n))
                first = m.start() if first is None else first
                last = m.end()
        if len({lab.lower() for lab, _ in out}) == len(out):
            break
    else:
        out = _group_ids(text, found) or out
    if len(out) < 2:
        out, prev_end, first = [], 0, None
        for m in N_BARE.finditer(text):
            label = clean_label(text[prev_end:m.start()])
            n = parse_count(m.group("num"))
            prev_end = m.end()
            if label and n is not None:
                out.append((label, n))
                first = m.start() if first is None else first
                last = m.end()
    if len(out) >= 4 and (half := _two_partitions(text, out)) is not None:
        out = half
    if len(out) >= 2 and first is not None and last is not None:
        return ArmSet(tuple(out), arm_kind(text), s, s.start + first, s.start + last, "n=")
    return None


_SEX = r"(?:(?:wo)?men|(?:fe)?males?|boys|girls)"
_SEX_BREAKDOWN = re.compile(rf"^[(\[]\s*(?:{NUMBER})\s+{_SEX}\b[^()\[\]]*?\b(?:{NUMBER})\s+{_SEX}\b", _I)
_DOSE_UNIT = r"(?:mg|µg|μg|mcg|g|ml|mL|IU|U|units?|mg/kg|µg/kg|μg/kg|mg/m2|mg/day|mg/d)"
_DRUG_COMMA_DOSE = re.compile(rf"([A-Za-z][\w-]+),\s*(?=\d+(?:[.,]\d+)?\s*{_DOSE_UNIT}\b[^,;()]*,?\s*$)")
_DOSE_ONLY = re.compile(rf"^\s*(?:,|;)?\s*(?:(?:or|and|to)\s+)?(?:the\s+)?(?P<dose>\d+(?:[.,]\d+)?\s*{_DOSE_UNIT}(?:/\w+)?)\s*$")
_DOSE_START = re.compile(rf"\s\d+(?:[.,]\d+)?\s*{_DOSE_UNIT}\b")


def _two_partitions(text: str, arms: list[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """Return the allocated half of sizes that split the same people twice ("new onset (n = 31) or old onset (n = 14)
    ... stratified to receive esmolol (n = 21) or verapamil (n = 24)"): the half written after the allocation."""
    total = sum(n for _, n in arms)
    if total % 2:
        return None
    run = 0
    for i, (_, n) in enumerate(arms[:-2], start=1):
        run += n
        if run == total // 2 and i >= 2:
            return arms[i:]
    return None


_GROUP_ID = re.compile(rf"\b(?:group|arm)\s+(?:{_LIST_ID})\b", _I)


def _group_ids(text: str, found: list[re.Match[str]]) -> list[tuple[str, int]] | None:
    """Return "group 1", "group 2", ... as the labels of sizes whose descriptions read alike ("group 1 received valsartan
    160 mg (n = 22); group 2 received valsartan 80 mg plus benazepril 5 or 10 mg (n = 42); ..."), or None."""
    out, prev_end = [], 0
    for m in found:
        gid = _GROUP_ID.search(text, prev_end, m.start())
        n = parse_count(m.group("num") or m.group("num2") or "")
        prev_end = m.end()
        if gid is None or n is None:
            return None
        out.append((" ".join(gid.group(0).split()), n))
    return out if len({lab.lower() for lab, _ in out}) == len(out) else None


_BARE_SIZE = re.compile(r"[(\[]\s*(?P<num>\d{1,6})\s*[)\]]")
_ALLOCATED = re.compile(RANDOMIZED_VERB, _I)


def _bare_paren(s: Sentence) -> ArmSet | None:
    """Return "105 families were randomly allocated either to the early (53) or to the late (52) intervention group": bare
    sizes in brackets after each group of an allocation sentence, taken only when they add up to a count the sentence states."""
    text = s.text
    found = list(_BARE_SIZE.finditer(text))
    if len(found) < 2 or not _ALLOCATED.search(text):
        return None
    out: list[tuple[str, int]] = []
    prev_end = 0
    for m in found:
        label = clean_label(text[prev_end:m.start()])
        prev_end = m.end()
        if label is None or _SYMBOL_BEFORE.search(text[max(0, m.start() - 6):m.start()]):
            return None
        out.append((label, int(m.group("num"))))
    outside = _BARE_SIZE.sub(" ", text)
    stated = {parse_count(x.group(0)) for x in re.finditer(NUMBER, outside, _I)}
    if sum(n for _, n in out) not in stated:
        return None
    return ArmSet(tuple(out), arm_kind(text), s, s.start + found[0].start(), s.start + found[-1].end(), "bare-paren")


_GROUP_AFTER = re.compile(r"\s+(?:group|arm)s?\b", _I)


def _sized(
    s: Sentence, matches: Iterable[re.Match[str]], form: str, kind: str | None = None, label_as_written: bool = False,
    boundary: re.Pattern[str] = _LABEL_BOUNDARY,
) -> ArmSet | None:
    """Return the set of (label, n) that the matches of one pattern give, when they name two groups or more.

    Each match has groups ``num`` and ``label``; a size right after a symbol or before a % is a measurement.
    """
    out: list[tuple[str, int]] = []
    first = last = None
    for m in matches:
        if _SYMBOL_BEFORE.search(s.text[max(0, m.start() - 6):m.start()]) or s.text[m.end("num"):].lstrip()[:1] == "%":
            continue
        if _dated(s.text, m.start("num")):
            continue  # "From March 2010 to February 2014": a date
        n = parse_count(m.group("num"))
        # "81 patients in the study group": the word "group" after the label makes "study" a group's name, not a unit.
        grouped = " group" if _GROUP_AFTER.match(s.text, m.end("label")) and len(m.group("label").split()) <= 3 and not re.search(
            r"\d", m.group("label")) else ""
        label = " ".join(m.group("label").split()) if label_as_written else clean_label(m.group("label") + grouped, boundary=boundary)
        if n is not None and label:
            out.append((label, n))
            first = m.start() if first is None else first
            last = m.end()
    if len(out) >= 2 and first is not None and last is not None:
        return ArmSet(tuple(out), kind or arm_kind(s.text), s, s.start + first, s.start + last, form)
    return None


#: One clause per group, each opening with its size: "14 patients received ASA 500 mg ..., 11 patients placebo ...";
#: "189 of these were randomized to discontinue statins, and 192 were randomized to continue therapy".
_COUNT_CLAUSE = re.compile(
    rf"^\s*(?:(?:and|while|whereas|but)\s+)?(?P<num>{NUMBER})\s+(?:of\s+(?:these|them|those)\s+)?(?P<people>(?:[\w-]+\s+)?{_PEOPLE}\s+)?"
    rf"(?:(?:were|was)\s+(?:then\s+)?)?(?P<verb>(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\s+(?:to\s+(?:receive\s+|undergo\s+)?|into\s+)"
    rf"|received|underwent|(?:treated|managed)\s+(?:[\w()]+\s+){{0,3}}?with|given|got|took|in\s+(?:the\s+)?|(?P<untreated>not\s+(?:treated|given\s+\w+)\b))?"
    rf"\s*(?P<label>[A-Za-z][^;]*)?$",
    _I,
)
#: "40 patients with major depression and 40 patients with bipolar disorder": who they are (strata), not what they received.
_DESCRIBES_PEOPLE = re.compile(
    r"(?:with|without|who|aged|from|of|in|at|having|suffering|undergoing|scheduled|admitted|diagnosed|are|were|was|had|have|has|showed|took part|"
    r"participated|reported|developed|experienced|did|could|would|\w+ed)\b", _I)  # or what they did: "3400 patients completed the questionnaire"
_ARM_WORD = re.compile(r"(?:intervention|control|placebo|sham|usual care|treatment|experimental|active|waitlist|wait-list)\b(?!\s+(?:of|with|for)\b)", _I)
_ASIDE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_CLAUSE_SPLIT = re.compile(r"\s*[;:]\s*|,\s*(?=(?:(?:and|while|whereas|but)\s+)?\d)|\s+(?:and|while|whereas|but)\s+(?=\d)", _I)


def _clauses(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of the clauses of ``text`` split where a new count may open one, never inside a bracket."""
    out, start, depth, seen = [], 0, 0, 0
    for m in _CLAUSE_SPLIT.finditer(text):
        between = text[seen:m.start()]
        depth += between.count("(") + between.count("[") - between.count(")") - between.count("]")
        seen = m.start()
        if depth > 0:
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _count_clauses(s: Sentence) -> ArmSet | None:
    """Return the sizes of consecutive clauses that each open with one group's size and say what it received."""
    text = s.text
    run: list[tuple[str, int, int, int]] = []
    best: list[tuple[str, int, int, int]] = []
    for start, pos in _clauses(text):
        part = text[start:pos]
        m = _COUNT_CLAUSE.match(part)
        label = None
        if m and m.group("untreated"):
            label = "no treatment"  # "48 were not treated and were used as a control group"
        elif m and m.group("label") and (m.group("verb") or (m.group("people") and not _DESCRIBES_PEOPLE.match(m.group("label")))
                                         or _ARM_WORD.match(m.group("label"))) and not re.match(r"\s*%", part[m.end("num"):]):
            # "included: 358 intervention (baseline response rate 33.7%, ...) and 256 control (...)": an arm's word alone names it.
            named = m.group("label") if m.group("verb") or m.group("people") else _ASIDE.sub("", m.group("label"))
            label = clean_label(re.split(r"\s+(?:for|at|during|over|until|from|daily|once|twice)\b", named, maxsplit=1)[0])
        n = parse_count(m.group("num")) if m else None
        if label and n is not None and not NOT_A_LABEL.match(label):
            run.append((label, n, start, pos))
            continue
        best = run if len(run) > len(best) else best
        run = []
    best = run if len(run) > len(best) else best
    if len(best) < 2:
        return None
    return ArmSet(tuple((lab, n) for lab, n, _, _ in best), arm_kind(text), s, s.start + best[0][2], s.start + best[-1][3], "count-clauses")


#: "CLO was given orally to 12 patients ...; GHB (...) was administered intravenously to 14 patients"
GIVEN_TO = re.compile(
    rf"(?:^|[;,.]\s*(?:(?:and|while|whereas|but)\s+)?)(?P<label>[A-Za-z][\w/+-]*(?:\s+[\w/+-]+){{0,3}}?)(?:\s*\((?:[^()]|\([^()]*\))*\))?\s+(?:was|were)\s+"
    rf"(?:given|administered|applied|used|prescribed)\s+(?:[a-z]+\s+){{0,2}}?to\s+(?P<num>{NUMBER})\s+{_PEOPLE}",
    _I,
)


def _given_to(s: Sentence) -> ArmSet | None:
    return _sized(s, GIVEN_TO.finditer(s.text), "given-to")


def _group_then_n(s: Sentence) -> ArmSet | None:
    return _sized(s, GROUP_THEN_N.finditer(s.text), "group-then-n", label_as_written=True)


def _of_the_group(s: Sentence) -> ArmSet | None:
    found = sorted([*finditer_at_numbers(OF_THE_GROUP, s.text), *finditer_at_numbers(DENOMINATOR_LABEL_NOUN, s.text)], key=lambda m: m.start())
    return _sized(s, found, "of-the-group", kind="analyzed")


def _mixed_singles(s: Sentence) -> ArmSet | None:
    """One group sized by one form and another by another ("100 ... were assigned to the control group; the study group consisted of 100")."""
    hits = []
    for matches in (finditer_at_numbers(N_IN_GROUP, s.text), GROUP_COMPRISED.finditer(s.text)):
        for m in matches:
            n, label = parse_count(m.group("num")), clean_label(m.group("label"))
            if n is not None and label and not _SYMBOL_BEFORE.search(s.text[max(0, m.start() - 6):m.start()]) and not _dated(s.text, m.start("num")):
                hits.append((m.start(), m.end(), label, n))
    hits.sort()
    labels = {h[2].lower() for h in hits}
    if len(hits) != 2 or len(labels) != 2:
        return None
    return ArmSet(tuple((h[2], h[3]) for h in hits), arm_kind(s.text), s, s.start + hits[0][0], s.start + hits[-1][1], "mixed")


def _group_comprised(s: Sentence) -> ArmSet | None:
    return _sized(s, GROUP_COMPRISED.finditer(s.text), "group-comprised")


def _received_pair(s: Sentence) -> ArmSet | None:
    m = next(finditer_at_numbers(RECEIVED_PAIR, s.text), None)
    if not m:
        return None
    n1, n2 = parse_count(m.group("n1")), parse_count(m.group("n2"))
    l1, l2 = clean_label(m.group("l1").split(",")[0]), clean_label(m.group("l2").split(",")[0])
    if n1 is None or n2 is None or not l1 or not l2:
        return None
    return ArmSet(((l1, n1), (l2, n2)), arm_kind(s.text), s, s.start + m.start(), s.start + m.end(), "received")


def _denominators(s: Sentence) -> ArmSet | None:
    return _sized(s, finditer_at_numbers(DENOMINATOR_GROUP, s.text), "denominators", kind="analyzed") or _sized(
        s, DENOMINATOR_AFTER_GROUP.finditer(s.text), "denominators", kind="analyzed")


def _n_for(s: Sentence) -> ArmSet | None:
    return _sized(s, N_FOR.finditer(s.text), "n-for")


def single_n_paren(s: Sentence) -> tuple[str, int, int, int] | None:
    """Return the one group a sentence sizes ("Group I (n = 30) received laser therapy"): label, n, offsets."""
    if "(" not in s.text and "[" not in s.text:
        return None
    found = list(N_PAREN.finditer(s.text))
    if len(found) != 1:
        return None
    m = found[0]
    label = with_description(clean_label(s.text[:m.start()][-80:]), m.group(0))
    n = parse_count(m.group("num") or m.group("num2") or "")
    if label is None or n is None:
        return None
    return label, n, s.start + m.start(), s.start + m.end()


#: "Twenty-two patients with MDD received Ketamine and Propofol ... compared with 20 patients as the control group who
#: received Propofol".
_COMPARED_COUNTS = re.compile(
    rf"(?P<n1>{NUMBER})\s+{_PEOPLE}\b(?P<mid>[^.;]{{0,120}}?)\b(?:compared (?:with|to)|versus|vs\.?)\s+(?P<n2>{NUMBER})\s+{_PEOPLE}\b"
    r"(?P<after>[^.;]{0,100})",
    _I,
)

_AS_GROUP = re.compile(r"^\s*(?:as|in|forming)\s+(?:the|a)\s+(?P<g>[\w-]+)\s+group\b", _I)
_RECEIVED_IN = re.compile(r"\b(?:received|receiving|were given|given|treated with|underwent)\s+(?P<t>[^,;.()]{2,80})", _I)


def _compared_counts(s: Sentence) -> ArmSet | None:
    """Return the two groups of "N patients ... received X compared with M patients (as the control group) who received Y"."""
    m = _COMPARED_COUNTS.search(s.text)
    if m is None:
        return None
    n1, n2 = parse_count(m.group("n1")), parse_count(m.group("n2"))
    first, second = _RECEIVED_IN.search(m.group("mid")), _RECEIVED_IN.search(m.group("after"))
    if n1 is None or n2 is None or first is None or second is None:
        return None
    l1, l2 = (clean_label(_TREATMENT_END.split(x.group("t"), maxsplit=1)[0]) for x in (first, second))
    group = _AS_GROUP.match(m.group("after"))
    if group is not None and l2:
        l2 = f"{group.group('g')} ({l2})"
    if not l1 or not l2:
        return None
    return ArmSet(((l1, n1), (l2, n2)), arm_kind(s.text), s, s.start + m.start(), s.start + m.end(), "compared")


def _in_group(s: Sentence) -> ArmSet | None:
    return _sized(s, finditer_at_numbers(N_IN_GROUP, s.text), "in-group", boundary=_NAMED_LABEL_BOUNDARY)


def _paren_list(s: Sentence) -> ArmSet | None:
    m = _PAREN_LIST.search(s.text)
    if not m:
        return None
    items = []
    for it in _PAREN_ITEM.finditer(m.group("items")):
        label, n = clean_label(it.group("label")), parse_count(it.group("num"))
        if not label or n is None or re.match(r"^(?:%|years?|months?|mg)", it.group("label"), _I):
            return None
        items.append((label, n))
    if len(items) < 2:
        return None
    return ArmSet(tuple(items), arm_kind(s.text), s, s.start + m.start(), s.start + m.end(), "paren-list")


def _paren_pairs(s: Sentence) -> ArmSet | None:
    m = _PAREN_PAIRS.search(s.text)
    item = _PAIR_ITEM
    if not m:
        m, item = _PAREN_N_LABELS.search(s.text), _N_LABEL_ITEM
    if not m:
        return None
    items = []
    for it in item.finditer(m.group("items")):
        label, n = clean_label(it.group("label")), parse_count(it.group("num"))
        if not label or n is None:
            return None
        items.append((label, n))
    if len(items) < 2:
        return None
    return ArmSet(tuple(items), arm_kind(s.text), s, s.start + m.start(), s.start + m.end(), "paren-pairs")


_ORDINAL = re.compile(r"^(?:the\s+)?(?:first|second|third|fourth|other|former|latter)$", _I)
_TREATMENT_AFTER = re.compile(
    r"^\s*(?:[)\]]\s*)?,?\s*(?:who\s+)?(?:received|receiving|were given|given|treated with|underwent|undergoing)\s+(?P<t>[^,;.()]{2,80})"
    r"|^\s*[;,]\s*(?:with|receiving|given)\s+(?P<t2>[^,;.()]{2,80})",  # "group A (n = 41; with single dose of artificial tear, ..."
    _I,
)


def _named(a: ArmSet) -> ArmSet:
    """Return the set with ordinal labels ("the first group (n = 49) received ketoconazole") named by their treatment,
    and without a member that is the others' sum (the total written among them)."""
    arms = list(a.arms)
    if len(arms) >= 3:
        for i, (_, n) in enumerate(arms):
            if n == sum(x for j, (_, x) in enumerate(arms) if j != i):
                arms.pop(i)
                break
    named, offset = [], a.start - a.sentence.start
    for label, n in arms:
        named.append((treatment_named(label, n, a.sentence, offset), n))
        # Equal sizes ("the control group (n = 15) received X and the study group (n = 15) received Y"): each its own.
        at = a.sentence.text.find(str(n), max(0, offset))
        offset = at + len(str(n)) if at >= 0 else offset
    return ArmSet(tuple(named), a.kind, a.sentence, a.start, a.end, a.form)


#: Where the name of what a group received ends: "drug A while group II ...", "Propofol in a double-blind trial".
_TREATMENT_END = re.compile(
    r"\s+(?:in|at|for|during|as|from|on|before|after|while|whereas|compared|versus|vs\.?)\s+|\s+(?:and|or)\s+(?=(?:the\s+)?(?:[\w-]+\s+)?(?:group|arm|\d|patients))",
    _I,
)


#: Labels that name a group's role or letter, not what it received: "experimental", "control", "group A", "II".
_ROLES = r"experimental|intervention|treatment|treated|study|active|control|comparison"
_GENERIC_LABEL = re.compile(rf"^(?:the\s+)?(?:{_ROLES}|test|(?:group\s+)?(?:[A-Z]|[IVX]{{1,4}}|\d{{1,2}}))(?:\s+(?:group|arm))?$", _I)


def treatment_named(label: str, n: int, s: Sentence, offset: int = 0) -> str:
    """Return the label of a group sized ``n`` in ``s``, named by what it received when the label says only its role or
    letter: "the first group (n = 49) received ketoconazole" -> "ketoconazole"; "The control group (n=9) received a home
    program" -> "control (home program)"; any other label as it is."""
    ordinal = bool(_ORDINAL.match(label))
    if not ordinal and not _GENERIC_LABEL.match(label):
        return label
    text = s.text
    at = text.find(str(n), max(0, offset))
    m = _TREATMENT_AFTER.match(text[at + len(str(n)):]) if at >= 0 else None
    t = clean_label(_TREATMENT_END.split(m.group("t") or m.group("t2"), maxsplit=1)[0]) if m else None
    if not t or t.lower() == label.lower():
        return label
    return t if ordinal else f"{label} ({t})"


_SYMBOL_BEFORE = re.compile(r"(?:%|±|=|<|>|/)\s*$")
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*$", _I)


def _dated(text: str, at: int) -> bool:
    """Return whether the number at ``at`` is a year after a month ("March 2010"), not a size."""
    return bool(_MONTH_BEFORE.search(text[max(0, at - 12):at]))
_DIGIT_RUN = re.compile(r"\d+")
_WORD_NUMBER_RE = re.compile(rf"\b(?i:{WORD_NUMBER})\b")


def find_arm_sets(s: Sentence) -> list[ArmSet]:
    """Return the group-size sets one sentence states, in order of preference."""
    text = s.text
    # Two sizes at least: most sentences have fewer numbers and need none of the patterns below.
    if len(_DIGIT_RUN.findall(text)) + (len(_WORD_NUMBER_RE.findall(text)) if has_number_word(text) else 0) < 2:
        return []
    low = text.lower()
    out = []
    if "respectively" in low:
        rs = _respectively(s)
        if rs:
            out.append(rs)
    if "=" in text or "(" in text or "[" in text:
        for finder in (_n_paren, _n_for, _paren_list, _paren_pairs, _bare_paren):
            found = finder(s)
            if found:
                out.append(found)
    grouped = "group" in low or "arm" in low
    for finder, gate in (
        (_in_group, True), (_group_then_n, grouped), (_group_comprised, grouped), (_received_pair, " and " in low),
        (_denominators, "/" in text or " of " in low), (_of_the_group, " of " in low or "/" in text),
        (_compared_counts, "compared" in low or " vs" in low or "versus" in low),
        (_count_clauses, True), (_given_to, " to " in low),
    ):
        found = finder(s) if gate else None
        if found:
            out.append(found)
    if not out and grouped:
        mixed = _mixed_singles(s)
        out = [mixed] if mixed else []
    out = [_named(a) for a in out]
    return [a for a in out if len(a.arms) >= 2 and not any(_subgroup(lab, a.kind) for lab, _ in a.arms)
            and len({lab.lower() for lab, _ in a.arms}) == len(a.arms) and not _BREAKDOWN.search(text, a.start - s.start, a.end - s.start)
            and not (a.form in _EVENT_FORMS and EVENT_AFTER_SIZES.match(text, a.end - s.start))]


#: What happened to the people just counted: "... and 15 patients in group LE developed hypertension", "... were classified as
#: responders". Sizes written before their nouns and followed by this are counts of events, not groups.
EVENT_AFTER_SIZES = re.compile(
    r"[^.;:()]{0,60}?(?<!who )(?<!that )(?<!which )\b(?:developed|experienced|died|responded|suffered|showed|achieved|required|needed|relapsed|"
    r"(?:were|was)\s+(?:classified|considered|rated|judged)\s+as|(?:were|was)\s+(?:diagnosed|cured|positive|negative|lost|withdrawn|excluded)\b)",
    _I,
)
_EVENT_FORMS = frozenset(("in-group", "count-clauses", "mixed"))
#: Sizes one of which is a part of another: "1,066 men with prostate cancer (including 496 with aggressive disease)".
_BREAKDOWN = re.compile(r"\b(?:including|of whom|of these|among them|among whom)\s+(?:\w+\s+)?\d", _I)


def _subgroup(label: str, kind: str) -> bool:
    """Return whether a label names a subgroup (men, responders, cases of a case-control comparison), not an arm.

    A "case" group that was randomised against a control group is an arm ("randomly assigned to either a case (n=30) or
    control (n=30) group")."""
    m = SUBGROUP_LABEL.search(label)
    return m is not None and not (kind == "randomized" and m.group(0).lower() == "case" and len(label.split()) <= 2)


@dataclass(frozen=True)
class EqualGroups:
    """"Two groups of 35", "140 in each group": every group has ``n``; ``k`` groups when written."""

    n: int
    k: int | None
    sentence: Sentence
    start: int
    end: int


def find_equal_groups(s: Sentence) -> EqualGroups | None:
    """Return the equal group size one sentence states, or None."""
    if "each" not in s.text.lower() and "per " not in s.text.lower() and "groups of" not in s.text.lower() and "arms of" not in s.text.lower():
        return None
    for m in EACH.finditer(s.text):
        raw = next(g for g in (m.group(f"n{i}") for i in range(1, 7)) if g)
        n = parse_count(raw)
        k_raw = m.group("k")
        k = parse_count(k_raw) if k_raw else None
        if n is not None and n > 1:
            return EqualGroups(n, k, s, s.start + m.start(), s.start + m.end())
    return None


_DESIGN_LIST = re.compile(
    rf"\b(?:randomi[sz]ed{NOT_DESIGN_ADJECTIVE}|randomly\s+(?:assigned|allocated|divided)|assigned|allocated|divided|distributed|stratified)\b[^.;]{{0,40}}?"
    r"\b(?:to|into|between)\s+(?:receive\s+|one\s+of\s+|either\s+|the\s+|two\s+|three\s+|four\s+|[2-9]\s+|equal(?:ly sized|-sized)?\s+|"
    r"(?:treatment\s+)?groups?(?:\s*[:,-]|,?\s+and\s+received\b)?\s*)*"
    r"(?P<list>[^.;]{3,240})",
    _I,
)


def design_labels(sents: Sequence[Sentence]) -> list[str]:
    """Return the groups a design sentence names ("randomized to X or Y"), or [] when none does."""
    for s in sents:
        m = _DESIGN_LIST.search(s.text)
        if not m:
            continue
        listed = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", m.group("list"))
        chunk = re.split(r"\s+(?:for|during|over|at|with a|until|after|before|on|daily|once|twice|three times|every)\s+|\s*\(", listed, maxsplit=1)[0]
        items = [x for x in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:or|versus|vs\.?|and)\s+", chunk) if x.strip()]
        labels = [lab for lab in (clean_label(x) for x in items) if lab]
        if 2 <= len(labels) <= 5:
            return labels
    return []


_LABEL_WORD = re.compile(r"[a-z0-9]{3,}")
_NOT_NAMING = frozenset(("group", "groups", "arm", "arms", "the", "and", "with", "patients", "participants", "subjects", "who", "received"))


def label_words(label: str) -> set[str]:
    """Return the words of a group label that name what the group is (not "group", "patients", "the")."""
    return {w.rstrip("s") for w in _LABEL_WORD.findall(label.lower()) if w not in _NOT_NAMING}


_ROLE_LABEL = re.compile(rf"^(?:the\s+)?(?P<role>{_ROLES})(?:\s+(?:group|arm))?$", _I)
_CONTROL_LIKE = re.compile(r"\b(?:placebo|sham|usual|standard|control|routine|conventional|no\s+\w+|wait(?:ing)?[- ]?list|nothing|vehicle)\b", _I)


def named_by_design(arms: Sequence[tuple[str, int]], labels: Sequence[str]) -> list[tuple[str, int]]:
    """Return two groups labelled only by their role ("intervention", "control") named by what the design sentence says
    each received: "randomized to a Web-based decision tool or care as usual" -> "intervention (Web-based decision tool)",
    "control (care as usual)". The groups as they are when the roles or the design's groups do not pair one to one."""
    roles = [_ROLE_LABEL.match(lab) for lab, _ in arms]
    if len(arms) != 2 or len(labels) != 2 or not all(roles):
        return list(arms)
    is_control = [m.group("role").lower() in ("control", "comparison") for m in roles if m]
    like = [bool(_CONTROL_LIKE.search(x)) for x in labels]
    if sorted(is_control) != [False, True] or sorted(like) != [False, True]:
        return list(arms)
    named = [labels[like.index(ctl)] for ctl in is_control]
    # A design that names a group by its role too ("Experimental" / "Control") says nothing more of it.
    return [(lab if _ROLE_LABEL.match(name) else f"{lab} ({name})", n) for (lab, n), name in zip(arms, named, strict=True)]


def clashes_with_design(arms: Sequence[tuple[str, int]], labels: Sequence[str]) -> bool:
    """True when a set of group sizes cannot be the groups a design sentence names: another number of groups, none of
    whose labels shares a word with a named group ("Sites of treatment included spine (n = 27), pelvis (n = 25) ..."
    after "randomized to 8 Gy in a single fraction or 30 Gy in 10 fractions")."""
    if len(labels) < 2 or len(arms) == len(labels):
        return False
    named = set().union(*(label_words(x) for x in labels))
    return not any(label_words(lab) & named for lab, _ in arms)


_GROUP_NAME = re.compile(r"\b(?:[Gg]roup|GROUP|[Aa]rm)\s+([A-Z]{1,3}|[IVX]{1,4}|[1-9])\b(?!\s*[-–]\s*\d)")


def group_names(sents: Sequence[Sentence]) -> list[str]:
    """Return the groups an abstract names by letter or number ("Group S", "group II", "arm 1"), in order of first mention."""
    seen: dict[str, str] = {}
    for s in sents:
        if "roup" in s.text or "ROUP" in s.text or "rm " in s.text:
            for m in _GROUP_NAME.finditer(s.text):
                seen.setdefault(m.group(1), f"Group {m.group(1)}" if m.group(0)[0] in "Gg" else f"Arm {m.group(1)}")
    return list(seen.values())
