"""Trial registry IDs in the registries' real formats, normalised and de-duplicated.

An ID is found by its registry's prefix ("NCT01716481", "ISRCTN 63718836", "ACTRN:12609000420246", inside a registry
URL), or by the registry's name followed, across connecting words, by the bare number ("UMIN Clinical Trials Registry,
no. C000000289", "International Standard Randomised Controlled Trial Number (ISRCTN): 58808893", "clinicaltrials.gov
identifier: 01358734"). DOIs, grant and ethics numbers are never read as IDs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from trialdb.extract.sentences import Sentence

_I = re.I
_DASH = r"\u2010\u2011\u2013\-"
#: Before a prefixed ID: not inside a word or number, nor a DOI's path ("10.1186/ISRCTN..."), but after a lower-case
#: letter ("RegistryACTRN..."), a registry URL's path ("clinicaltrials.gov/ct2/show/NCT...") or "http://".
_BP = r"(?:(?<![A-Za-z0-9/])|(?-i:(?<=[a-z]))|(?-i:(?<=[a-z]/))|(?<=//))"
#: Before a registry's name: not inside a word or a URL's path.
_BN = r"(?<![\w/])"
_GAP_WORDS = (
    "identifier", "identification", "id", "no", "nr", "number", "numbers", "registration", "registry", "register", "reg", "trial",
    "trials", "clinical", "the", "under", "with", "reference", "ref", "code", "study", "is", "was", "at", "as", "registered", "ctr",
    "url", "unique", "on", "in", "and", "database", "protocol", "for", "this", "of",
)


def _gap(*extra: str) -> str:
    """Return the pattern of what may stand between a registry's name and its number: punctuation and connecting words."""
    words = "|".join(sorted((*_GAP_WORDS, *extra), key=len, reverse=True))
    return rf"(?:\s*(?:[,:;#()\[\]=.{_DASH}]|\b(?:{words})\b\.?)){{0,14}}\s*"


_GAP = _gap()
_CTGOV = r"clinical\s?trials?\.\s?gov|clinicaltrialsgov"
_ISRCTN_NAME = r"ISRCTN|International Standard Randomi[sz]ed Controlled(?: Trials?)?(?: Number| Regist(?:er|ry))?|Current Controlled Trials(?: Ltd)?"
_ANZCTR_NAME = r"ANZCTR|ACTRN|Australian (?:and )?New Zealand Clinical ?Trials? Regist(?:ry|er)"
_UMIN_NAME = r"UMIN|University (?:Hospital )?Medical Information Network(?:,? Japan)?"
#: A date after the registry's name ("Dutch Trial Register 26 January 2010"): not its number.
_MONTH = r"(?:st|nd|rd|th)?,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
_NTR_NAME = r"(?:Netherlands|Nederlands|Dutch) Trial Regist(?:er|ry)|trialregister\.nl"

#: (registry, pattern, gate): each pattern's group ``id`` holds the number, normalised by ``_normalise``; the pattern is tried
#: only on text that holds one of its gate's lower-case substrings (None: always).
REGISTRIES: tuple[tuple[str, re.Pattern[str], tuple[str, ...] | None], ...] = (
    ("ClinicalTrials.gov", re.compile(rf"{_BP}NCT\s?[:{_DASH}]?\s?(?P<id>\d{{8}})(?!\d)", _I), ("nct",)),
    ("ClinicalTrials.gov", re.compile(rf"{_BN}(?:{_CTGOV}){_GAP}(?P<id>\d{{8}})(?!\d)", _I), ("clinicaltrial", "clinical trial")),
    ("ISRCTN", re.compile(rf"{_BP}ISRCTN\s?[:{_DASH}]?\s?(?P<id>\d{{8}})(?!\d)", _I), ("isrctn",)),
    ("ISRCTN", re.compile(rf"{_BN}(?:{_ISRCTN_NAME}){_GAP}(?:ISRCTN\s?)?(?P<id>\d{{8}})(?!\d)", _I),
     ("isrctn", "international standard", "current controlled")),
    ("ChiCTR", re.compile(rf"{_BP}ChiCTR[- ]?(?P<id>(?:[A-Z]{{2,5}}[- ])?\d{{8,10}})(?![\w-])", _I), ("chictr",)),
    ("EU CT", re.compile(r"(?<![\w/.-])(?P<id>20\d{2}-5\d{5}-\d{2}-\d{2})(?![\w-])"), ("-5",)),
    ("EudraCT", re.compile(rf"(?<![\w/.{_DASH}])(?P<id>(?:19|20)\d{{2}}[-–]\d{{6}}[-–]\d{{2}})(?![\w{_DASH}])"), None),
    # Labelled "EudraCT", a number one digit short is still the one the authors registered ("EudraCT: 2008-04857-14"), as written.
    ("EudraCT", re.compile(rf"{_BN}Eudra ?CT{_GAP}(?P<id>(?:19|20)\d{{2}}\s?[{_DASH}/]\s?\d{{5,6}}\s?[{_DASH}/]\s?\d{{2}})(?!\d)", _I), ("eudra",)),
    ("ANZCTR", re.compile(rf"{_BP}A(?:NZ)?CTRN?\s?[:=]?\s?(?P<zero>[O0])?(?P<id>\d{{14}})(?!\d)", _I), ("ctr",)),
    ("ANZCTR", re.compile(rf"{_BN}(?:{_ANZCTR_NAME}){_GAP}(?:A(?:NZ)?CTRN?\s?(?P<zero>[O0])?)?(?P<id>\d{{14}}|\d{{2}}(?:,\d{{3}}){{4}})(?![\d,])", _I),
     ("anzctr", "actrn", "australian")),
    ("JPRN", re.compile(rf"{_BP}(?P<id>JPRN-[A-Za-z]+-?\d+|jRCT[a-z]?\d{{9,10}}|JapicCTI-\d{{6}})(?![\w-])", _I), ("jprn", "jrct", "japic")),
    ("UMIN", re.compile(rf"{_BN}(?:{_UMIN_NAME})(?:[- ]?CTR(?:[- ]?ID)?)?{_GAP}(?:UMIN|ID|#)*\s?(?P<c>C)?(?P<id>\d{{9}})(?!\d)", _I),
     ("umin", "medical information network")),
    ("DRKS", re.compile(rf"{_BP}DRKS\s?(?P<id>\d{{8}})(?!\d)", _I), ("drks",)),
    ("CTRI", re.compile(rf"{_BP}CTRI\s?/\s?(?P<id>\d{{4}}\s?/\s?\d{{2,3}}\s?/\s?\d{{6}})(?!\d)", _I), ("ctri",)),
    ("IRCT", re.compile(rf"{_BP}IRCT\s?(?P<id>\d{{8,14}}N\d{{0,3}}|\d{{8,14}})(?![\w-])", _I), ("irct",)),
    ("CRiS", re.compile(rf"{_BP}KCT\s?(?P<id>\d{{7}})(?!\d)", _I), ("kct",)),
    ("NTR", re.compile(r"(?<![\w/.-])(?P<p>NTR|NL)\s?:?\s?(?P<id>\d{1,5})(?![\w-])"), ("ntr", "nl")),
    ("NTR", re.compile(rf"{_BN}(?:{_NTR_NAME}){_gap('ntr')}(?:NTR\s?)?(?P<id>\d{{1,5}})(?!\d|[/.]\d|{_MONTH})", _I), ("trial regist", "trialregister")),
    ("PACTR", re.compile(rf"{_BP}PACTR\s?(?P<id>\d{{14,16}})(?!\d)", _I), ("pactr",)),
    ("TCTR", re.compile(rf"{_BP}TCTR\s?(?P<id>\d{{11}})(?!\d)", _I), ("tctr",)),
    ("ReBEC", re.compile(rf"{_BP}RBR-(?P<id>[0-9a-z]{{6}})(?![\w-])", _I), ("rbr-",)),
    ("SLCTR", re.compile(rf"{_BP}SLCTR\s?/\s?(?P<id>\d{{4}}\s?/\s?\d{{3}})(?!\d)", _I), ("slctr",)),
    ("PROSPERO", re.compile(rf"{_BP}CRD\s?(?P<id>\d{{11}})(?!\d)", _I), ("crd",)),
)
_NTR_CONTEXT = re.compile(r"Netherlands|Dutch|trial ?register|NTR", re.I)
# Every registry ID but NTR's and CTRI's has a run of six or more digits; most text has none, so it skips the patterns.
# One simple pattern (and a few substring tests) cost far less than the patterns.
_LONG_DIGITS = re.compile(r"\d{6}")


#: Words near IDs that have no run of six digits: NTR's, ReBEC's, SLCTR's, ANZCTR's written with commas, the Dutch register, and
#: EudraCT numbers written a digit short.
_SHORT_ID_WORDS = ("NTR", "NL", "RBR-", "SLCTR", "ANZCTR", "rial Regist", "rial regist", "trialregister", "EudraCT", "Eudract", "EUDRACT")


class _AnyRegistry:
    """A search() that says whether ``text`` may hold a registry ID."""

    @staticmethod
    def search(text: str) -> bool:
        return bool(_LONG_DIGITS.search(text)) or any(w in text for w in _SHORT_ID_WORDS)


_ANY = _AnyRegistry()
_PREFIX = {
    "ClinicalTrials.gov": "NCT", "ISRCTN": "ISRCTN", "ANZCTR": "ACTRN", "DRKS": "DRKS", "CTRI": "CTRI/", "IRCT": "IRCT",
    "CRiS": "KCT", "PACTR": "PACTR", "TCTR": "TCTR", "ReBEC": "RBR-", "SLCTR": "SLCTR/", "PROSPERO": "CRD", "NTR": "NTR",
}


def _normalise(registry: str, m: re.Match[str]) -> str:
    rid = re.sub(r"[\s,]", "", m.group("id"))
    if registry == "ChiCTR":
        return "CHICTR-" + m.group("id").upper().replace(" ", "-") if not rid[0].isdigit() else "CHICTR" + rid
    if registry in ("EudraCT", "EU CT"):
        return re.sub(rf"[{_DASH}/]", "-", rid)
    if registry == "UMIN":
        # UMIN's receipt number alone ("C000000123") is kept as written; the trial ID takes the UMIN prefix.
        return f"C{rid}" if m.group("c") else f"UMIN{rid}"
    if registry == "ANZCTR" and m.groupdict().get("zero"):
        return f"ACTRN0{rid}"  # the registry's early IDs, written with a 0 before the 14 digits
    if registry == "IRCT":
        return f"IRCT{rid.upper()}"
    if registry == "NTR" and m.groupdict().get("p"):
        return m.group("p") + rid
    return _PREFIX.get(registry, "") + rid


def registry_ids_in(text: str) -> list[tuple[str, str, int, int]]:
    """Return (registry, normalised id, start, end) for every registry ID in ``text``, each ID once, in text order."""
    found: list[tuple[str, str, int, int]] = []
    if not _ANY.search(text):
        return found
    low = text.lower()
    for registry, pattern, gate in REGISTRIES:
        if gate is not None and not any(g in low for g in gate):
            continue
        for m in pattern.finditer(text):
            if registry == "NTR" and m.groupdict().get("p") and not _NTR_CONTEXT.search(text[max(0, m.start() - 60) : m.end()]):
                continue
            if registry == "EudraCT" and any(f[0] == "EU CT" and f[2] <= m.start("id") < f[3] for f in found):
                continue
            found.append((registry, _normalise(registry, m), m.start("id"), m.end("id")))
    seen: set[str] = set()
    out = []
    for hit in sorted(found, key=lambda f: f[2]):
        if hit[1].upper() not in seen:
            seen.add(hit[1].upper())
            out.append(hit)
    return out


def normalise_registry_id(text: str) -> str | None:
    """Return ``text`` as a normalised registry ID if it is one (e.g. a DataBank accession), else None."""
    hits = registry_ids_in(text.strip())
    return hits[0][1] if hits else None


def find_registry_ids(sents: Sequence[Sentence], databank: Iterable[str] = ()) -> list[tuple[str, Sentence | None, int, int]]:
    """Return the registry IDs of the text and the DataBank list, de-duplicated, in first-seen order."""
    out: list[tuple[str, Sentence | None, int, int]] = []
    seen: set[str] = set()
    with_ids = [s for s in sents if _ANY.search(s.text)] if _ANY.search(" ".join(s.text for s in sents)) else []
    for s in with_ids:
        for _, rid, a, b in registry_ids_in(s.text):
            if rid.upper() not in seen:
                seen.add(rid.upper())
                out.append((rid, s, s.start + a, s.start + b))
    for acc in databank:
        rid = normalise_registry_id(acc)
        if rid and rid.upper() not in seen:
            seen.add(rid.upper())
            out.append((rid, None, -1, -1))
    return out
