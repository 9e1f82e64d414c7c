"""Trial registry IDs in the 13 registries' real formats, normalised and de-duplicated."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from trialdb.extract.sentences import Sentence

#: (registry, pattern, normaliser); each pattern refuses to match inside DOIs and URLs' paths.
_B = r"(?<![\w/.-])"
_E = r"(?![\w-])"
REGISTRIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ClinicalTrials.gov", re.compile(rf"{_B}NCT\s?(\d{{8}}){_E}", re.I)),
    ("ISRCTN", re.compile(rf"{_B}ISRCTN\s?:?\s?(\d{{8}}){_E}", re.I)),
    ("ChiCTR", re.compile(rf"{_B}ChiCTR[- ]?((?:[A-Z]{{2,5}}[- ])?\d{{8,10}}){_E}", re.I)),
    ("EU CT", re.compile(rf"{_B}(20\d{{2}}-5\d{{5}}-\d{{2}}-\d{{2}}){_E}")),
    ("EudraCT", re.compile(rf"{_B}((?:19|20)\d{{2}}-\d{{6}}-\d{{2}}){_E}")),
    ("ANZCTR", re.compile(rf"{_B}ACTRN\s?(\d{{14,15}}){_E}", re.I)),
    ("JPRN", re.compile(
        rf"{_B}(JPRN-[A-Za-z]+-?\d+{_E}|UMIN(?:[- ]?CTR(?:[- ]?ID)?)?(?:\s*(?:Clinical Trials? Regist(?:ry|er|ration))?\s*(?:[,:#]|no\.?|number|ID)\s*)*\d{{9}}"
        rf"(?!\d)|jRCT[a-z]?\d{{9,10}}{_E}|JapicCTI-\d{{6}}{_E})"
    )),
    ("DRKS", re.compile(rf"{_B}DRKS\s?(\d{{8}}){_E}", re.I)),
    ("CTRI", re.compile(rf"{_B}CTRI\s?/\s?(\d{{4}}\s?/\s?\d{{2,3}}\s?/\s?\d{{6}}){_E}", re.I)),
    ("IRCT", re.compile(rf"{_B}IRCT\s?(\d{{8,14}}N\d{{0,3}}|\d{{8,14}}){_E}", re.I)),
    ("CRiS", re.compile(rf"{_B}KCT\s?(\d{{7}}){_E}", re.I)),
    ("NTR", re.compile(rf"{_B}(NTR|NL)\s?(\d{{1,5}}){_E}")),
    ("PACTR", re.compile(rf"{_B}PACTR\s?(\d{{15,16}}){_E}", re.I)),
)
_NTR_CONTEXT = re.compile(r"Netherlands|Dutch|trial ?register|NTR", re.I)
# Every registry ID but NTR's and CTRI's has a run of six or more digits; most text has none, so it
# skips the 13 patterns. One simple pattern (and two substring tests) cost far less than the 13.
_LONG_DIGITS = re.compile(r"\d{6}")


class _AnyRegistry:
    """A search() that says whether ``text`` may hold a registry ID."""

    @staticmethod
    def search(text: str) -> bool:
        return bool(_LONG_DIGITS.search(text)) or "NTR" in text or "NL" in text


_ANY = _AnyRegistry()


def _normalise(registry: str, m: re.Match[str]) -> str:
    if registry == "ClinicalTrials.gov":
        return f"NCT{m.group(1)}"
    if registry == "ISRCTN":
        return f"ISRCTN{m.group(1)}"
    if registry == "ChiCTR":
        return "CHICTR-" + m.group(1).upper().replace(" ", "-") if not m.group(1)[0].isdigit() else "CHICTR" + m.group(1)
    if registry == "ANZCTR":
        return f"ACTRN{m.group(1)}"
    if registry == "JPRN":
        v = m.group(1).replace(" ", "")
        return "UMIN" + re.findall(r"\d{9}", v)[-1] if v.upper().startswith("UMIN") else v
    if registry == "DRKS":
        return f"DRKS{m.group(1)}"
    if registry == "CTRI":
        return "CTRI/" + m.group(1).replace(" ", "")
    if registry == "IRCT":
        return f"IRCT{m.group(1).upper()}"
    if registry == "CRiS":
        return f"KCT{m.group(1)}"
    if registry == "NTR":
        return f"{m.group(1)}{m.group(2)}"
    if registry == "PACTR":
        return f"PACTR{m.group(1)}"
    return m.group(1)


def registry_ids_in(text: str) -> list[tuple[str, str, int, int]]:
    """Return (registry, normalised id, start, end) for every registry ID in ``text``."""
    found: list[tuple[str, str, int, int]] = []
    if not _ANY.search(text):
        return found
    for registry, pattern in REGISTRIES:
        for m in pattern.finditer(text):
            if registry == "NTR" and not _NTR_CONTEXT.search(text[max(0, m.start() - 60) : m.end()]):
                continue
            if registry == "EudraCT" and "EU CT" in [f[0] for f in found if f[2] == m.start()]:
                continue
            found.append((registry, _normalise(registry, m), m.start(), m.end()))
    return found


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
