"""British and American spellings of one search word, so that "ischaemic" finds "ischemic" and the other way round.

Applied to the query, not to the index: the stored text stays as written, both engines' full-text indexes stay as they
are, and a search for either spelling is an OR of both. A variant that is not a word ("exercize") matches nothing, so
the rules may be broad; the ones that would make real other words ("four" -> "for") are excluded.
"""

from __future__ import annotations

import re

#: Spelling pairs inside a word (British, American), as medical English writes them.
_PAIRS: tuple[tuple[str, str], ...] = (
    ("ischaem", "ischem"), ("anaem", "anem"), ("haem", "hem"), ("leukaem", "leukem"), ("septicaem", "septicem"),
    ("paed", "ped"), ("gynaec", "gynec"), ("aetiol", "etiol"), ("anaesth", "anesth"), ("caesar", "cesar"),
    ("oedem", "edem"), ("oestr", "estr"), ("oesophag", "esophag"), ("foet", "fet"), ("diarrhoe", "diarrhe"), ("coeliac", "celiac"),
    ("amenorrhoe", "amenorrhe"), ("dyspnoe", "dyspne"), ("apnoe", "apne"), ("manoeuv", "maneuv"), ("orthopaed", "orthoped"),
    ("tumour", "tumor"), ("behaviour", "behavior"), ("colour", "color"), ("favour", "favor"), ("labour", "labor"),
    ("humour", "humor"), ("odour", "odor"), ("vigour", "vigor"), ("rigour", "rigor"), ("centre", "center"), ("litre", "liter"),
    ("fibre", "fiber"), ("metre", "meter"), ("programme", "program"), ("catalogue", "catalog"), ("dialogue", "dialog"),
    ("analys", "analyz"), ("paralys", "paralyz"), ("dialys", "dialyz"), ("ageing", "aging"), ("judgement", "judgment"),
    ("sulph", "sulf"), ("grey", "gray"), ("mould", "mold"), ("plough", "plow"),
)
#: "-ise, -ised, -ising, -isation" and their -ize forms ("randomised", "hospitalisation").
_ISE = re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations|er|ers)$")
_IZE = re.compile(r"(?<=\w{3})iz(e|ed|es|ing|ation|ations|er|ers)$")
#: Real words that a rule above would turn into another real word.
_KEEP = frozenset(("four", "hour", "your", "pour", "tour", "sour", "flour", "hours", "tours", "fetch", "hemp", "them", "metres"))


def spelling_variants(word: str) -> list[str]:
    """Return ``word`` and its other spellings (British <-> American), lower-cased, the word itself first."""
    low = word.lower()
    out = [low]
    if low in _KEEP or not low.isalpha():
        return out

    def add(v: str) -> None:
        if v != low and v not in out:
            out.append(v)

    for british, american in _PAIRS:
        if british in low:
            add(low.replace(british, american))
        elif american in low:
            add(low.replace(american, british))
    if _ISE.search(low):
        add(_ISE.sub(lambda m: "iz" + m.group(1), low))
    elif _IZE.search(low):
        add(_IZE.sub(lambda m: "is" + m.group(1), low))
    return out[:4]


def phrase_variants(phrase: str, limit: int = 8) -> list[str]:
    """Return ``phrase`` and the phrases its words' other spellings make, at most ``limit``, the phrase itself first."""
    variants = [""]
    for word in phrase.split():
        options = spelling_variants(word) if word.isalpha() else [word]
        variants = [f"{v} {o}".strip() for v in variants for o in options][:limit]
    return variants or [phrase]
