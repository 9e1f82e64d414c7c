"""Property-based tests: whatever text an abstract holds, the extractor returns facts a reader can trust.

Arbitrary text (random characters, the words and symbols the rules look for, numbers of any size, pieces of real
abstracts, in labelled sections) never raises, and never yields a p-value outside [0, 1], a negative or unstorable
count, a number JSON cannot write, or a provenance span outside the text it points into.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from trialdb.extract import Extractor, TrialFacts, new_extractor
from trialdb.fetch import Article, read_articles
from trialdb.fetch.article import AbstractSection

from ..conftest import SEED, pubmed_files

#: Every count is stored in an INTEGER column: PostgreSQL's holds at most 2**31 - 1.
MAX_STORED_INT = 2**31 - 1
OPS = {"=", "<", ">", "<=", ">="}
#: Derandomized: every run tries the same examples, so CI never fails on a draw; the database is off, so no .hypothesis/.
PROPERTY_SETTINGS = settings(max_examples=400, deadline=None, database=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@cache
def extractor() -> Extractor:
    """Return the one Extractor these tests share (hypothesis examples cannot use pytest fixtures)."""
    return new_extractor()


@cache
def real_fragments() -> tuple[str, ...]:
    """Sentences and clauses of real abstracts (the seed and a few bundled records)."""
    out: list[str] = []
    for article in read_articles([SEED, *pubmed_files()[:12]]):
        for sentence in re.split(r"(?<=[.;])\s+", article.abstract):
            if 10 <= len(sentence) <= 300:
                out.append(sentence)
    return tuple(out)


#: What the rules look for: p-values, counts, arms, effects, CIs, design words, registry IDs, evidence classes.
VOCABULARY = [
    "p", "P", "p =", "P<", "p ≤", "P ≥", "P < or =", "p-value", "ptrend=", "P(interaction)", "p=NS", "=", "<", ">", "≤", "≥", "=<",
    "&lt;", "＜", ":", "0.05", ".001", "0·03", "0,04", "1.0", "1.5", "−", "-", "–", "x", "×", "10", "10-5", "10^-3", "10−", "e-", "E−",
    "(", ")", "[", "]", ",", ";", ".", ". ", "%", "±", "+/-", "/", "of", "n =", "N=", "(n = ", "n=", "patients", "participants",
    "subjects", "randomized", "randomised", "randomly assigned", "allocated", "placebo", "sham", "double-blind", "open-label",
    "triple-blind", "single-blind", "blinded assessors", "group", "groups", "arm", "arms", "versus", "vs.", "vs", "and", "or", "to",
    "were", "was", "A total of", "enrolled", "included", "analyzed", "completed", "dropped out", "in the", "intervention group",
    "control group", "OR", "RR", "HR", "aOR", "MD", "SMD", "95% CI", "95% confidence interval", "odds ratio", "hazard ratio",
    "CI", "NCT01716481", "NCT", "ISRCTN88789643", "ChiCTR-TRC-12002291", "ACTRN12611000123456", "2004-000123-45",
    "CTRI/2008/091/0004", "UMIN000024317", "DRKS00001234", "CRD42022347156", "Class III evidence", "Class I", "level of evidence",
    "primary outcome", "primary end point", "secondary outcomes", "at 90 days", "months", "weeks", "day 180", "phase", "II",
    "phase 2b", "2:1", "1:1", "multicenter", "multicentre", "crossover", "thirty-nine", "hundred", "thousand", "one", "two",
    "Six hundred and twenty-four", "meta-analysis", "systematic review", "cohort", "single-arm", "pilot", "trials", "studies",
    "respectively", "both", "mean", "SD", "median", "events", "deaths", "died", "responders", "men", "women", "\n", "\t", "  ",
]
LABELS = [None, "BACKGROUND", "OBJECTIVE", "METHODS", "DESIGN", "PATIENTS", "RESULTS", "FINDINGS", "CONCLUSIONS", "TRIAL REGISTRATION",
          "CLASSIFICATION OF EVIDENCE", "MAIN OUTCOME MEASURES", "ABSTRACT"]

numbers = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=4).map(str),
    st.integers(min_value=1, max_value=12).map(lambda k: "9" * k),
    # Digit runs longer than any real number: past a float's range and past Python's int-from-text limit.
    st.sampled_from([310, 400, 4301, 5000]).map(lambda k: "1" + "0" * k),
)
piece = st.one_of(
    st.sampled_from(VOCABULARY),
    st.sampled_from(VOCABULARY),
    numbers,
    st.text(max_size=20),
    st.deferred(lambda: st.sampled_from(real_fragments())),
)
separator = st.sampled_from([" ", " ", " ", "", "\n", ", ", "\u00a0", "\u2009"])


@st.composite
def phrase(draw: st.DrawFn) -> str:
    """Pieces joined by random separators."""
    pieces = draw(st.lists(piece, max_size=25))
    return "".join(p + draw(separator) for p in pieces)


#: Sentences shaped as abstracts write what the rules read, with any numbers in their slots.
TEMPLATES = [
    "A total of {n} patients were randomized to {arm} (n = {n}) or {arm} (n = {n}).",
    "{n} participants were enrolled; {n} were analyzed.",
    "Patients were randomly assigned to {arm} (n={n}), {arm} (n={n}) or {arm} (n={n}).",
    "We included {n} patients in each of {k} groups.",
    "{k} groups of {n} patients each.",
    "{n} cases and {n} controls were included.",
    "The primary outcome improved more with {arm} than with {arm} (p {op} {x}; {x} and {x}).",
    "P = {x} x 10-{n}; P < 10^-{n}; p {op} {x}e-{n}.",
    "The {measure} was {x} (95% CI {x} to {x}; p {op} {x}).",
    "Events occurred in {n}/{n} ({x}%) with {arm} and {n}/{n} ({x}%) with {arm}.",
    "Recovery was {x}% vs {x}% in the two groups.",
    "Scores were {x} ± {x} with {arm} and {x} ± {x} with {arm}.",
    "Mean change {x} +/- {x} versus {x} +/- {x} (P={x}).",
    "This was a phase {k} multicenter trial at {n} sites (NCT{n}); Class {k} evidence.",
]
slot_numbers = st.one_of(
    numbers,
    st.sampled_from(["0", "1", "2", "0.0", "0.05", ".001", "1.0", "100", "999999999", "2147483648", "1,000,000,000", "thirty-nine"]),
)


@st.composite
def templated(draw: st.DrawFn) -> str:
    """A template with every slot filled."""
    template = draw(st.sampled_from(TEMPLATES))
    fill = {
        "n": lambda: draw(slot_numbers), "x": lambda: draw(slot_numbers), "k": lambda: draw(st.sampled_from(["two", "three", "5", "2", "II", "0"])),
        "op": lambda: draw(st.sampled_from(["=", "<", ">", "≤", "<or=", "of", ""])),
        "arm": lambda: draw(st.sampled_from(["placebo", "stem cells", "the control group", "usual care", "drug A", "sham"])),
        "measure": lambda: draw(st.sampled_from(["odds ratio", "HR", "RR", "mean difference", "SMD"])),
    }
    return re.sub(r"\{(\w+)\}", lambda m: fill[m.group(1)](), template)


sections = st.lists(
    st.builds(
        AbstractSection,
        label=st.one_of(st.sampled_from(LABELS), st.text(max_size=12)),
        category=st.one_of(st.none(), st.sampled_from([x for x in LABELS if x])),
        text=st.one_of(phrase(), templated(), st.lists(templated(), min_size=2, max_size=4).map(" ".join), st.text(max_size=200)),
    ),
    max_size=5,
)
articles = st.builds(
    Article,
    pmid=st.one_of(st.none(), st.integers(min_value=1, max_value=10**12 - 1).map(str)),
    title=st.one_of(phrase(), st.text(max_size=100)),
    sections=sections.map(tuple),
)


def _ints(facts: TrialFacts) -> list[int]:
    s = facts.sample_size
    counts = [s.total, s.randomized, s.analyzed, s.planned, *(a.n for a in s.arms)]
    counts += [x for r in facts.arm_results for x in (r.events, r.total)]
    return [n for n in counts if n is not None]


def _floats(facts: TrialFacts) -> list[float]:
    out = [p.value for p in facts.p_values]
    out += [x for e in facts.effects for x in (e.value, e.ci_low, e.ci_high, e.ci_level) if x is not None]
    out += [x for r in facts.arm_results for x in (r.mean, r.sd) if x is not None]
    return out


def _starts_in(text: str, sentence: str, start: int) -> bool:
    """Whether ``sentence`` occurs in ``text`` at a place that holds offset ``start`` (group sizes stated one per
    sentence, "A (n = 30). B (n = 22).", span several sentences and name the first)."""
    i = text.find(sentence)
    while i != -1:
        if i <= start <= i + len(sentence):
            return True
        i = text.find(sentence, i + 1)
    return False


def check_facts(article: Article, facts: TrialFacts) -> None:
    """Assert everything a reader relies on in ``facts`` (the extraction of ``article``)."""
    abstract = article.abstract
    assert facts.pmid == article.pmid and facts.title == article.title
    for p in facts.p_values:
        assert 0.0 <= p.value <= 1.0, p
        assert p.op in OPS
        assert 0 <= p.start <= p.end <= len(abstract) and abstract[p.start : p.end] == p.text, p
    for n in _ints(facts):
        assert 0 <= n <= MAX_STORED_INT, facts.sample_size
    assert all(a.n >= 0 for a in facts.sample_size.arms)
    assert all(math.isfinite(x) for x in _floats(facts)), facts
    for prov in facts.provenance:
        target = article.title if prov.section == "title" else abstract
        assert 0 <= prov.start <= prov.end <= len(target), prov
        assert _starts_in(target, prov.sentence, prov.start), prov
    # The JSON contract is strict JSON (no NaN or Infinity), as `trialdb extract --format json` prints it.
    json.dumps(facts.to_contract(), allow_nan=False)


@PROPERTY_SETTINGS
@given(articles)
# Found by hypothesis or written for it: exponents and counts of more digits than a float or an int read from text holds.
@example(Article(pmid="1", title="t", sections=(AbstractSection("RESULTS", None, "P = 3 x 10-" + "9" * 400 + " in both."),)))
@example(Article(pmid="1", title="t", sections=(AbstractSection("RESULTS", None, "P = 3 x 10-" + "9" * 5000 + "."),)))
@example(Article(pmid="1", title="t", sections=(AbstractSection(None, None, "A total of " + "9" * 5000 + " patients were randomized."),)))
@example(Article(pmid="1", title="t", sections=(AbstractSection(None, None, "A total of " + "9" * 30 + " patients were randomized."),)))
@example(Article(pmid="1", title="t", sections=(AbstractSection("RESULTS", None, "The odds ratio was " + "9" * 400 + " (95% CI 1.2 to 3.4)."),)))
# Found by hypothesis: group sizes whose sum or product is more than PostgreSQL's INTEGER holds (store failed).
@example(Article(pmid=None, title="", sections=(AbstractSection(None, None, "THREE GROUPS OF 716000000 PTIENT"),)))
@example(Article(pmid="1", title="t", sections=(AbstractSection(
    "METHODS", None, "Patients were randomized to stem cells (n = 999999999) or placebo (n = 999999999) or sham (n = 999999999)."),)))
def test_any_article_gives_sound_facts(article: Article) -> None:
    ex = extractor()
    facts = ex.extract(article)
    check_facts(article, facts)
    assert ex.warnings == []


@PROPERTY_SETTINGS
@given(st.text(), st.text())
def test_any_characters_give_sound_facts(title: str, text: str) -> None:
    article = Article(pmid="33472925", title=title, sections=(AbstractSection(None, None, text),))
    check_facts(article, extractor().extract(article))
