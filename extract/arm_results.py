"""Per-arm results an abstract states, tied to the arm, the outcome and the time point: event counts ("9/26",
"12 of 40 (30%)", "Six out of 200", "5 (8%)", or percentages of known denominators), means with SDs ("5.2 ± 1.1",
"6.2 +/- 3.1", "6.2 (SD 3.1)") and medians with IQRs ("4 (IQR 2-7)", "median (IQR) 4 (2-7)").

Only what can be tied to an arm without guessing is kept: a count's denominator must be an arm's size (or the
number analysed in it); otherwise two values must be written as a pair ("X vs. Y", "X in A and Y in B") in a
sentence that names both arms, and they follow the order it names them in. A percentage becomes a count only when
the count reproduces it, out of the number analysed at that time point when the abstract states it ("available
from 1043 and 1087 women, respectively"), else out of the arm's size. Values at baseline are never results;
values with SE, CI or an unlabelled range are not SDs or IQRs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from trialdb.extract.facts import Arm, ArmResult
from trialdb.extract.numbers import WORD_NUMBER, finditer_at_numbers, parse_count, parse_float
from trialdb.extract.pvalues import outcome_for
from trialdb.extract.sentences import Sentence
from trialdb.extract.timepoints import RESULT_TIMEPOINT, normalise_result_timepoint, result_timepoint

_NUM = r"\d+(?:[.·]\d+)?"
_SIGNED = r"[-−]?\d+(?:[.·]\d+)?"
_DASH = r"\s*(?:-|–|—|to)\s*"
_UNITS = r"(?:\s*(?!(?:vs|versus|and|or|in|for|than|to|with|compared|respectively)\b)[A-Za-zµμ/%][\w/%·.-]*){0,3}?"
COUNT = re.compile(
    rf"(?<![\d.,/·])(?P<x>\d{{1,6}}|(?i:{WORD_NUMBER}))\s*(?:/|of|out of)\s*(?P<n>\d{{1,6}})(?![\d.,/·])"
    r"(?:\s*(?:patients|participants|subjects|women|men|children|infants|cases))?"
    rf"(?:\s*\((?P<pct>{_NUM})\s*%\))?",
    re.I,
)
#: "23 (11.5%)": a count whose denominator is not written; it must reproduce the percentage of an arm's size.
COUNT_PCT = re.compile(rf"(?<![\d.,/·])(?P<x>\d{{1,6}})\s*\(\s*(?P<pct>{_NUM})\s*%\s*\)")
PCT = re.compile(rf"(?<![\d.,·])(?P<pct>{_NUM})\s*%(?!\s*(?:CI|C\.I\.|confidence|credib|upper|lower|w/))", re.I)
MEAN_SD = re.compile(
    rf"(?<![\w.·])(?P<m>{_SIGNED}){_UNITS}\s*(?:±|\+/-|\+/−|\+-)\s*(?P<sd>{_NUM})"
    rf"|(?<![\w.·])(?P<m2>{_SIGNED}){_UNITS}\s*[(\[]\s*(?:SD|S\.D\.|standard deviation)\s*[:=,]?\s*(?P<sd2>{_NUM})\s*[)\]]",
    re.I,
)
#: "(3.1)" after a mean only when the sentence has said the brackets hold SDs: "mean (SD)", "mean ± SD".
MEAN_BARE_SD = re.compile(rf"(?<![\w.·])(?P<m>{_SIGNED}){_UNITS}\s*[(\[]\s*(?P<sd>{_NUM})\s*[)\]]")
_SD_HEADER = re.compile(r"\bmeans?\s*(?:[(\[]\s*(?:SD|S\.D\.|standard deviation)\s*[)\]]|(?:±|\+/-)\s*SD\b)", re.I)
_IQR_LABEL = r"(?:IQR|inter-?quartile range(?:\s*[(\[]IQR[)\]])?)"
MEDIAN_IQR = re.compile(
    rf"(?<![\w.·])(?P<med>{_SIGNED}){_UNITS}\s*(?:[(\[][A-Za-z]+[)\]])?\s*[,;]?\s*[(\[]?\s*{_IQR_LABEL}\s*[:=,]?\s*"
    rf"(?P<q1>{_SIGNED}){_DASH}(?P<q3>{_SIGNED})(?:{_UNITS}\s*[)\]])?",
    re.I,
)
#: "4 (2-7)" after "median (IQR)" in the same sentence.
MEDIAN_BARE_IQR = re.compile(rf"(?<![\w.·])(?P<med>{_SIGNED}){_UNITS}\s*[(\[]\s*(?P<q1>{_SIGNED}){_DASH}(?P<q3>{_SIGNED})\s*[)\]]")
_IQR_HEADER = re.compile(rf"\bmedians?\s*[(\[,]?\s*{_IQR_LABEL}\s*[)\]]?", re.I)
#: What every match of MEDIAN_IQR and _IQR_HEADER holds (their _IQR_LABEL, same flags).
_HAS_IQR = re.compile(r"IQR|inter-?quartile range", re.I)
#: What every match of MEAN_SD holds: its "±" or its "(SD" (same flags).
_HAS_SD = re.compile(r"±|\+/-|\+/−|\+-|SD|S\.D\.|standard deviation", re.I)
#: Spreads that are not SDs: a sentence that gives SEs gives no SD with its "±".
_SE = re.compile(r"\b(?:SEM?|S\.E\.(?:M\.)?|standard errors?)\b")
_SD_WORD = re.compile(r"\bSDs?\b|standard deviation")
#: Percentages that are means or changes of a measure, not shares of patients.
_CONTINUOUS = re.compile(r"\b(?:mean|median|average|change|decrease|increase|reduction|improvement)s?\b", re.I)
#: Characteristics of the participants, not outcomes.
_CHARACTERISTIC = re.compile(r"\b(?:age[ds]?|aged|years old|demographic)\b", re.I)
#: Words between the two values of a pair: a comparison ("X vs. Y", "X ... compared with ... Y"), or "and" when an arm
#: is named between them ("3.8% in the PES and 1.2% in the EES group") or both arms before them, with "respectively".
_JOINER = re.compile(r"\b(?:vs|versus|compared|than|while|whereas)\b|\bv\b", re.I)
_AND = re.compile(r"\band\b", re.I)
_MAX_JOIN = 100
_ANALYSED = re.compile(r"\b(?:available|analy[sz]ed|analy[sz]able|evaluable|evaluated|assessed|completed|followed(?: up)?)\b", re.I)
_ANALYSED_PAIR = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,3}(?:,\d{3})+|\d+)\s+and\s+(?P<b>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%])(?:\s+[a-z]+){0,2},?\s+respectively", re.I
)
_GATE = ("/", " of ", "%", "±", "+/-", "SD", "IQR", "nterquartile")
_GENERIC = frozenset(
    "group groups arm arms the and of with plus or in a an to daily once twice treatment treated therapy patients receiving "
    "received alone only continuous infusion condition period standard".split()
)
_LEADING_REFERENCE = re.compile(r"^\s*(?:in\s+)?(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+", re.I)
#: "Experimental Group (EG)": a short name the abstract gives an arm, used for it later ("EG versus CG").
_ACRONYM = r"\s*(?:group|arm)?\s*[(\[](?P<acr>[A-Z][A-Za-z0-9-]{0,7})[)\]]"
#: "group A", "Group II", "arm 2": a label that names its arm by a letter or numeral.
_GROUP_TOKEN = re.compile(r"\b(?:group|arm)\s+(?P<tok>[A-Z]{1,3}|\d{1,2})\b", re.I)

# Where a result's outcome is named: the subject of its clause ("Hot flushes were ..."), the object of the verb after
# its values ("... developed post-ERCP pancreatitis"), or "there was a <outcome> of".
_LEAD_IN = re.compile(
    r"^\s*(?:(?:however|moreover|furthermore|in addition|additionally|similarly|overall|in contrast|thus|also"
    r"|(?:at|after|by|during|within|over|on|in)\s[^,]{1,60}),\s*)+",
    re.I,
)
_COPULA = re.compile(r"^(?:the\s+)?(?P<x>[A-Za-z][^,;]{1,100}?)\s+(?:was|were|is|are)\b", re.I)
_OTHER_VERB = re.compile(
    r"^(?:the\s+)?(?P<x>[A-Za-z][^,;]{1,100}?)\s+(?:occurred|developed|had|has|have|showed|remained|improved|increased|decreased|"
    r"declined|rose|fell|differed)\b",
    re.I,
)
_OBJECT = re.compile(
    r"\b(?:developed|experienced|had|reported|achieved|showed|recorded|suffered)\s+(?:an?\s+|the\s+)?(?P<x>[^,;()\d]{3,80}?)"
    r"(?=\s+(?:compared|than|versus|vs\.?|in\s+the|while|whereas|with|during|at|after)\b|\s*[,;.(]|\s*$)",
    re.I,
)
_THERE_WAS = re.compile(r"\bthere\s+(?:was|were)\s+(?:an?\s+)?(?P<x>[a-z][a-z -]{2,40}?)\s+(?:of|in)\b", re.I)
_ARM_PHRASE = re.compile(r"\s+(?:in|for|with|among|on)\s+(?:the\s+|both\s+|all\s+|each\s+)?[^,;]*?\b(?:groups?|arms?)\b.*$", re.I)
_NOT_OUTCOME = re.compile(
    r"^(?:there|it|this|these|that|those|both|all|no|none|significantly|more|fewer|less|patients|participants|subjects|"
    r"children|women|men|groups?|results?)\b",
    re.I,
)


@dataclass(frozen=True)
class StatedValue:
    """One value stated in a sentence: its kind, where it stands, and its numbers."""

    kind: str  # count | count_pct | pct | mean | median
    start: int
    end: int
    text: str
    events: int | None = None
    total: int | None = None
    pct: float | None = None
    decimals: int = 0  # of the percentage as written: "64.0%" is 64.0, not 64
    mean: float | None = None
    sd: float | None = None
    median: float | None = None
    q1: float | None = None
    q3: float | None = None


def _num(text: str | None) -> float | None:
    return None if text is None else parse_float(text.replace("−", "-"))


def _decimals(written: str) -> int:
    return len(re.split(r"[.·]", written)[1]) if re.search(r"[.·]", written) else 0


def _pct_count(pct: float, n: int, decimals: int) -> int | None:
    """Return the count out of ``n`` that the percentage stands for, if one reproduces it at the precision written."""
    if n <= 0:
        return None
    count = round(pct * n / 100)
    return count if round(100 * count / n, decimals) == round(pct, decimals) else None


def stated_values(text: str) -> list[StatedValue]:
    """Return the values stated in a sentence, in order, none overlapping (the more specific form wins).

    Counts ("9/26", "74 of 697 patients (10.6%)", "Six out of 200", "40 (59%)"), percentages, means with SDs
    ("510+/-129.9 s", "27.2 (SD 3.0)"; none where the sentence gives SEs) and medians with IQRs.
    """
    found: list[StatedValue] = []
    for m in finditer_at_numbers(COUNT, text):
        x, n = parse_count(m.group("x")), int(m.group("n"))
        if x is not None and x <= n:
            found.append(StatedValue("count", m.start(), m.end(), m.group(0), events=x, total=n))
    # Each costly pattern runs only where the words every match of it holds occur (the same flags): most sentences
    # state neither an IQR nor an SD, and a look-behind-first pattern tries every character.
    if _HAS_IQR.search(text):
        for m in MEDIAN_IQR.finditer(text):
            found.append(StatedValue("median", m.start(), m.end(), m.group(0), median=_num(m.group("med")), q1=_num(m.group("q1")), q3=_num(m.group("q3"))))
        header = _IQR_HEADER.search(text)
        if header:
            for m in MEDIAN_BARE_IQR.finditer(text, header.end()):
                found.append(StatedValue("median", m.start(), m.end(), m.group(0), median=_num(m.group("med")), q1=_num(m.group("q1")), q3=_num(m.group("q3"))))
    if _HAS_SD.search(text) and (not _SE.search(text) or _SD_WORD.search(text)):
        for m in MEAN_SD.finditer(text):
            mean, sd = (m.group("m"), m.group("sd")) if m.group("m") is not None else (m.group("m2"), m.group("sd2"))
            found.append(StatedValue("mean", m.start(), m.end(), m.group(0), mean=_num(mean), sd=_num(sd)))
    header = _SD_HEADER.search(text)
    if header:
        for m in MEAN_BARE_SD.finditer(text, header.end()):
            found.append(StatedValue("mean", m.start(), m.end(), m.group(0), mean=_num(m.group("m")), sd=_num(m.group("sd"))))
    if "%" in text:
        for m in COUNT_PCT.finditer(text):
            found.append(StatedValue("count_pct", m.start(), m.end(), m.group(0), events=int(m.group("x")), pct=_num(m.group("pct")),
                                     decimals=_decimals(m.group("pct"))))
        for m in PCT.finditer(text):
            before = text[: m.start()].rstrip()  # "[<>≤≥]\s*$": the last character before it, spaces aside
            if not (before and before[-1] in "<>≤≥"):
                found.append(StatedValue("pct", m.start(), m.end(), m.group(0), pct=_num(m.group("pct")), decimals=_decimals(m.group("pct"))))
    out: list[StatedValue] = []
    for v in sorted(found, key=lambda v: (v.start, -(v.end - v.start))):
        if not out or v.start >= out[-1].end:
            out.append(v)
    return out


def _word_pattern(word: str) -> re.Pattern[str]:
    """Return the pattern of a label word as a sentence names the arm by it (not "placebo-controlled", not "lipid control")."""
    if word == "control":
        return re.compile(
            r"\b(?:the|a|in|with|vs\.?|versus|than|to|and|or|on|of)\s+controls?\b(?![-‐]\w)"
            r"|\bcontrols?\s+(?:group|arm|condition|period|patients|participants|subjects|children|women|men)\b|\bcontrols\b",
            re.I,
        )
    return re.compile(rf"\b{re.escape(word)}(?:s|es)?\b(?![-‐]\w)", re.I)


def arm_names(arms: Sequence[Arm], sents: Sequence[Sentence] = ()) -> dict[str, list[re.Pattern[str]]]:
    """Return, per arm label, the patterns that name the arm in a sentence.

    The words of its label no other arm's label has ("ropivacaine", "placebo"), its letter or numeral ("group A"), and
    a short name the abstract gives it ("Experimental Group (EG)" -> "EG").
    """
    words_of = {a.label: re.findall(r"[A-Za-z][A-Za-z0-9-]+", a.label) for a in arms}
    out: dict[str, list[re.Pattern[str]]] = {}
    for arm in arms:
        others = {w.lower() for a in arms if a is not arm for w in words_of[a.label]}
        pats: list[re.Pattern[str]] = []
        for word in dict.fromkeys(words_of[arm.label]):
            low = word.lower()
            if low in _GENERIC or low in others:
                continue
            if word.isupper() and len(word) >= 2:
                pats.append(re.compile(rf"\b{re.escape(word)}\b"))  # an abbreviation: "EE", "PES"
            elif len(low) >= 3:
                pats.append(_word_pattern(low.rstrip("s") if len(low) > 4 else low))
        for tok in _GROUP_TOKEN.finditer(arm.label):
            t = re.escape(tok.group("tok"))
            pats.append(re.compile(rf"\b(?:[Gg]roup|[Aa]rm)\s+{t}\b|\b{t}\s+(?:group|arm)\b"))
        named = re.compile(re.escape(arm.label) + _ACRONYM, re.I)
        acronyms = {m.group("acr") for s in sents for m in named.finditer(s.text)}
        pats.extend(re.compile(rf"\b{re.escape(a)}\b") for a in sorted(acronyms) if not any(a == b.label for b in arms))
        out[arm.label] = pats
    return out


def named_order(sentence: str, arms: Sequence[Arm], names: dict[str, list[re.Pattern[str]]] | None = None) -> list[Arm] | None:
    """Return the arms in the order the sentence names them, or None unless it names each of them.

    "Compared with placebo, drug X ..." names the reference first: it is put last, after the arm it is compared with.
    """
    names = names or arm_names(arms)
    pos: dict[str, int] = {}
    for arm in arms:
        hits = [m.start() for p in names[arm.label] if (m := p.search(sentence))]
        if not hits:
            return None
        pos[arm.label] = min(hits)
    if len(set(pos.values())) != len(arms):
        return None
    order = sorted(arms, key=lambda a: pos[a.label])
    lead = _LEADING_REFERENCE.match(sentence)
    comma = sentence.find(",")
    if lead and 0 <= pos[order[0].label] < (comma if comma >= 0 else len(sentence)):
        order = order[1:] + order[:1]
    return order


def analysed_sizes(
    sents: Sequence[Sentence], arms: Sequence[Arm], names: dict[str, list[re.Pattern[str]]] | None = None
) -> dict[str | None, dict[str, int]]:
    """Return the numbers analysed per arm the abstract states, by time point: {timepoint or None: {arm label: n}}.

    "Data ... at one year were available from 1043 and 1087 women, respectively": the numbers follow the order the
    sentence names the arms in, else the order the abstract gave them; each is at most its arm's size.
    """
    out: dict[str | None, dict[str, int]] = {}
    if len(arms) != 2:
        return out
    for s in sents:
        if s.section in ("background", "objective", "conclusions") or not _ANALYSED.search(s.text):
            continue
        m = _ANALYSED_PAIR.search(s.text)
        if m is None:
            continue
        order = named_order(s.text, arms, names) or list(arms)
        ns = [parse_count(m.group("a")), parse_count(m.group("b"))]
        if any(n is None or n > arm.n or n == 0 for n, arm in zip(ns, order, strict=True)):
            continue
        tp = None
        for t in RESULT_TIMEPOINT.finditer(s.text):
            tp = normalise_result_timepoint(t)
        out.setdefault(tp, {a.label: n for a, n in zip(order, ns, strict=True) if n is not None})
    return out


def _named(text: str, names: dict[str, list[re.Pattern[str]]]) -> int:
    """Return how many arms ``text`` names."""
    return sum(any(p.search(text) for p in pats) for pats in names.values())


def _joined(text: str, a: StatedValue, b: StatedValue, names: dict[str, list[re.Pattern[str]]]) -> bool:
    """Return whether two values are written as a pair to compare (no other number between them, no list)."""
    between = text[a.end : b.start]
    if len(between) > _MAX_JOIN or re.search(r"\d|;", between):
        return False
    if _JOINER.search(between):
        return True
    return _AND.search(between) is not None and (
        _named(between, names) > 0 or (_named(text[: a.start], names) == len(names) and "respectively" in text[b.end :])
    )


def _pairs(text: str, values: list[StatedValue], names: dict[str, list[re.Pattern[str]]]) -> list[tuple[StatedValue, StatedValue]]:
    """Return the pairs of same-kind values written side by side for comparison, left to right."""
    out: list[tuple[StatedValue, StatedValue]] = []
    i = 0
    while i + 1 < len(values):
        a, b = values[i], values[i + 1]
        gap = text[values[i - 1].end : a.start] if i > 0 else ""
        in_list = i > 0 and values[i - 1].kind == a.kind and not re.search(r"\d|;", gap) and not _JOINER.search(gap) and not _AND.search(gap)
        if a.kind == b.kind and not in_list and _joined(text, a, b, names):
            out.append((a, b))
            i += 2
        else:
            i += 1
    return out


def _from_value(text: str, v: StatedValue, values: list[StatedValue]) -> bool:
    """Return whether ``v`` is the start of a change ("from 526 (368-1683) to 455"): an earlier value, not a result."""
    nxt = next((w for w in values if w.start >= v.end), None)
    if nxt is None or nxt.kind != v.kind:
        return False
    return re.fullmatch(rf"{_UNITS}\s*(?:[(\[][^()\[\]\d]*[)\]])?\s*to\s+", text[v.end : nxt.start]) is not None


def result_outcome(text: str, start: int, end: int) -> str | None:
    """Return the outcome that the values at [start, end) of sentence ``text`` are results of, or None."""
    clause_start = text.rfind(";", 0, start) + 1
    clause = _LEAD_IN.sub("", text[clause_start:start])
    for pattern in (_COPULA, _OTHER_VERB):
        m = pattern.match(clause)
        if m and not _NOT_OUTCOME.match(m.group("x")) and parse_count(m.group("x").split()[0]) is None:
            return _ARM_PHRASE.sub("", m.group("x")).strip() or None
    m = _OBJECT.search(text, start) or _OBJECT.search(clause)
    if m and not _NOT_OUTCOME.match(m.group("x")):
        return _ARM_PHRASE.sub("", m.group("x")).strip() or None
    m = _THERE_WAS.search(clause)
    if m:
        return m.group("x").strip()
    found = outcome_for(text, start, end, 0)
    return found if found and not re.search(r"[\d%(\[\]]", found) and len(found.split()) <= 12 else None


def _excluded(text: str, start: int, kind: str) -> bool:
    """Return whether the clause before a value says it is not an outcome result (an age, a mean percentage)."""
    # Asides in brackets ("(mean age, 57.7 years)") describe a group, not the value that follows them.
    clause = re.sub(r"\([^()]*\)", "", text[text.rfind(";", 0, start) + 1 : start])
    if _CHARACTERISTIC.search(clause):
        return True
    return kind == "pct" and _CONTINUOUS.search(clause) is not None


def _result(v: StatedValue, arm: Arm, total: int | None, outcome: str | None, tp: str | None, sentence: str) -> ArmResult | None:
    """Return the ArmResult of value ``v`` for ``arm`` out of ``total``, or None when a percentage reproduces no count."""
    base = {"outcome": outcome, "arm": arm.label, "timepoint": tp, "text": v.text, "sentence": sentence}
    if v.kind == "count":
        return ArmResult(**base, events=v.events, total=v.total, derived=False)
    if v.kind in ("pct", "count_pct"):
        if total is None or v.pct is None:
            return None
        if v.kind == "count_pct":
            return ArmResult(**base, events=v.events, total=total, derived=False) if _pct_count(v.pct, total, v.decimals) == v.events else None
        count = _pct_count(v.pct, total, v.decimals)
        return None if count is None else ArmResult(**base, events=count, total=total, derived=True)
    if v.kind == "mean":
        return ArmResult(**base, total=total, mean=v.mean, sd=v.sd, derived=False)
    return ArmResult(**base, total=total, median=v.median, q1=v.q1, q3=v.q3, derived=False)


def _sentence_results(
    s: Sentence, arms: Sequence[Arm], analysed: dict[str | None, dict[str, int]], names: dict[str, list[re.Pattern[str]]]
) -> list[ArmResult]:
    """Return the per-arm results stated in one sentence."""
    text = s.text
    values = stated_values(text)
    values = [v for v in values if not _from_value(text, v, values)]
    out: list[ArmResult] = []

    def denominators(tp: str | None) -> dict[str, int]:
        return analysed.get(tp) or analysed.get(None) or {a.label: a.n for a in arms}

    def by_denominator(v: StatedValue, tp: str | None) -> Arm | None:
        sizes = denominators(tp)
        hits = [a for a in arms if v.total in (a.n, sizes.get(a.label))]
        return hits[0] if len(hits) == 1 else None

    paired: set[int] = set()
    order = named_order(text, arms, names) if len(arms) == 2 else None
    for a, b in _pairs(text, values, names):
        tp = result_timepoint(text, a.start, b.end)
        if tp == "baseline" or _excluded(text, a.start, a.kind):
            paired.update((a.start, b.start))
            continue
        tied = [by_denominator(a, tp), by_denominator(b, tp)] if a.kind == "count" else [None, None]
        if None in tied or tied[0] is tied[1]:
            # A count out of more than an arm holds is not that arm's.
            if order is None or any(v.total is not None and v.total > arm.n for v, arm in zip((a, b), order, strict=True)):
                continue
            tied = order
        sizes = denominators(tp)
        outcome = result_outcome(text, a.start, b.end)
        got = [_result(v, arm, sizes.get(arm.label), outcome, tp, text) for v, arm in zip((a, b), tied, strict=True) if arm is not None]
        if len(got) == 2 and all(r is not None for r in got):
            out.extend(r for r in got if r is not None)
            paired.update((a.start, b.start))
    used: set[tuple[str, str | None]] = set()
    for v in values:
        if v.kind != "count" or v.start in paired:
            continue
        tp = result_timepoint(text, v.start, v.end)
        arm = by_denominator(v, tp)
        if tp == "baseline" or arm is None or (arm.label, tp) in used or _excluded(text, v.start, v.kind):
            continue
        used.add((arm.label, tp))
        out.append(ArmResult(outcome=result_outcome(text, v.start, v.end), arm=arm.label, events=v.events, total=v.total,
                             timepoint=tp, derived=False, text=v.text, sentence=text))
    return out


def _results_section(s: Sentence) -> bool:
    """Return whether a sentence reports results: a results or unlabelled section, or one labelled "Methods and results"."""
    return s.section in ("results", "abstract") or (s.section == "methods" and "RESULT" in (s.label or "").upper())


def find_arm_results(sents: Sequence[Sentence], arms: Sequence[Arm]) -> list[ArmResult]:
    """Return the per-arm results stated in the results (or unlabelled) sentences, each with its time point."""
    if len(arms) < 2:
        return []
    names = arm_names(arms, sents)
    analysed = analysed_sizes(sents, arms, names)
    out: list[ArmResult] = []
    for s in sents:
        if _results_section(s) and any(g in s.text for g in _GATE):
            out.extend(_sentence_results(s, arms, analysed, names))
    return out
