"""Count roles: what each count candidate counts, from the words around it and its section.

Step 2 of sample-size extraction. Roles: screened, eligible, enrolled,
randomized, analyzed, lost, subgroup, events, planned, cluster, nonhuman,
other-trials, background, and "mentioned" (a count of people with no verb
that says what happened to them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from trialdb.extract.counts import CountMention
from trialdb.extract.design_words import NOT_DESIGN_ADJECTIVE
from trialdb.extract.sentences import Sentence

_I = re.I
ROLES = (
    "screened", "eligible", "enrolled", "randomized", "analyzed", "lost", "subgroup", "events", "planned", "cluster",
    "nonhuman", "other-trials", "background", "mentioned",
)
#: Sections whose counts are not this study's own.
_NOT_THIS_STUDY = ("background", "objective", "conclusions", "registration", "evidence")

_PLANNED = re.compile(
    r"\b(?:will|shall|would|plan(?:s|ned)? (?:sample|total|enrol|recruit|to)|planning|target(?:ed|ing)?|to (?:be )?(?:recruit|enrol|randomi[sz]|include|enter)|"
    r"sample size|power(?:ed)?|(?:is|are|was|were|be) (?:required|needed|necessary) (?:to|for) (?:detect|achieve|show|demonstrate|obtain|provide|statistical)|"
    r"(?:required|needed|necessary) (?:sample|number|to (?:detect|achieve|show|demonstrate))|"
    r"aim(?:s|ed)? to (?:recruit|enrol|include|randomi)|intend|expected to|"
    r"estimated|anticipated|calculated|is being|are being|ongoing)\b",
    _I,
)
_ROLE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("lost", re.compile(
        r"\b(?:lost to follow|lost\b|withdr[ae]w|withdrawn|drop(?:ped)? ?out|dropouts?|discontinu|were excluded|was excluded|excluded|"
        r"died|deaths?\b|did not (?:complete|receive|attend|return|finish)|failed to|declined|refused|not (?:included|analy[sz]ed|randomi))",
        _I)),
    ("randomized", re.compile(
        r"\b(?:randomi[sz]ation(?! (?:in)?to (?:a |the )?(?:training|test|validation|derivation))|"
        rf"randomi[sz]ed(?! (?:in)?to (?:a |the )?(?:training|test|validation|derivation)){NOT_DESIGN_ADJECTIVE}|"
        r"randomly (?!(?:selected|sampled|chosen|drawn|grouped|split)\b)|(?:were|was|been|being) (?:then |subsequently |equally )?(?:assigned|allocated)|"
        r"assigned|allocated|allocation)", _I)),
    ("analyzed", re.compile(
        r"\b(?:analy[sz](?:ed|is|able)|completed|complete (?:the|their|all|both|follow)|completing|completion|evaluable|evaluated at|available for|"
        r"had (?:complete )?data|"
        r"provided (?:complete )?data|with (?:complete |available )?data|followed up|followed for|were followed|finished|remained|"
        r"per[- ]protocol|intention[- ]to[- ]treat|itt\b|included in the (?:final )?analys|contributed|returned|responded|"
        r"were assessed|was assessed|assessed at)", _I)),
    ("enrolled", re.compile(
        r"\b(?:enrol(?:l)?(?:ed|ing|ment)?|includ(?:ed|ing)|inclusion|recruit(?:ed|ing|ment)?|participat(?:ed|ing|ion)|studied|took part|"
        r"entered|consist(?:ed|ing|s)|compris(?:ed|ing|es)|involv(?:ed|ing)|underwent|received|receiving|were treated|treated|"
        r"were given|were studied|sample of|cohort of|population of|investigated|examined|observed|there were|data (?:from|on|of)|"
        r"among|conducted (?:on|in|among|with)|performed (?:on|in|among)|carried out (?:on|in|among)|done (?:on|in)|"
        r"were interviewed|were surveyed|were tested|were seen|were operated|were vaccinated|were evaluated|evaluated|"
        r"were selected|selected|were divided|divided|were assessed|were recruited|volunteered|agreed)", _I)),
    ("eligible", re.compile(r"\b(?:eligible|met (?:the |all )?(?:inclusion|eligibility|study|entry) criteria|fulfilled|qualified)", _I)),
    ("screened", re.compile(
        r"\b(?:screen(?:ed|ing)?|assessed for eligibility|approached|invited|contacted|identified|referred|considered for|"
        r"potentially eligible|evaluated for|asked to|were sent|mailed)", _I)),
)
_ANY_ROLE = re.compile("|".join(f"(?P<r{i}>{p.pattern})" for i, (_, p) in enumerate(_ROLE_WORDS)), _I)
_ROLE_OF_GROUP = {f"r{i}": role for i, (role, _) in enumerate(_ROLE_WORDS)}
_SUBGROUP_UNITS = re.compile(
    r"^(?:men|women|man|woman|males?|females?|boys?|girls?|whites?|blacks?|smokers?|non-?smokers?|responders?|non-?responders?|"
    r"mothers|fathers|caucasians?|asians?|africans?|hispanics?)$",
    _I,
)
_DONE = re.compile(r"\b(?:completed|finished|were|was|had)\b", _I)
_SUBGROUP_BEFORE = re.compile(
    r"(?:\bof (?:whom|these|them|those)|\b(?<!study )(?<!trial )including|\bamong (?:them|these|whom)|\bof which|\bwhile|\bwhereas|"
    r"\b(?<!study )(?<!trial )(?<!design )in which|\bthose|"
    r"\bsub(?:set|sample|group|-group) of)\s*,?\s*$",
    _I,
)
_EVENTS_AFTER = re.compile(
    r"^\s*(?:[(\[]\s*\d+(?:[.·]\d+)?\s*%|\s*(?:patients?|participants?|subjects?|women|men|children)?\s*(?:\(\s*\d+(?:[.·]\d+)?\s*%|"
    r"had|have|has|developed|experienced|reported|showed|achieved|required|needed|suffered|presented|were (?:diagnosed|found|positive"
    r"|cured|successful|satisfied|free)))",
    _I,
)


#: "A total of 125 patients diagnosed with ... (2003) undergoing IVF were randomized": the verb after the noun's modifiers.
_LATE_VERB = re.compile(
    r"^(?:[^;.]|\.(?=\d)){0,200}?(?:,\s*|\s)"
    r"(?P<verb>(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|randomly (?!(?:selected|sampled|chosen|drawn)\b)\w+|enrolled|included|recruited|assigned|allocated"
    r"|studied))\b",
    _I,
)
#: "Nine men participated in the study and were randomly divided into two groups": a second verb of the same subject.
_AND_RANDOMIZED = re.compile(
    r"^(?:[^;.]|\.(?=\d)){0,200}?\s(?:and|then|while being|before being|after being|and then)\s+(?:(?:were|was)\s+)?"
    r"(?:then\s+|subsequently\s+|later\s+|thereafter\s+)?"
    r"(?:randomi[sz]ed(?! (?:in)?to (?:a |the )?(?:training|test|validation))|randomly (?:assigned|allocated|divided|distributed|split)|"
    r"(?:assigned|allocated|divided) (?:at )?random)",
    _I,
)
_ALONE_AFTER = re.compile(r"^\s*(?:[,.;:)(\[]|$|(?:were|was|who|with|and|of|in|to|from|at|for|into|patients?|participants?|subjects?)\b)", _I)
_EVENT_BEFORE = re.compile(
    r"\b(?:occurred|developed|died|deaths?|reported|observed|experienced|seen|found|detected|recorded|noted)\s+(?:\w+\s+){0,2}?(?:in|among|by)\s*(?:the\s+)?$",
    _I,
)
_PARTICIPANT_LABEL = re.compile(r"PATIENT|PARTICIPANT|SUBJECT|POPULATION|SAMPLE", _I)
_BARE_AFTER = re.compile(
    r"^\s*(?:[(\[][^()\[\]]{0,30}[)\]]\s*)?,?\s*(?:were|was|had been|have been|underwent|completed|received|participated|entered|took part|"
    r"agreed|met|did|remained|finished|developed|withdrew|dropped|died|consented|responded|returned|started|began|continued)\b",
    _I,
)
_BARE_BEFORE = re.compile(
    r"(?:randomi[sz]ed|enrolled|included|including|recruited|studied|involving|involved|comprising|comprised|analy[sz]ed|assigned|"
    r"allocated|totall?(?:ing|ed)?|total of|consisted of|consisting of|sample of|enrolment of|enrollment of|recruitment of)\s*(?:a total of\s*)?$",
    _I,
)


_EVENTS_VERB = re.compile(
    r"^\s*(?:\([^()]{0,20}\)\s*)?(?:had|developed|experienced|reported|showed|achieved|suffered|required|needed|died|"
    r"presented with|were (?:diagnosed|found|positive|cured|satisfied|free|able|unable)|responded)\b",
    _I,
)


#: "150 (75%) were randomized", "90 patients (45%) completed the study": a share that is a stage of the study's flow.
_STAGE_VERB_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:[(\[][^()\[\]]{0,30}[)\]]\s*)?,?\s*(?:(?:were|was|had been|have been)\s+)?(?:\w+\s+)?"
    r"(?:randomi|enrol|includ|recruit|assigned|allocated|complet|analy[sz]|followed|remained|finished|evaluable|withdr|lost|discontinu|dropped)",
    _I,
)
_PERCENT_AFTER_NOUN = re.compile(r"^\s*(?:[\w-]+\s+){1,2}?[(\[]\s*\d+(?:[.·]\d+)?\s*%\s*(?:[)\];]|,\s*95)")


_VERB_AFTER_BRACKET = re.compile(r"^\s*,?\s*(?:(?:were|was|had been|have been)\s+)?(?:\w+\s+)?\w+", _I)
_DATA_OF_BEFORE = re.compile(r"\bdata\s+(?:for|from|on|of)\s+(?:a total of\s+|all\s+|the\s+)?$", _I)


@dataclass(frozen=True)
class RoledCount:
    """A count candidate with the role its context gives it."""

    mention: CountMention
    role: str


#: "51 patients from two hospitals were randomized", "850 patients with 1,039 lesions": a count of units inside the
#: noun phrase of a count of people, which does not start a clause of its own.
_MODIFIER_BEFORE = re.compile(r"\b(?:from|in|at|with|across|of|on|in each of)\s+(?:the\s+|a\s+total\s+of\s+)?$", _I)
#: "Fifty-eight (58) children": the same number restated in digits.
_RESTATED_BETWEEN = re.compile(r"^\s*[(\[]\s*$")


def _right_stop(c: CountMention, o: CountMention, text: str) -> bool:
    """True when the other count ``o`` after ``c`` ends the words that belong to ``c``."""
    between = text[c.local_end:o.local_start]
    if o.n == c.n and _RESTATED_BETWEEN.match(between):
        return False
    return not (c.unit_kind == "people" and o.unit_kind in ("cluster", "nonhuman", "studies") and _MODIFIER_BEFORE.search(between)
                and not re.search(r"[;:]|\b(?:and|while|whereas|but)\b", between))


def _windows(c: CountMention, others: Sequence[CountMention]) -> tuple[str, str]:
    """Return the words before and after a count, each cut at the nearest other count (that is not a modifier of this
    count's noun phrase) or clause end."""
    text = c.sentence.text
    a, b = c.local_start, c.local_end
    left_stop, right_stop = 0, len(text)
    for o in others:
        if o is not c:
            if left_stop < o.local_end <= a:
                left_stop = o.local_end
            if b <= o.local_start < right_stop and _right_stop(c, o, text):
                right_stop = o.local_start
    left = text[max(left_stop, a - 100):a]
    left = re.split(r"[;:]", left)[-1]
    right = text[b:min(right_stop, b + 150)]
    right = re.split(r"[;:]|\.\s", right)[0]
    return left, right


def _first_role(text: str, from_end: bool, within: int | None = None) -> tuple[str | None, int]:
    """Return the role whose word stands nearest the count in ``text`` (at its end when ``from_end``), and where; a word
    read forwards counts only when it starts in the first ``within`` characters (the text after may decide its sense:
    "a randomized, double-blind crossover design")."""
    if not from_end:
        # The leftmost word of any role, the first role in order on a tie: one search of all roles at once.
        m = _ANY_ROLE.search(text)
        if m is None or not m.lastgroup or (within is not None and m.start() >= within):
            return None, -1
        return _ROLE_OF_GROUP[m.lastgroup], m.start()
    best: tuple[str | None, int] = (None, -1)
    best_dist = 10**9
    for role, pattern in _ROLE_WORDS:
        for m in pattern.finditer(text):
            dist = len(text) - m.end() if from_end else m.start()
            if dist < best_dist:
                best, best_dist = (role, m.start()), dist
    return best


def _next_people(c: CountMention, others: Sequence[CountMention]) -> int:
    """Return where the next count of people (or bare count) after ``c`` starts in its sentence, else the sentence's end."""
    text = c.sentence.text
    starts = [o.local_start for o in others if o.local_start >= c.local_end and o.unit_kind in ("people", "none")
              and not (o.n == c.n and _RESTATED_BETWEEN.match(text[c.local_end:o.local_start]))
              and not (o.form != "n=" and _bracket_close(o, others) is not None and text.rfind("(", 0, o.local_start) >= c.local_end)]
    return min(starts, default=len(c.sentence.text))


def _bracket_close(c: CountMention, others: Sequence[CountMention]) -> int | None:
    """Return where, in the text after ``c``, the bracket ``c`` stands in closes, when a count of people stands before that
    bracket in the sentence (``c`` then breaks that count down); else None."""
    text = c.sentence.text
    opened = text.rfind("(", 0, c.local_start)
    if opened < 0 or text.rfind(")", 0, c.local_start) > opened:
        return None
    if not any(o is not c and o.unit_kind == "people" and o.local_end <= opened for o in others):
        return None
    close = text.find(")", c.local_end)
    return None if close < 0 else close - c.local_end


def assign_role(c: CountMention, others: Sequence[CountMention] = (), protocol: bool = False, told: bool = False) -> str:
    """Return the role of one count candidate, given the other candidates of its sentence; ``told`` when its sentence
    stands in the background or aims but tells this study (sentences.study_sentences)."""
    sent = c.sentence
    if c.unit_kind == "studies":
        return "other-trials"
    if c.unit_kind == "cluster":
        return "cluster"
    if c.unit_kind == "nonhuman":
        return "nonhuman"
    if sent.section in _NOT_THIS_STUDY and not (told and sent.section in ("background", "objective")):
        return "background"
    if c.unit_kind == "people" and c.local_start == 0 and sent.label and _PARTICIPANT_LABEL.search(sent.label):
        return "enrolled"  # "PATIENTS: 351 menopausal patients (mean age, 50 years) ..." opens with the count
    if c.unit and c.unit.lower().startswith("case") and re.match(r"^\s*cases?\s+of\b", sent.text[c.local_end:], _I):
        return "events"  # "2 cases of deep venous thrombosis"
    left, right = _windows(c, others)
    close = _bracket_close(c, others) if c.form != "n=" else None
    if close is not None:
        # "Forty-one patients with brain tumors (38 astrocytomas, one ..., and two cases with ...) were randomly allocated":
        # the verb after the bracket is the count's before it, a count inside is a part of it.
        right = right[:close]
    if c.unit_kind == "none" and c.form in ("count", "total") and not (
        _BARE_AFTER.match(right) or (_BARE_BEFORE.search(left) and _ALONE_AFTER.match(right))
    ):
        # A bare number ("2 were", "68 (") counts participants only right beside a verb that says so, and only when
        # no other noun follows it ("we analyzed 17 health behaviors").
        return "mentioned-none"
    if c.unit_kind == "people" and _EVENT_BEFORE.search(left):
        return "events"  # "late death occurred in 18 placebo-treated patients"
    if c.form == "numerator":
        if _EVENTS_AFTER.match(sent.text[c.local_end:]) or re.match(r"^\s*(?:/|of)\s*\S+\s*(?:\(|had|were|developed|experienced)", sent.text[c.local_end:]):
            return "events"
    head_at = right.find(c.unit) + len(c.unit) if c.unit and c.unit in right else 0
    if c.unit_kind == "people" and _EVENTS_VERB.match(right[head_at:]) and sent.section in ("results", "abstract"):
        return "events"
    clause = left[-60:] + " " + right[:80]
    if ((planned := _PLANNED.search(clause)) and not (planned.group(0).lower() == "ongoing" and _DONE.search(clause))) or (
            protocol and re.search(r"\bwill\b|\bto be\b", sent.text, _I)):
        return "planned"  # (not "18 children ... who completed this ongoing study": a report of those done so far)
    if c.unit and _SUBGROUP_UNITS.match(c.unit) and any(
        o is not c and o.unit_kind == "people" and o.n > c.n and o.start < c.start for o in others
    ):
        return "subgroup"
    if _SUBGROUP_BEFORE.search(left):
        if not re.match(r"^\s*(?:\w+\s+){0,3}?(?:were |was )?(?:randomi|assigned|allocated)", right, _I):
            return "subgroup"
    if c.form in ("count", "n=", "total") and _EVENTS_AFTER.match(right) and not _STAGE_VERB_AFTER.match(right):
        if re.match(r"^\s*[(\[]\s*\d", right) and c.form != "total":
            return "subgroup"
    if c.unit_kind == "people" and c.form == "count" and _PERCENT_AFTER_NOUN.match(right) and not _STAGE_VERB_AFTER.match(right):
        # "Eight patients (13%) have demonstrated an increase", "28 DE patients (37.8%)": a count with its share of
        # another is a part of it, not the study.
        return "events" if sent.section in ("results", "abstract") else "subgroup"
    # The verb after the counted noun decides before adjectives between the two ("66 eligible patients completed").
    role, _ = _first_role(right[head_at:], from_end=False, within=80) if head_at else (None, -1)
    modifier = False  # the role word stands between the count and its noun: "106 selected infertile male patients"
    if role is None:
        role, at = _first_role(right, from_end=False, within=90)
        modifier = role is not None and at < head_at
    if role is None:
        role, _ = _first_role(left[-80:], from_end=True)
    if c.unit_kind == "people" and role in (None, "enrolled", "screened", "eligible"):
        # "66 patients with 43 hematologic and 23 solid malignancies (...), were randomized": the verb after the aside;
        # "... participated and were randomly divided": a second verb of the same subject. No other count of people between.
        after = sent.text[c.local_end:_next_people(c, others)]
        if close is not None:
            after = after[:close]
        low = after.lower()
        later = _LATE_VERB.match(after) if (role is None or modifier) and (" were " in low or " was " in low) else None
        if later and (role is None or "random" in later.group("verb").lower()):
            role, _ = _first_role(later.group("verb"), from_end=False)
        elif "random" in low and _AND_RANDOMIZED.match(after):
            role = "randomized"
    if role is None and c.form == "n=" and (close := sent.text.find(")", c.local_end)) >= 0 and "(" not in sent.text[c.local_end:close]:
        # "Adults with MetS (n = 182; mean age 56 ± 9.1) were randomly assigned": the verb after the bracket the size is in.
        verb = _VERB_AFTER_BRACKET.match(sent.text[close + 1:])
        role = _first_role(verb.group(0), from_end=False)[0] if verb else None
    if role in (None, "enrolled") and _DATA_OF_BEFORE.search(left):
        role = "analyzed"  # "Data for 1792 patients were evaluated", "data from 119 patients were available"
    if role is None:
        if c.form == "total":
            return "enrolled"
        return "mentioned" if c.unit_kind == "people" or c.form == "n=" else "mentioned-none"
    return role


def assign_roles(mentions: Sequence[CountMention], protocol: bool = False, told: Sequence[Sentence] = ()) -> list[RoledCount]:
    """Return every candidate with its role (candidates grouped by sentence for the context windows); ``told``: the
    background or aim sentences that tell this study."""
    told_ids = {id(s) for s in told}
    by_sentence: dict[Sentence, list[CountMention]] = {}
    for c in mentions:
        by_sentence.setdefault(c.sentence, []).append(c)
    return [RoledCount(c, assign_role(c, by_sentence[c.sentence], protocol, id(c.sentence) in told_ids)) for c in mentions]
