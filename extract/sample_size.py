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
from dataclasses import dataclass, field, replace

from trialdb.extract.arm_sizes import (
    EVENT_AFTER_SIZES,
    ArmSet,
    EqualGroups,
    arm_kind,
    clashes_with_design,
    clean_label,
    design_labels,
    find_arm_sets,
    find_equal_groups,
    group_names,
    named_by_design,
    single_n_paren,
    treatment_named,
)
from trialdb.extract.count_roles import RoledCount, assign_roles
from trialdb.extract.counts import ANIMAL_NOUNS, PROVIDER_NOUNS, CountMention, iter_counts
from trialdb.extract.facts import Arm, Provenance, SampleSize
from trialdb.extract.numbers import MAX_COUNT_DIGITS, WORD_NUMBER, parse_count
from trialdb.extract.sentences import Sentence, study_sentences

_I = re.I
_COUNTABLE = ("people", "none")
_PROTOCOL = re.compile(r"\bprotocol\b|\bstudy design\b|\brationale and design\b|\bdesign and rationale\b|\bdesign of\b|\bwill be (?:randomi|recruit|enrol)", _I)
#: Sections whose numbers describe this study (the title too: "... in 20,536 high-risk people").


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


def _words_after(c: CountMention) -> str:
    """Return the 60 characters after a count in its sentence."""
    return c.sentence.text[c.local_end:c.local_end + 60]


#: "20 stabilized patients in the analog-computer group", "30 randomized to placebo": the count of one group.
_OF_ONE_GROUP = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:(?:in|of|from|on|receiving|with)\s+(?:the|each|both)\s+(?:[\w/+-]+\s+){0,4}?(?:group|arm)s?\b|"
    r"(?:(?:were|was)\s+)?(?:randomi[sz]ed|assigned|allocated)\s+to\s+(?:the\s+)?(?:[\w/+-]+\s+){0,4}?(?:group|arm)\b)",
    _I,
)


def _words_before(c: CountMention) -> str:
    """Return the 40 characters before a count in its sentence."""
    return c.sentence.text[max(0, c.local_start - 40):c.local_start]


#: "Two open-label, ... randomized phase III studies were submitted": a sentence that counts trials.
_TRIALS_BEFORE = re.compile(rf"\b(?:{WORD_NUMBER}|\d+)\s+(?:[\w-]+,?\s+){{0,8}}?(?:trials|studies|RCTs)\b", _I)
#: A sentence that states a plan ("a recruitment target of 210", "49 patients per group are required", "will be randomised").
_PLAN = re.compile(
    r"\b(?:will|shall|recruitment target|target (?:of|sample|is)|aim(?:s|ed)? to (?:recruit|enrol|include|randomi)|(?:are|is) required|"
    r"needed to (?:detect|show|achieve)|planned (?:sample|total|to))\b",
    _I,
)
_ONE_GROUPS_SIZE = re.compile(r"\b(?:group|arm|cohort|controls)\s*[(\[]\s*(?:[nN]\s*[=:]\s*)?$", _I)
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


def plausible_arms(a: ArmSet, targets: list[int], limits: list[int] | None = None, strong: list[int] | None = None) -> bool:
    """True when a set of group sizes can be the study's arms: it sums to a count stated as randomized, enrolled or
    analysed (``strong``), or to another count of the study's people (``targets``) that is not under half of the largest
    count of the study; or it sums to 50-100% of a count stated for the whole study (``limits``, the targets when not
    given: some lost to follow-up, or groups left unsized); and no group of one or two when nothing agrees."""
    if strong is not None and a.total in strong:
        return True
    limits = targets if limits is None else limits
    largest = max(limits, default=0)
    if strong is not None and a.total < 0.5 * largest:
        return False  # "Five patients (two in the treatment group and three in the control group) were removed": a part
    if a.total in targets:
        return True
    if limits and not any(0.5 * t <= a.total <= t for t in limits):
        return False
    return min(n for _, n in a.arms) >= 3


def _choose_arms(sets: list[ArmSet], targets: list[int], limits: list[int] | None = None, strong: list[int] | None = None) -> ArmSet | None:
    """Return the arm set that agrees best with the stated counts: randomized arms first, then any."""
    sets = [a for a in sets if plausible_arms(a, targets, limits, strong)]
    if not sets:
        return None

    def rank(a: ArmSet) -> tuple[int, int, int, int]:
        # Sets that add up to a count stated for the whole study first; among the rest randomized before stated before
        # analysed sizes, then sets that add up to another count (analysed, eligible).
        agrees = 0 if a.total in (limits if limits is not None else targets) else 1
        kind = {"randomized": 0, "stated": 1, "analyzed": 2}[a.kind]
        section = 0 if a.sentence.section in ("methods", "abstract", "results") else 1
        return (agrees, kind if agrees else 0, 0 if a.total in targets else 1, section)

    return min(sets, key=lambda a: (*rank(a), sets.index(a)))


_K_GROUPS = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+(?:parallel\s+|equal\s+|treatment\s+|study\s+|intervention\s+)?(?:groups|arms)\b", _I)


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
            fits = m.unit_kind == "people" and m.form == "count" and c.role in ("mentioned", "enrolled", "randomized", "subgroup") and id(m) not in exclude
            if fits and run:
                between = m.sentence.text[run[-1].mention.local_end:m.local_start]
                if not _LIST_JOIN.fullmatch(between):
                    run = []
            run = [*run, c] if fits else []
            if len(run) >= 2 and (c is group[-1] or not _continues(group, c)):
                if _BREAKDOWN_BEFORE.search(_words_before(run[0].mention)):
                    run = []  # "Ten (5 men, 5 women) had a seizure": the breakdown of another count, not the study's groups
                    continue
                if EVENT_AFTER_SIZES.match(m.sentence.text, run[-1].mention.local_end):
                    run = []  # "Two patients in group R and 15 patients in group LE developed hypertension": events
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


#: Sentences without a group size that may stand between two that size one group each.
_RUN_GAP = 2


def _across_sentences(sents: Sequence[Sentence]) -> list[ArmSet]:
    """Return groups sized one per sentence in nearby sentences of one section ("Group I (n = 30) ... Group II (n = 22)
    ..."), a first size that is the sum of the others (the study's, stated before its groups) left out."""
    out: list[ArmSet] = []
    run: list[tuple[Sentence, tuple[str, int, int, int]]] = []
    gap = 0

    def close() -> None:
        members = run[1:] if len(run) >= 3 and run[0][1][1] == sum(x[1][1] for x in run[1:]) else run
        if len(members) >= 2 and len({x[1][0].lower() for x in members}) == len(members):
            first, last = members[0], members[-1]
            arms = tuple((treatment_named(x[1][0], x[1][1], x[0], x[1][2] - x[0].start), x[1][1]) for x in members)
            out.append(ArmSet(arms, "stated", first[0], first[1][2], last[1][3], "sentences"))

    for s in [*sents, None]:
        single = single_n_paren(s) if s is not None else None
        if single is not None and s is not None and (not run or s.section == run[-1][0].section):
            run.append((s, single))
            gap = 0
            continue
        if s is not None and run and gap < _RUN_GAP and s.section == run[-1][0].section and "=" not in s.text:
            gap += 1
            continue
        close()
        run, gap = ([(s, single)] if single is not None and s is not None else []), 0
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


_AGREEING_ROLES = frozenset(("randomized", "enrolled", "analyzed", "mentioned", "eligible", "events"))


def _agreement(
    roled: Sequence[RoledCount], in_arms: set[int]
) -> tuple[list[int], list[int], list[int], tuple[int, CountMention, CountMention] | None]:
    """Return the counts a set of arms may add up to (targets), the counts stated for the whole study that bound them
    (limits), the counts stated as randomized, enrolled, analysed or eligible (strong agreement), and the people listed
    together ("386 cases and 896 controls"), which are all three.

    Arms may agree with any count of the study's people (the consecutive patients "found to have" the condition, the
    eligible); they must not pass, nor fall under half of, a count stated for the whole study: randomized, enrolled or
    of people, not one of a group ("All 20 patients in the X group", "the intervention group (n=31)") nor an analysed
    count (a later stage's).
    """
    targets: set[int] = set()
    limits: set[int] = set()
    strong: set[int] = set()
    first_people = True
    for c in roled:
        m = c.mention
        if m.n < 2 or m.unit_kind not in _COUNTABLE or id(m) in in_arms or _ONE_GROUPS_SIZE.search(_words_before(m)):
            continue
        first = first_people and m.unit_kind == "people" and m.sentence.section != "title"
        first_people = first_people and not first
        if c.role not in _AGREEING_ROLES:
            continue
        if c.role == "events":
            if first:
                targets.add(m.n)
            continue
        targets.add(m.n)
        if _OF_ONE_GROUP.match(_words_after(m)):
            continue
        if c.role in ("randomized", "enrolled", "mentioned"):
            limits.add(m.n)
        if c.role != "mentioned":
            strong.add(m.n)
    listed = _coordinated_sum(roled, in_arms)
    if listed is not None:
        targets.add(listed[0])
        limits.add(listed[0])
        strong.add(listed[0])
    return sorted(targets), sorted(limits), sorted(strong), listed


def _same_groups(a: Sequence[tuple[str, int]], b: Sequence[tuple[str, int]]) -> bool:
    """True when two lists of groups name the same groups in the same order (one label the other's start or end)."""
    def same(x: str, y: str) -> bool:
        x, y = x.lower(), y.lower()
        return x == y or x.startswith(y) or y.startswith(x) or x.endswith(y) or y.endswith(x)
    return len(a) == len(b) and all(same(x, y) for (x, _), (y, _) in zip(a, b, strict=True))


def _analysed_sizes(sets: Sequence[ArmSet], chosen: Sequence[tuple[str, int]]) -> ArmSet | None:
    """Return the set of analysed sizes of the chosen groups (each no larger than the group), or None."""
    return next((a for a in sets if a.kind == "analyzed" and a.total < sum(n for _, n in chosen) and _same_groups(a.arms, chosen)
                 and all(n <= m for (_, n), (_, m) in zip(a.arms, chosen, strict=True))), None)


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
    own = study_sentences(sents)
    protocol = is_protocol(title, sents)
    roled = candidates_with_roles(sents, title, protocol, own)
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
    # "Two ... randomized phase III studies were submitted -- one by X (n = 946) and the other by Y (n = 746)": the sizes of
    # a sentence that counts trials before them are the trials', not groups of this study.
    # So are sizes that add up to a count of clusters before them ("15 clinicians were randomly assigned to X (n = 8) or Y (n = 7)").
    units = [c.mention for c in roled if c.mention.unit_kind == "studies" or c.role == "cluster"]
    arm_sets = [a for a in arm_sets if not _TRIALS_BEFORE.search(a.sentence.text[:a.start - a.sentence.start]) and not any(
        c.sentence is a.sentence and c.start < a.start and (c.unit_kind == "studies" or c.n == a.total) for c in units)]
    # A breakdown of a count of those lost, excluded or with an event ("11 cases were disqualified (3 cases of X and 8 of Y)").
    parts_of = [c.mention for c in roled if c.role in ("lost", "events", "subgroup", "screened")]
    arm_sets = [a for a in arm_sets if not any(c.sentence is a.sentence and c.start < a.start and c.n == a.total for c in parts_of)]
    n_forms: dict[Sentence, list[CountMention]] = {}
    for c in mentions:
        if c.form == "n=":
            n_forms.setdefault(c.sentence, []).append(c)
    # Counts inside a set of group sizes are group sizes, not totals; so is an "n =" among several in one sentence. Only sets
    # that can be the arms hide their counts: "These 23 patients were randomly allocated to an antibiotic group ... and two in
    # the control group" keeps 23 as the randomised count.
    in_groups = {id(c) for group in n_forms.values() if len(group) >= 2 for c in group if c.n != sum(o.n for o in group if o is not c)}
    in_arms = in_groups | {id(c) for c in mentions if any(_inside(c, a) for a in [*arm_sets, *equal])}
    agreement = _agreement(roled, in_arms)
    kept = [a for a in arm_sets if plausible_arms(a, *agreement[:3])]
    if len(kept) < len(arm_sets):
        in_arms = in_groups | {id(c) for c in mentions if any(_inside(c, a) for a in [*kept, *equal])}
        agreement = _agreement(roled, in_arms)

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
    targets, limits, strong, listed_groups = agreement

    chosen: list[tuple[str, int]] = []
    chosen_from: ArmSet | EqualGroups | None = None
    planned_groups: int | None = None
    if with_arms:
        # Equal groups ("50 patients in each group") become a set of arms, labelled by another statement of the groups
        # or by the design sentence, and compete with the others.
        candidates = list(arm_sets)
        for eq in equal:
            named = [[lab for lab, _ in a.arms] for a in arm_sets if eq.k in (None, len(a.arms))]
            k = eq.k or _groups_named(own)
            labels = next((x for x in named if k in (None, len(x))), None) or design_labels(own)
            if k and len(labels) != k and len(names := group_names(own)) == k:
                labels = names  # "three groups of 20 each ... in Group S; ... in Group M; ... in Group SM"
            arms = _equal_arms(EqualGroups(eq.n, k, eq.sentence, eq.start, eq.end), labels)
            if arms:
                candidates.append(ArmSet(tuple(arms), arm_kind(eq.sentence.text), eq.sentence, eq.start, eq.end, "equal"))
        if not candidates and (split := _split_equally(own, randomized or enrolled or mentioned)) is not None:
            candidates.append(split)
        # Group sizes written beside a planned count ("a target of 210 subjects (105 in each arm)"), or anywhere in a
        # protocol, are planned, not groups that exist: the plan's total, never arms.
        planned_at = {c.mention.sentence for c in roled if c.role == "planned" and _PLAN.search(c.mention.sentence.text)}
        candidates = [a for a in candidates if a.sentence not in planned_at]
        named = design_labels(own) if len(candidates) > 1 else []
        if named and any(not clashes_with_design(a.arms, named) and plausible_arms(a, targets, limits, strong) for a in candidates):
            candidates = [a for a in candidates if not clashes_with_design(a.arms, named)]
        best = _choose_arms(candidates, targets, limits, strong)
        if best is not None and protocol:
            planned_groups = best.total
        elif best is not None:
            chosen, chosen_from = list(best.arms), best
    arm_total = sum(n for _, n in chosen) if chosen else None
    if listed_groups is not None and arm_total == listed_groups[0]:
        first_m, last_m = listed_groups[1], listed_groups[2]
        # A count that is one part of the listed people the arms add up to is not the study's total.
        if randomized is not None and first_m.start <= randomized.mention.start <= last_m.start:
            randomized = None
        if enrolled is not None and first_m.start <= enrolled.mention.start <= last_m.start:
            enrolled = None

    if randomized is not None and arm_total is not None and randomized.mention.n != arm_total:
        # Of several counts stated as randomized, the one the arms add up to ("469 subjects were randomized: 160 to placebo, ...").
        randomized = next((c for c in roled if c.role == "randomized" and c.mention.n == arm_total and id(c.mention) not in in_arms
                           and c.mention.unit_kind in _COUNTABLE), randomized)
    if (randomized is not None and arm_total is not None and chosen_from is not None and arm_total > randomized.mention.n
            and chosen_from.kind != "randomized" and not (enrolled is not None and enrolled.mention.n == arm_total)):
        # Groups larger than all the study randomised are another study's or pooled ("534 patients were evaluable (226
        # with IFN/HU and 308 with HU)" after "376 patients ... were randomized"): not this study's arms.
        chosen, chosen_from, arm_total = [], None, None
    if randomized is not None and arm_total is not None and randomized.mention.n < arm_total and enrolled is not None and enrolled.mention.n == arm_total:
        randomized = None
    if randomized is None and arm_total is not None and enrolled is not None and enrolled.mention.n != arm_total and not (
            isinstance(chosen_from, ArmSet) and chosen_from.kind == "analyzed"):
        # Of several counts stated as enrolled, the one the arms add up to is the study's ("49 underwent X and 148 underwent Y").
        agreeing = next((c for c in roled if c.role in ("enrolled", "mentioned", "mentioned-none", "subgroup", "events")
                         and c.mention.n == arm_total and id(c.mention) not in in_arms), None)
        enrolled = agreeing or enrolled
    if listed_groups is not None and (head := randomized or enrolled) is not None and head.mention is listed_groups[2] and (
            listed_groups[1].sentence is head.mention.sentence and not protocol):
        # "Six female and 18 male volunteers ... were included": the verb counts every group listed before it.
        n, first_m, last_m = listed_groups
        size.total, listed_source = n, "sum of groups"
        note("total", n, first_m.sentence, first_m.start, last_m.end)
        if randomized is not None:
            size.randomized = n
            note("randomized", n, first_m.sentence, first_m.start, last_m.end)
        randomized = enrolled = None
    else:
        listed_source = None
    if randomized is not None:
        size.randomized = randomized.mention.n
        note_count("randomized", randomized)
    if analyzed is not None:
        size.analyzed = analyzed.mention.n
        note_count("analyzed", analyzed)
    if chosen and chosen_from is not None:
        chosen = named_by_design(chosen, design_labels(own))
        size.arms = [Arm(label=lab, n=n) for lab, n in chosen]
        for _lab, n in chosen:
            note("arms", n, chosen_from.sentence, chosen_from.start, chosen_from.end)
        if isinstance(chosen_from, ArmSet) and chosen_from.kind == "analyzed" and size.analyzed is None:
            size.analyzed = arm_total
            note("analyzed", arm_total or 0, chosen_from.sentence, chosen_from.start, chosen_from.end)
        elif size.analyzed is None and (later := _analysed_sizes(arm_sets, chosen)) is not None:
            # "... randomly allocated to the early (53) or the late (52) group. For 99 families (52 in the early and 47 in
            # the late group) ... was available": the same groups' analysed sizes add up to the analysed number.
            size.analyzed = later.total
            note("analyzed", later.total, later.sentence, later.start, later.end)

    source = listed_source
    if source is not None:
        pass
    elif randomized is not None:
        size.total, source = randomized.mention.n, "stated randomized"
        note_count("total", randomized)
    elif enrolled is not None:
        size.total, source = enrolled.mention.n, "stated enrolled"
        note_count("total", enrolled)
    elif arm_total is not None and chosen_from is not None:
        size.total, source = arm_total, "sum of arms"
        note("total", arm_total, chosen_from.sentence, chosen_from.start, chosen_from.end)
    elif not with_arms and not protocol and not any(c.role == "nonhuman" for c in roled) and (
            groups_set := _choose_arms(arm_sets, targets, limits, strong)) is not None and (not limits or groups_set.total in [*targets, *(strong or [])]):
        # Not a trial, so no arms; its groups' sizes still add up to the people it studied ("19 subjects received the
        # influenza vaccine, 20 subjects the combination ..."), and they hide their counts from the roles above.
        size.total, source = groups_set.total, "sum of groups"
        note("total", groups_set.total, groups_set.sentence, groups_set.start, groups_set.end)
    elif (groups := _n_group_sum(n_forms)) is not None and not protocol and not (
            mentioned is not None and mentioned.mention.start < groups[1].start and mentioned.mention.n != groups[0]):
        # (A count of the study's people stated before the groups, that they do not add up to, is the total: the "n ="
        # sizes may be strata and arms at once.)
        n, first_m, last_m = groups  # "X (n=40; ...) or Y (n=39; ...)" whose labels did not make arms
        size.total, source = n, "sum of groups"
        note("total", n, first_m.sentence, first_m.start, last_m.end)
    elif (listed := listed_groups) is not None and not protocol:
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
    if protocol and source in ("stated enrolled", "stated", "analyzed", "sum of groups") and size.planned is None:
        size.planned, size.total, source = size.total, None, None
    if protocol and size.planned is None and planned_groups is not None:
        size.planned = planned_groups  # "Memantine (n = 20) or placebo (n = 20) is administered": the plan's groups
    return SampleSizeResult(sample_size=size, provenance=prov, total_source=source)


def candidates_with_roles(
    sents: Sequence[Sentence], title: Sentence | None = None, protocol: bool | None = None, told: list[Sentence] | None = None,
) -> list[RoledCount]:
    """Return every count candidate of the study's sections and title with its role (steps 1 and 2); ``told``: the
    sentences study_sentences(sents) returns, when the caller has them."""
    told = study_sentences(sents) if told is None else told
    own = told + ([title] if title is not None and title.text else [])
    mentions = list(iter_counts(own))
    if not any(m.unit_kind == "people" and m.n >= 2 for m in mentions):
        # A study of animals counts its animals as a trial counts its patients ("a total of 12 dogs").
        mentions = [replace(m, unit_kind="people") if m.unit_kind in ("nonhuman", "none") and m.unit and ANIMAL_NOUNS.match(m.unit) else m for m in mentions]
    roled = assign_roles(mentions, protocol=is_protocol(title, sents) if protocol is None else protocol, told=told)
    if any(c.mention.unit_kind == "people" and not PROVIDER_NOUNS.match(c.mention.unit or "") for c in roled):
        # Clinicians or practices counted beside their patients are the units of a cluster trial, not its participants.
        roled = [RoledCount(c.mention, "cluster") if c.mention.unit and PROVIDER_NOUNS.match(c.mention.unit) else c for c in roled]
    return roled
