"""Citations for reference managers: RIS (Zotero, EndNote, Rayyan, Covidence) and BibTeX."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy.engine import Engine

from trialdb.db.search import SearchQuery, iter_matches

PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"


def _person(name: str) -> tuple[str, str] | None:
    """Return (last name, initials) of a person's name as PubMed writes it ('Lee JS'); None for a collective name."""
    parts = name.rsplit(" ", 1)
    if len(parts) == 2 and parts[1].isupper() and parts[1].isalpha() and len(parts[1]) <= 4:
        return parts[0], parts[1]
    return None


def _author_ris(name: str) -> str:
    """'Lee JS' -> 'Lee, JS'; a collective name stays whole."""
    person = _person(name)
    return f"{person[0]}, {person[1]}" if person else name


def _author_bib(name: str) -> str:
    """'Lee JS' -> 'Lee, JS'; a collective name braced ('{WISDOM team}'), so BibTeX does not split it into names."""
    person = _person(name)
    return f"{_bib(person[0])}, {person[1]}" if person else "{" + _bib(name) + "}"


def _pages(pages: str | None) -> tuple[str | None, str | None]:
    if not pages:
        return None, None
    first, _, last = pages.partition("-")
    if last and first[:-len(last)] and last.isdigit() and first.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last  # "2959-64" -> "2959", "2964"
    return first.strip() or None, last.strip() or None


def ris_record(article: Any) -> str:
    """Return one article as an RIS record (TY JOUR ... ER), UTF-8 text; the PMID in AN and in ID (the record's key)."""
    lines = [("TY", "JOUR"), ("TI", article.title)]
    lines += [("AU", _author_ris(a)) for a in json.loads(article.authors)]
    sp, ep = _pages(article.pages)
    for tag, value in (
        ("PY", article.year), ("JO", article.journal or article.journal_abbrev), ("J2", article.journal_abbrev),
        ("VL", article.volume), ("IS", article.issue), ("SP", sp), ("EP", ep), ("AB", article.abstract),
        ("DO", article.doi), ("AN", article.pmid), ("ID", article.pmid), ("UR", PUBMED_URL.format(pmid=article.pmid)), ("LA", article.language),
    ):
        if value not in (None, ""):
            lines.append((tag, str(value)))
    keywords = list(dict.fromkeys([*json.loads(article.keywords), *json.loads(article.mesh_terms)]))
    lines += [("KW", k) for k in keywords]
    if article.retracted:
        lines.append(("N1", "Retracted publication (PubMed)"))
    body = "\n".join(f"{tag}  - {' '.join(str(value).split())}" for tag, value in lines)
    return body + "\nER  - \n"


_BIB_ESCAPE = re.compile(r"([&%$#_])")


def _bib(text: str) -> str:
    return _BIB_ESCAPE.sub(r"\\\1", text.replace("\\", "").replace("{", "").replace("}", ""))


def bibtex_record(article: Any) -> str:
    """Return one article as a BibTeX @article entry keyed PMID<pmid>."""
    sp, ep = _pages(article.pages)
    fields = [
        ("author", " and ".join(_author_bib(a) for a in json.loads(article.authors))),
        ("title", "{" + _bib(article.title) + "}"),
        ("journal", article.journal or article.journal_abbrev),
        ("year", article.year), ("volume", article.volume), ("number", article.issue),
        ("pages", f"{sp}--{ep}" if sp and ep and sp != ep else sp), ("doi", article.doi), ("pmid", article.pmid),
    ]
    body = ",\n".join(
        f"  {k} = {{{v if k in ('title', 'author') else _bib(str(v))}}}" for k, v in fields if v not in (None, "")
    )
    return f"@article{{PMID{article.pmid},\n{body}\n}}\n"


def iter_ris(engine: Engine, query: SearchQuery) -> Iterator[str]:
    """Yield an RIS record per matching article."""
    for article, _ in iter_matches(engine, query):
        yield ris_record(article)


def iter_bibtex(engine: Engine, query: SearchQuery) -> Iterator[str]:
    """Yield a BibTeX entry per matching article."""
    for article, _ in iter_matches(engine, query):
        yield bibtex_record(article)
