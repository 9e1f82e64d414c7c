"""Count candidates: every number in a sentence that may count participants, with the words around it.

Step 1 of sample-size extraction (candidates -> roles -> reconciliation). A
candidate is a plain record of what is written: the number, its offsets, the
noun it counts ("patients", "schools", "teeth"), the form it takes ("n = 39",
"39/54", "39 of 54", "a total of 54") and, for group sizes, the group's label
as written. Nothing here decides what the count means; count_roles does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from trialdb.extract.numbers import WORD_NUMBER, finditer_at_numbers, has_number_word, parse_count
from trialdb.extract.sentences import Sentence

_I = re.I

#: A count as written: digits with thousands separators, or English number words ("Thirty-nine").
COUNT = re.compile(
    r"(?<![\w.,·/])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.,])|\d+)(?![\w·]|[.,]\d)"
    rf"|(?<![\w-])(?i:{WORD_NUMBER})(?![\w-])"
)


def count_matches(text: str) -> list[re.Match[str]]:
    """Return the matches of every count written in ``text``, digits and number words, in text order."""
    return list(finditer_at_numbers(COUNT, text))


#: Nouns that count people (whole words; a trailing "*" marks a stem).
PEOPLE_NOUNS = (
    "patient", "participant", "subject", "individual", "person", "people", "women", "woman", "men", "man", "adult",
    "child", "children", "infant", "neonate", "newborn", "baby", "babies", "adolescent", "teenager", "youth", "volunteer",
    "survivor", "resident", "student", "mother", "father", "parent", "veteran", "smoker", "outpatient", "inpatient",
    "girl", "boy", "couple", "family", "families", "dyad", "case", "control", "beneficiar*", "member", "worker",
    "employee", "athlete", "runner", "soldier", "recruit", "nurse", "physician", "clinician", "doctor", "practitioner",
    "male", "female", "elderly", "twin", "user", "consumer", "donor", "recipient", "caregiver", "carer", "pregnan*",
    "primigravida*", "primipar*", "multipar*", "parturient", "preterm", "client", "respondent", "player", "pupil",
    "learner", "dentist", "surgeon", "drinker", "addict", "prisoner", "inmate", "retiree", "pts", "diabetic",
    "asthmatic", "hypertensive", "youngster", "toddler", "student", "enrollee", "attendee", "completer", "responder",
    "non-responder", "nonresponder", "heavy drinker", "gambler", "employee", "elder", "senior", "pensioner", "teen",
    "schoolchild", "schoolchildren", "girl", "boy", "pair", "mother-infant", "mother–infant", "sibling", "offspring",
    "healthy", "ptient", "kid", "member", "homeless", "undergraduate", "graduate", "caller", "gp", "trainee", "intern", "pharmacist",
    "therapist", "midwife", "midwives", "teacher", "psychiatrist", "paediatrician", "pediatrician", "provider", "prescriber",
    "tutor", "educator", "coach", "counsellor", "counselor",
)
#: The animals a laboratory or veterinary study counts (its units, as a trial's are its patients).
ANIMALS = (
    r"rats?|mice|mouse|rodents?|pigs?|piglets?|swine|hogs?|sows?|sheep|ewes?|lambs?|dogs?|beagles?|cats?|rabbits?|hamsters?|guinea pigs?"
    r"|macaques?|monkeys?|non-?human primates?|baboons?|horses?|mares?|foals?|ponies|cattle|cows?|calves|steers?|heifers?|bulls?|goats?"
    r"|broilers?|chickens?|hens?|poultry|zebrafish|animals?"
)
ANIMAL_NOUNS = re.compile(rf"^(?:{ANIMALS})$", re.I)
#: People who deliver care: the units a cluster trial randomises when it also counts patients ("15 clinicians were randomly
#: assigned to refer eligible patients").
PROVIDER_NOUNS = re.compile(
    r"^(?:clinicians?|physicians?|doctors?|practitioners?|GPs?|nurses?|surgeons?|dentists?|pharmacists?|therapists?|midwives|midwife|"
    r"teachers?|providers?|prescribers?|psychiatrists?|paediatricians?|pediatricians?|residents?|trainees?|staff)$",
    re.I,
)
#: Nouns of units that are not participants (cluster trials).
CLUSTER_NOUNS = (
    "school", "village", "practice", "practise", "communit*", "cluster", "household", "hospital", "ward", "clinic", "centre",
    "center", "site", "district", "area", "region", "county", "counties", "nursing home", "home", "team", "class",
    "classroom", "unit", "facilit*", "neighbourhood", "neighborhood", "slum", "municipalit*", "camp", "compound",
    "kindergarten", "nurser*", "group", "arm", "general practice", "pharmac*", "institution", "province", "state",
    "country", "countries", "city", "cities", "town", "workplace", "service", "department", "surgery", "surgeries", "company", "companies", "church", "mosque",
)
NONHUMAN_NOUNS = (
    "teeth", "tooth", "eye", "knee", "hip", "limb", "hand", "foot", "feet", "lesion", "wound", "ulcer", "defect",
    "sample", "specimen", "implant", "tumour", "tumor", "quadrant", "molar", "premolar", "incisor", "canine",
    "recession", "restoration", "procedure", "operation", "surger*", "cycle", "embryo", "oocyte", "visit", "episode",
    "session", "injection", "dose", "tablet", "capsule", "cell", "rat", "mice", "mouse", "dog", "pig", "sheep", "animal",
    "pocket", "surface", "nail", "scar", "joint", "breast", "kidney", "graft", "biops*", "image", "scan", "question",
    "item", "record", "chart", "prescription", "claim", "event", "admission", "pregnancies", "delivery", "deliveries",
    "birth", "fracture", "catheter", "stent", "vessel", "vein", "artery", "segment", "nerve", "muscle", "measurement",
    "observation", "test", "assay", "reading", "questionnaire", "interview", "survey", "response", "gene", "snp",
    "polymorphism", "variant", "allele", "marker", "biomarker", "protein", "patch", "tube", "ear", "finger", "toe",
    "nodule", "site-visit", "treatment", "outcome", "endpoint", "measure", "domain", "variable", "factor", "drug",
    "medication", "intervention", "condition", "scenario", "hour", "day", "week", "month", "year", "night", "meal",
)
STUDY_NOUNS = ("trial", "study", "studies", "rct", "article", "paper", "report", "publication", "review", "meta-analys*", "analyses")


def _noun_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    parts = [re.escape(n[:-1]) + r"[\w-]*" if n.endswith("*") else re.escape(n) + r"(?:s|es|ren|'s)?" for n in nouns]
    return re.compile(rf"^(?:{'|'.join(sorted(parts, key=len, reverse=True))})$", _I)


_KINDS = (
    ("studies", _noun_pattern(STUDY_NOUNS)),
    ("people", _noun_pattern(PEOPLE_NOUNS)),
    ("nonhuman", _noun_pattern(NONHUMAN_NOUNS)),
    ("cluster", _noun_pattern(CLUSTER_NOUNS)),
)

#: Words after a number that make it a measurement or a time, not a count.
_MEASURE_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:%|percent|per ?cent|[µμ]?g\b|mg|mcg|ng|kg|ml|mL|l\b|dl|mmol|µmol|nmol|mol|iu|IU|units?\b|mm|cm|m\b|km|"
    r"mmhg|mm ?hg|bpm|kcal|cal\b|hz|kda|°|º|years?\b|yrs?\b|y\b|yr\b|y\.o|months?\b|mo\b|weeks?\b|wk|days?\b|d\b|hours?\b|h\b|hrs?\b|"
    r"min(?:utes?)?\b|s\b|sec(?:onds?)?\b|times?\b|fold\b|-fold|x\b|×|points?\b|pts?\b(?! (?:were|was|with|had))|score|"
    r"doses?\b|mg/|cycles?\b|sessions?\b|tablets?\b|capsules?\b|drops?\b|puffs?\b|servings?\b|steps?\b|visits?\b|items?\b|"
    r"questions?\b|domains?\b|-?item\b|-?point\b|-?day\b|-?week\b|-?month\b|-?year\b|-?hour\b|-?min|-?h\b|:\d|st\b|nd\b|rd\b|th\b|"
    r"a\.m|p\.m|am\b|pm\b|mg\b|cc\b|gy\b|Gy\b|mbq|ci\b|beats|breaths|cigarettes|drinks|glasses|cups|meals|nights|"
    r"grams?|litres?|liters?|metres?|meters?|kilograms?|millilitres?|milliliters?|calories|kilometres?|miles?|feet\b|inches?|"
    r"degrees?|centimetres?|centimeters?|millimetres?|millimeters?|pounds?|lbs?\b|ounces?|oz\b|cm2|mm2|m2|\^|-?years?-old|-?year-old)",
    _I,
)
#: Words before a number that make it a measurement, a statistic or an identifier.
_MEASURE_WORDS = (
    "p", "age", "ages", "aged", "mean", "median", "sd", "se", "sem", "iqr", "range", "ci", "or", "rr", "hr", "day", "week", "month",
    "year", "years", "visit", "phase", "grade", "stage", "type", "class", "level", "version", "step", "cycle", "session", "dose",
    "score", "scores", "of", "to", "than", "from", "between", "by", "over", "under", "about", "approximately", "nearly", "almost",
    "up to", "at least", "least", "least of", "more than", "less than", "fewer than", "minimum", "maximum", "no", "number", "figure",
    "table", "ref", "isrctn", "nct", "r", "r2", "kappa", "icc", "t", "f", "z", "chi2", "χ2", "df", "β", "beta", "auc", "v", "bmi",
    "hba1c", "vas", "nrs", "tnm", "who", "asa", "nyha", "gcs", "apgar", "hour", "minute", "aging", "year-old", "followed for",
    "follow-up of", "lasting", "duration of", "period of", "interval of", "every", "each", "per", "x",
)
_MEASURE_SYMBOLS = ("×", "±", "+/-", "=", "<", ">", "≤", "≥", ":", "^", "#", "№")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_LIST_WORDS = ("group", "arm", "cohort", "grade", "type", "stage", "level", "step", "session", "visit")


def _reversed_alternatives(items: tuple[str, ...]) -> str:
    return "|".join(re.escape(w[::-1]) for w in sorted(items, key=len, reverse=True))


# The patterns below read the text before a number backwards ("... aged 39" -> "dega ..."): a match anchored at the
# number is one attempt, where a search for "...$" forwards tries every position of the window.
#: "mean 39", "p = 39", "aged 39": a measurement, a statistic or an identifier (matched on the reversed text before).
_MEASURE_BEFORE_REV = re.compile(
    rf"^\s*(?:(?:{_reversed_alternatives(_MEASURE_WORDS)})(?!\w)|(?:{_reversed_alternatives(_MEASURE_SYMBOLS)}))", _I
)
#: "10-39", "groups 39", "March 39": ranges, list positions and dates (on the reversed text before).
_BEFORE_REFUSED_REV = re.compile(
    rf"^\s*(?:(?:-|–|—|ot|hguorht)\s*\d|(?:s?(?:{_reversed_alternatives(_LIST_WORDS)}))(?!\w)"
    rf"|\.?[a-z]*(?:{_reversed_alternatives(_MONTHS)})(?!\w))",
    _I,
)
#: "n = 39" (on the reversed text before).
_N_EQUALS_BEFORE_REV = re.compile(r"^\s*[=:]\s*[nN](?!\w)")
#: "a total of 39", "overall, 39", "in all 39", "altogether 39" (on the reversed text before).
_TOTAL_OF_BEFORE_REV = re.compile(r"^(?:\s*[=:]?\s*(?:fo\s+)?latot|\s+,?(?:llarevo|lla ni|rehtegotla))(?!\w)", _I)
_DATE_AFTER = re.compile(rf"^(?:\s*(?:{'|'.join(_MONTHS)})[a-z]*\.?\b|,\s*(?:19|20)\d\d\b|(?:st|nd|rd|th)\b)", re.I)
_RANGE_AFTER = re.compile(r"^\s*(?:-|–|—|:)\s*\d|^\s*[(\[]\s*(?:range|sd|s\.d|iqr|interquartile|±|95\s*%|ci\b|se\b)", re.I)
_FRACTION_AFTER = re.compile(r"^\s*/\s*(\d{1,3}(?:,\d{3})+|\d+)(?![\d.])")
_OF_AFTER = re.compile(rf"^\s+(?:out\s+)?of\s+(?:the\s+|these\s+|all\s+|those\s+)?(\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{WORD_NUMBER}))\b(?!\s*%)", _I)
_PERCENT_PAREN_AFTER = re.compile(r"^\s*[(\[]\s*\d+(?:[.·]\d+)?\s*%")
_HEAD = re.compile(r"^\s+((?:[A-Za-z][\w'’/-]*,?\s+){0,4}?)([A-Za-z][\w'’-]*)")


@dataclass(frozen=True)
class CountMention:
    """One number that may count participants, as written.

    ``form``: "count" (a number before or after its noun), "n=" ("(n = 39)"),
    "total" ("a total of 54"), "numerator"/"denominator" ("39/54", "39 of 54").
    ``unit`` is the noun counted as written, ``unit_kind`` one of people,
    cluster, nonhuman, studies, none. Offsets are into the abstract (or the
    title, for the title sentence).
    """

    n: int
    start: int
    end: int
    sentence: Sentence
    form: str
    unit: str | None
    unit_kind: str
    words: bool = False

    @property
    def local_start(self) -> int:
        """Return the mention's start inside its sentence."""
        return self.start - self.sentence.start

    @property
    def local_end(self) -> int:
        """Return the mention's end inside its sentence."""
        return self.end - self.sentence.start


@lru_cache(maxsize=4096)
def unit_kind(noun: str | None) -> str:
    """Return the kind of unit a noun counts: people, cluster, nonhuman, studies or none."""
    if not noun:
        return "none"
    for kind, pattern in _KINDS:
        if pattern.match(noun):
            return kind
    return "none"


#: "Fifty-eight (58) children": the number restated in digits.
_RESTATED = re.compile(r"^\s*\(\d+\)\s*")
#: An anaesthetic risk class between a count and its noun: "One hundred American Society of Anesthesiologists (ASA) grade I
#: patients", "60 ASA physical status I-II women".
_ASA_CLASS = re.compile(
    r"^\s*(?:American Society of Ana?esthesiologists?\s*(?:\(ASA\)\s*)?|ASA\s+)(?:physical status\s+|PS\s+)?(?:class(?:es)?\s+|grades?\s+|status\s+)?"
    r"(?:[IV]{1,3}|[1-4])(?:\s*(?:-|–|/|,|and|or|to)\s*(?:[IV]{1,3}|[1-4]))*(?=\s)"
)
_GAP_BREAK = re.compile(r"[.,;:()\[\]\d=<>%]")
_WORDS = re.compile(r"[A-Za-z][\w'’/-]*")
#: Words after which the noun a count counts can no longer follow.
_HEAD_STOP = frozenset((
    "were", "was", "had", "have", "has", "who", "with", "without", "in", "to", "received", "receiving", "from", "at", "on",
    "for", "into", "per", "each", "than", "or", "vs", "versus", "aged", "age", "whom", "which", "that", "undergoing", "being",
    "are", "is", "participated", "between", "during", "after", "before", "by", "under", "over", "among", "within", "across", "attending", "treated",
    "presenting", "suffering", "taking", "using", "seen", "as", "against", "compared", "like",
))
#: Participles that end the phrase once its noun is found ("39 patients randomized ...") but may also stand before it.
_HEAD_SOFT_STOP = frozenset((
    "of", "completed", "enrolled", "randomized", "randomised", "included", "recruited", "treated", "admitted", "scheduled",
    "diagnosed", "referred", "eligible", "evaluable", "analysed", "analyzed", "allocated", "assigned",
))


_PLURAL_PEOPLE = re.compile(r"(?:[^s]s|men|children|people|babies|families|ren)$", re.I)
_DETERMINERS = frozenset(("the", "a", "an", "this", "these", "those", "their", "his", "her", "its", "all", "both", "each", "every", "our"))


def _head(after: str) -> tuple[str | None, str]:
    """Return the noun a count counts: the last unit noun of the phrase after it (up to a verb, preposition or number)."""
    if not after[:1].isspace():
        return None, "none"
    after = _RESTATED.sub(" ", after, count=1)
    if "ASA" in after[:60] or "Anest" in after[:60] or "Anaest" in after[:60]:
        after = _ASA_CLASS.sub(" ", after, count=1)
    first = None
    prev_word = ""
    last_end = 0
    found: tuple[str | None, str] = (None, "none")
    for m in _WORDS.finditer(after[:90]):
        gap = after[:m.start()] if first is None else after[last_end:m.start()]
        if _GAP_BREAK.search(gap):
            break
        w = m.group(0)
        low = w.lower()
        if low in ("the", "a", "an", "this", "their") and prev_word.endswith("ed"):
            break  # "110 completed the study": a verb and its object, not the noun counted
        prev_word = low
        if low in _HEAD_STOP or (found[0] and (low in _HEAD_SOFT_STOP or (low.endswith("ed") and len(low) > 4))):
            break
        if found[1] == "people" and low in _DETERMINERS:
            break  # "54 patients met the study criteria": a determiner after the noun of people follows a verb
        kind = unit_kind(w)
        if kind == "none" and found[1] == "people" and _PLURAL_PEOPLE.search(found[0] or ""):
            # "137 women and treatments were ...", "20 patients postcardiac surgery": past a plural noun of people the phrase
            # has its head; a singular one may still modify a later noun ("two adult acute care hospitals").
            break
        first = first or w
        last_end = m.end()
        if kind != "none":
            found = (w, kind)
    return found if found[0] else (first, "none")


def _is_year(n: int, text: str, start: int, end: int) -> bool:
    if not 1900 <= n <= 2100 or "," in text[start:end]:
        return False
    after = text[end:end + 12]
    return not re.match(r"^\s+(?:[\w-]+\s+){0,3}?(?:patients|participants|subjects|women|men|children|people|adults)", after, _I)


@lru_cache(maxsize=64)
def find_counts(s: Sentence) -> tuple[CountMention, ...]:
    """Return every number of sentence ``s`` that may count participants or units, in text order.

    Kept for the last few dozen sentences (a value: equal sentences have equal candidates), so the design and the
    sample size of one record read the candidates once.
    """
    text = s.text
    out: list[CountMention] = []
    for m in count_matches(text):
        raw = m.group(0)
        n = parse_count(raw)
        if n is None or n < 1:
            continue
        a, b = m.start(), m.end()
        # Cheap refusals first: percentages, ratios, sub- and superscripts need no pattern.
        nxt = text[b:b + 2].lstrip()[:1]
        if nxt in _REFUSE_NEXT:
            continue
        before, after = text[max(0, a - 22):a], text[b:b + 80]
        rev = before[::-1]
        words = not raw[0].isdigit()
        if words and raw.lower() in ("one", "a"):
            continue
        if not words and before[-1:].isalpha() or before[-2:-1].isalpha() and before[-1:] == "-":
            continue  # "COX-2", "A1": part of a name
        if _MEASURE_AFTER.match(after) or _RANGE_AFTER.match(after) or _is_year(n, text, a, b):
            continue
        if _BEFORE_REFUSED_REV.match(rev) or _DATE_AFTER.match(after):
            continue
        if _N_EQUALS_BEFORE_REV.match(rev):
            # "High schools (N=24)", "eyes (n = 40)": the noun before the bracket says what the size counts, when it is a unit.
            before_noun = _NOUN_BEFORE_BRACKET.search(text[max(0, a - 40):a])
            noun = before_noun.group(1) if before_noun else None
            unit = noun if noun and unit_kind(noun) in ("cluster", "nonhuman", "studies") and not _GIVEN_OR_TIME.match(noun) else None
            out.append(CountMention(n, s.start + a, s.start + b, s, "n=", unit, unit_kind(unit), words))
            continue
        if _MEASURE_BEFORE_REV.match(rev) and not _TOTAL_OF_BEFORE_REV.match(rev) and not _PARTICIPANTS_LABEL.search(before):
            # "of" before a count is kept only as a denominator ("39 of 54"), handled at the numerator.
            if not re.search(r"\b(?:of|from|to|than|between|by|over|under|about|approximately|nearly|almost|least|more than|less than)\s*$", before, _I):
                continue
            # "by" too when people follow: "tablets were used by twenty-five patients" (not "reduced by 25%").
            if re.search(r"\b(?:of|from|between|to|by)\s*$", before, _I) and _head(after)[1] in ("people", "cluster", "nonhuman", "studies"):
                noun, kind = _head(after)
                out.append(CountMention(n, s.start + a, s.start + b, s, "count", noun, kind, words))
            continue
        frac = _FRACTION_AFTER.match(after) or _OF_AFTER.match(after)
        if frac:
            den = parse_count(frac.group(1))
            noun, kind = _head(after[frac.end():])
            out.append(CountMention(n, s.start + a, s.start + b, s, "numerator", noun, kind, words))
            if den is not None:
                ds, de = b + frac.start(1), b + frac.end(1)
                out.append(CountMention(den, s.start + ds, s.start + de, s, "denominator", noun, kind, not frac.group(1)[0].isdigit()))
            continue
        noun, kind = _head(after)
        form = "total" if _TOTAL_OF_BEFORE_REV.match(rev) else "count"
        out.append(CountMention(n, s.start + a, s.start + b, s, form, noun, kind, words))
    # "of 54" denominators found through their numerator must not appear twice.
    seen: set[tuple[int, int]] = set()
    unique = []
    for c in sorted(out, key=lambda c: (c.start, c.form != "denominator")):
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            unique.append(c)
    return tuple(unique)


def iter_counts(sents: list[Sentence]) -> Iterator[CountMention]:
    """Yield the count candidates of several sentences in order."""
    for s in sents:
        if _DIGIT.search(s.text) or has_number_word(s.text):
            yield from find_counts(s)


_DIGIT = re.compile(r"\d")
#: A heading of the people studied right before a count ("PARTICIPANTS: 155 callers"): a count, not a value after a colon.
_PARTICIPANTS_LABEL = re.compile(r"\b(?:participants|patients|subjects|sample|population)\s*:\s*$", _I)
_NOUN_BEFORE_BRACKET = re.compile(r"([A-Za-z][\w-]*)\s*[(\[]\s*[nN]\s*[=:]\s*$")
#: Nouns before "(n = 35)" that name what a group received or when, not the unit counted: "hernia repair surgery (n = 105)",
#: "oxycodone for 24 hours (n = 35)" count people.
_GIVEN_OR_TIME = _noun_pattern((
    "procedure", "operation", "surger*", "cycle", "session", "injection", "dose", "tablet", "capsule", "treatment", "drug",
    "medication", "intervention", "condition", "therap*", "hour", "day", "week", "month", "year", "night", "meal",
))
#: A character right after a number that makes it a measurement or a ratio ("95%", "2:1", "10^6", "4-fold").
_REFUSE_NEXT = frozenset("%:^×x")

