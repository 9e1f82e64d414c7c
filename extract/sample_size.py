"""Sample sizes: candidates -> roles -> reconciliation into total, randomized, analyzed, planned and arms.

Step 3 of sample-size extraction. ``counts`` finds every count candidate,
``count_roles`` says what each counts, ``arm_sizes`` finds the sets of group
sizes; here the three are reconciled into numbers that agree: arms summing to
the total (or the randomized count), arms labelled by the design sentence for
equal groups, and a total obtained as stated or as the sum of the arms (its
provenance says which).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from trialdb.extract.arm_sizes import ArmSet, EqualGroups, arm_kind, clean_label, design_labels, find_arm_sets, find_equal_groups, single_n_paren
from trialdb.extract.count_roles import RoledCount, assign_roles
from trialdb.extract.counts import CountMention, iter_counts
from trialdb.extract.facts import Arm, Provenance, SampleSize
from trialdb.extract.numbers import MAX_COUNT_DIGITS, WORD_NUMBER, parse_count
from trialdb.extract.sentences import STUDY_SECTIONS, Sentence

_I = re.I
_COUNTABLE = ("people", "none")
_PROTOCOL = re.compile(r"\bprotocol\b|\bstudy design\b|\brationale and design\b|\bdesign and rationale\b|\bdesign of\b|\bwill be (?:randomi|recruit|enrol)", _I)
#: Sections whose numbers describe this study (the title too: "... in 20,536 high-risk people").
_OWN_SECTIONS = (*STUDY_SECTIONS, "title")


@dataclass
class SampleSizeResult:
    """The sample size and where each count came from."""

    sample_size: SampleSize
    provenance: list[Provenance] = field(default_factory=list)
    #: How the total was obtained: "stated randomized", "stated enrolled", "sum of arms", "analyzed", or None.
    total_source: str | None = None


_TREATED_WITH = re.compile(r"\b(?:received|receiving|treated with|were given|was given|given|administered)\s+(?:a |an |the |single-agent |oral |intravenous )?(?P<t>[^,;.()]{2,60})", _I)  # noqa: E501
#: Verbs that make a count "enrolled" only weakly: the people treated or seen, not necessarily all the study's.
_WEAK_ENROL = re.compile(r"\b(?:treated|received|receiving|underwent|among|there were|examined|observed|seen|evaluated)\b", _I)


def _before(c: CountMention) -> str:
    """Return the words around a count (40 characters each side) for a second look at its verb."""
    text = c.sentence.text
    return text[max(0, c.local_start - 40):c.local_end + 40]


def _words_before(c: CountMention) -> str:
    """Return the 40 characters before a count in its sentence."""
    return c.sentence.text[max(0, c.local_start - 40):c.local_start]


_ONE_GROUPS_SIZE = re.compile(r"\b(?:group|arm|cohort)\s*[(\[]\s*(?:[nN]\s*[=:]\s*)?$", _I)
_FUTURE = re.compile(r"\bwill (?:be )?(?:randomi|recruit|enrol|include|receive|assign|allocat)", _I)
_PAST = re.compile(r"\bwere (?:randomi|enrol|recruit|includ)", _I)


def is_protocol(title: Sentence | None, sents: Sequence[Sentence]) -> bool:
    """True when the record describes a study still to be done (a protocol or design paper)."""
    if title is not None and _PROTOCOL.search(title.text):
        return True
    future = any(s.section in ("methods", "abstract") and _FUTURE.search(s.text) for s in sents)
    return future and not any(s.section == "results" or _PAST.search(s.text) for s in sents)


def _first(counts: Sequence[RoledCount], role: str, exclude: set[int]) -> RoledCount | None:
    """Return the first candidate of ``role`` in the study's own sections (title last)."""
    pick = [c for c in counts if c.role == role and c.mention.unit_kind in _COUNTABLE and id(c.mention) not in exclude and c.mention.n >= 2]
    own = [c for c in pick if c.mention.sentence.section != "title"]
    return (own or pick or [None])[0]


def _inside(c: CountMention, a: ArmSet | EqualGroups) -> bool:
    # Offsets are into the abstract; the title's are into the title, so a title count is never inside.
    return c.sentence.section != "title" and a.start <= c.start < a.end


def plausible_arms(a: ArmSet, targets: list[int]) -> bool:
    """True when a set of group sizes can be the study's arms: it sums to a stated count, or to 50-100% of one
    (some lost to follow-up, or groups left unsized); and no group of one or two when nothing agrees."""
    if a.total in targets:
        return True
    if targets and not any(0.5 * t <= a.total <= t for t in targets):
        return False
    return min(n for _, n in a.arms) >= 3


def _choose_arms(sets: list[ArmSet], targets: list[int]) -> ArmSet | None:
    """Return the arm set that agrees best with the stated counts: randomized arms first, then any."""
    sets = [a for a in sets if plausible_arms(a, targets)]
    if not sets:
        return None

    def rank(a: ArmSet) -> tuple[int, int, int]:
        # Sets that add up to a stated count first; among the rest randomized before stated before analysed sizes.
        agrees = 0 if a.total in targets else 1
        kind = {"randomized": 0, "stated": 1, "analyzed": 2}[a.kind]
        section = 0 if a.sentence.section in ("methods", "abstract", "results") else 1
        return (agrees, kind if agrees else 0, section)

    return min(sets, key=lambda a: (*rank(a), sets.index(a)))


_K_GROUPS = re.compile(r"\b(two|three|four|five|2|3|4|5)\s+(?:parallel\s+|equal\s+|treatment\s+|study\s+|intervention\s+)?(?:groups|arms)\b", _I)


def _groups_named(sents: Sequence[Sentence]) -> int | None:
    """Return how many groups the abstract says it compares ("two groups"), or None."""
    for s in sents:
        m = _K_GROUPS.search(s.text)
        if m:
            return parse_count(m.group(1))
    return None


_EVENTS_BEFORE_SIZES = re.compile(r"\b(?:occurred|developed|experienced|died|relapsed)\b", _I)


def _n_group_sum(n_forms: dict[Sentence, list[CountMention]]) -> tuple[int, CountMention, CountMention] | None:
    """Return the sum of the first sentence's several "n =" group sizes in the study's methods, or None."""
    for group in n_forms.values():
        if _EVENTS_BEFORE_SIZES.search(group[0].sentence.text[:group[0].local_start]):
            continue  # "Seizures occurred at all dose ranges (N = 6; ...)": sizes of events, not of groups of the study
        if len(group) >= 2 and group[0].sentence.section in ("methods", "abstract") and not any(
            g.n == sum(o.n for o in group if o is not g) for g in group
        ):
            return sum(g.n for g in group), group[0], group[-1]
    return None


def _coordinated_sum(counts: Sequence[RoledCount], exclude: set[int]) -> tuple[int, CountMention, CountMention] | None:
    """Return the sum of people counts listed together ("386 cases and 896 controls", "55 men and 45 women")."""
    by_sentence: dict[Sentence, list[RoledCount]] = {}
    for c in counts:
        by_sentence.setdefault(c.mention.sentence, []).append(c)
    for group in by_sentence.values():
        run: list[RoledCount] = []
        for c in group:
            m = c.mention
            fits = m.unit_kind == "people" and m.form == "count" and c.role in ("mentioned", "enrolled", "subgroup") and id(m) not in exclude
            if fits and run:
                between = m.sentence.text[run[-1].mention.local_end:m.local_start]
                if not _LIST_JOIN.fullmatch(between):
                    run = []
            run = [*run, c] if fits else []
            if len(run) >= 2 and (c is group[-1] or not _continues(group, c)):
                if _BREAKDOWN_BEFORE.search(_words_before(run[0].mention)):
                    run = []  # "Ten (5 men, 5 women) had a seizure": the breakdown of another count, not the study's groups
                    continue
                return sum(r.mention.n for r in run), run[0].mention, run[-1].mention
    return None


_BREAKDOWN_BEFORE = re.compile(rf"(?:\b\d+|\b(?:{WORD_NUMBER}))\s*[(\[]\s*$", _I)


_LIST_JOIN = re.compile(r"[^\d.;:()]{0,60}?(?:,|\band\b|\bas well as\b|\bplus\b|\+)\s*(?:\w+\s+){0,2}?", _I)


def _continues(group: Sequence[RoledCount], c: RoledCount) -> bool:
    i = group.index(c)
    if i + 1 >= len(group):
        return False
    nxt = group[i + 1].mention
    return nxt.unit_kind == "people" and bool(_LIST_JOIN.fullmatch(c.mention.sentence.text[c.mention.local_end:nxt.local_start]))


def _across_sentences(sents: Sequence[Sentence]) -> list[ArmSet]:
    """Return groups sized one per sentence in consecutive sentences ("Group I (n = 30) ... Group II (n = 22) ...")."""
    out: list[ArmSet] = []
    run: list[tuple[Sentence, tuple[str, int, int, int]]] = []
    for s in [*sents, None]:
        single = single_n_paren(s) if s is not None else None
        if single is not None and s is not None:
            run.append((s, single))
            continue
        if len(run) >= 2 and len({x[1][0].lower() for x in run}) == len(run):
            first, last = run[0], run[-1]
            out.append(ArmSet(tuple((x[1][0], x[1][1]) for x in run), "stated", first[0], first[1][2], last[1][3], "sentences"))
        run = []
    return out


_K_EQUAL_GROUPS = re.compile(r"\b(two|three|four|2|3|4)\s+equal(?:ly sized|-sized| sized)?\s+(?:groups|arms)\b", _I)


def _split_equally(own: Sequence[Sentence], total: RoledCount | None) -> ArmSet | None:
    """Return the arms of "randomized to two equal groups" with a stated total: k groups of total / k, labelled by the
    groups the design sentence names; None when the total does not divide or the groups are not named k times."""
    if total is None:
        return None
    for s in own:
        m = _K_EQUAL_GROUPS.search(s.text)
        k = parse_count(m.group(1)) if m else None
        if not k or total.mention.n % k:
            continue
        labels = design_labels([s]) or design_labels(own)
        if len(labels) == k:
            return ArmSet(tuple((lab, total.mention.n // k) for lab in labels), "randomized", s, s.start + m.start(), s.start + m.end(), "equal")
    return None


def _equal_arms(eq: EqualGroups, labels: list[str]) -> list[tuple[str, int]]:
    k = eq.k or len(labels)
    if not labels or (eq.k and len(labels) != eq.k) or k < 2:
        return []
    return [(lab, eq.n) for lab in labels[:k]]


def find_sample_size(
    sents: Sequence[Sentence], with_arms: bool, title: Sentence | None = None, single_arm: bool = False
) -> SampleSizeResult:
    """Return the sample size stated in the study's own sections and title; arms only when ``with_arms``.

    A single-arm study's one group is its total, labelled by the treatment its participants received.
    """
    own = [s for s in sents if s.section in _OWN_SECTIONS]
    protocol = is_protocol(title, sents)
    roled = candidates_with_roles(sents, title, protocol)
    mentions = [c.mention for c in roled]

    arm_sets: list[ArmSet] = []
    equal: list[EqualGroups] = []
    # Group sizes only in sentences that hold a count candidate at all (most results sentences hold only measurements).
    per_sentence: dict[Sentence, int] = {}
    for c in mentions:
        if c.unit_kind in _COUNTABLE or c.form == "n=":
            per_sentence[c.sentence] = per_sentence.get(c.sentence, 0) + 1
    for s in own:
        k = per_sentence.get(s, 0)
        if k >= 1:
            arm_sets.extend(find_arm_sets(s))
        if k >= 1 and (eq := find_equal_groups(s)) is not None:
            equal.append(eq)
    arm_sets.extend(_across_sentences(own))
    # Counts inside a set of group sizes are group sizes, not totals; so is an "n =" among several in one sentence.
    in_arms = {id(c) for c in mentions if any(_inside(c, a) for a in [*arm_sets, *equal])}
    n_forms: dict[Sentence, list[CountMention]] = {}
    for c in mentions:
        if c.form == "n=":
            n_forms.setdefault(c.sentence, []).append(c)
    in_arms |= {id(c) for group in n_forms.values() if len(group) >= 2 for c in group
                if c.n != sum(o.n for o in group if o is not c)}

    size = SampleSize()
    prov: list[Provenance] = []

    def note(name: str, value: int, s: Sentence, a: int, b: int) -> None:
        prov.append(Provenance(field=f"sample_size.{name}", value=str(value), section=s.section, start=a, end=b, sentence=s.text))

    def note_count(name: str, c: RoledCount) -> None:
        note(name, c.mention.n, c.mention.sentence, c.mention.start, c.mention.end)

    randomized = _first(roled, "randomized", in_arms)
    enrolled = _first(roled, "enrolled", in_arms)
    mentioned_first = _first(roled, "mentioned", in_arms)
    if (enrolled is not None and mentioned_first is not None and mentioned_first.mention.start < enrolled.mention.start
            and mentioned_first.mention.n > enrolled.mention.n and _WEAK_ENROL.search(_before(enrolled.mention))):
        # "416 patients with severe injuries ... [later] 18 placebo-treated patients": the study's own count comes first.
        enrolled = mentioned_first
    analyzed = _first(roled, "analyzed", in_arms)
    planned = _first(roled, "planned", in_arms)
    mentioned = _first(roled, "mentioned", in_arms)
    # A randomized count smaller than its own arms' sum is a subgroup's; a count that equals a set of arms agrees.
    # Every count stated as randomized, enrolled, analyzed or of people is one a set of arms may agree with.
    # A size written after one group's name ("the intervention group (n=31)") is that group's, not a count of the study.
    targets = sorted({
        c.mention.n for c in roled
        if c.role in ("randomized", "enrolled", "analyzed", "mentioned") and c.mention.n >= 2
        and c.mention.unit_kind in _COUNTABLE and id(c.mention) not in in_arms and not _ONE_GROUPS_SIZE.search(_words_before(c.mention))
    })

    chosen: list[tuple[str, int]] = []
    chosen_from: ArmSet | EqualGroups | None = None
    if with_arms:
        # Equal groups ("50 patients in each group") become a set of arms, labelled by another statement of the groups
        # or by the design sentence, and compete with the others.
        candidates = list(arm_sets)
        for eq in equal:
            named = [[lab for lab, _ in a.arms] for a in arm_sets if eq.k in (None, len(a.arms))]
            k = eq.k or _groups_named(own)
            labels = next((x for x in named if k in (None, len(x))), None) or design_labels(own)
            arms = _equal_arms(EqualGroups(eq.n, k, eq.sentence, eq.start, eq.end), labels)
            if arms:
                candidates.append(ArmSet(tuple(arms), arm_kind(eq.sentence.text), eq.sentence, eq.start, eq.end, "equal"))
        if not candidates and (split := _split_equally(own, randomized or enrolled)) is not None:
            candidates.append(split)
        best = _choose_arms(candidates, targets)
        if best is not None:
            chosen, chosen_from = list(best.arms), best
    arm_total = sum(n for _, n in chosen) if chosen else None

    if randomized is not None and arm_total is not None and randomized.mention.n < arm_total and enrolled is not None and enrolled.mention.n == arm_total:
        randomized = None
    if randomized is None and arm_total is not None and enrolled is not None and enrolled.mention.n != arm_total:
        # Of several counts stated as enrolled, the one the arms add up to is the study's ("49 underwent X and 148 underwent Y").
        agreeing = next((c for c in roled if c.role in ("enrolled", "mentioned", "mentioned-none", "subgroup", "events")
                         and c.mention.n == arm_total and id(c.mention) not in in_arms), None)
        enrolled = agreeing or enrolled
    if randomized is not None:
        size.randomized = randomized.mention.n
        note_count("randomized", randomized)
    if analyzed is not None:
        size.analyzed = analyzed.mention.n
        note_count("analyzed", analyzed)
    if chosen and chosen_from is not None:
        size.arms = [Arm(label=lab, n=n) for lab, n in chosen]
        for _lab, n in chosen:
            note("arms", n, chosen_from.sentence, chosen_from.start, chosen_from.end)
        if isinstance(chosen_from, ArmSet) and chosen_from.kind == "analyzed" and size.analyzed is None:
            size.analyzed = arm_total
            note("analyzed", arm_total or 0, chosen_from.sentence, chosen_from.start, chosen_from.end)

    source = None
    if size.randomized is not None:
        size.total, source = size.randomized, "stated randomized"
        note_count("total", randomized)  # type: ignore[arg-type]
    elif enrolled is not None:
        size.total, source = enrolled.mention.n, "stated enrolled"
        note_count("total", enrolled)
    elif arm_total is not None and chosen_from is not None:
        size.total, source = arm_total, "sum of arms"
        note("total", arm_total, chosen_from.sentence, chosen_from.start, chosen_from.end)
    elif (groups := _n_group_sum(n_forms)) is not None and not protocol:
        n, first_m, last_m = groups  # "X (n=40; ...) or Y (n=39; ...)" whose labels did not make arms
        size.total, source = n, "sum of groups"
        note("total", n, first_m.sentence, first_m.start, last_m.end)
    elif (listed := _coordinated_sum(roled, in_arms)) is not None and not protocol:
        n, first_m, last_m = listed
        size.total, source = n, "sum of groups"
        note("total", n, first_m.sentence, first_m.start, last_m.end)
    elif (eq_total := next(((e.k * e.n, e) for e in equal if e.k), None)) is not None and not protocol:
        size.total, source = eq_total[0], "sum of groups"  # "three groups of 30 patients"
        note("total", eq_total[0], eq_total[1].sentence, eq_total[1].start, eq_total[1].end)
    elif mentioned is not None and not protocol:
        size.total, source = mentioned.mention.n, "stated"
        note_count("total", mentioned)
    elif size.analyzed is not None:
        size.total, source = size.analyzed, "analyzed"
        if analyzed is not None:
            note_count("total", analyzed)
    # A sum or product of group sizes can pass what any count has (and PostgreSQL's INTEGER holds): no study's size.
    for name in ("total", "analyzed"):
        if (getattr(size, name) or 0) >= 10**MAX_COUNT_DIGITS:
            setattr(size, name, None)
            prov = [p for p in prov if p.field != f"sample_size.{name}"]
            source = None if name == "total" else source
    if single_arm and not size.arms and size.total is not None:
        treatment = next((m for s in own if s.section in ("methods", "abstract") and (m := _TREATED_WITH.search(s.text))), None)
        label = clean_label(treatment.group("t")) if treatment else None
        if label:
            size.arms = [Arm(label=label, n=size.total)]
    if planned is not None:
        size.planned = planned.mention.n
        note_count("planned", planned)
    if protocol and source in ("stated enrolled", "stated", "analyzed") and size.planned is None:
        size.planned, size.total, source = size.total, None, None
    return SampleSizeResult(sample_size=size, provenance=prov, total_source=source)


def candidates_with_roles(sents: Sequence[Sentence], title: Sentence | None = None, protocol: bool | None = None) -> list[RoledCount]:
    """Return every count candidate of the study's sections and title with its role (steps 1 and 2)."""
    own = [s for s in sents if s.section in _OWN_SECTIONS] + ([title] if title is not None and title.text else [])
    return assign_roles(list(iter_counts(own)), protocol=is_protocol(title, sents) if protocol is None else protocol)
