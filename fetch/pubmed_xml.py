"""Streaming reader for PubMed XML (efetch output, baseline and update files, .gz).

The parser never touches the network, never loads a DTD and never expands
entities; each record is cleared once read, so memory stays flat whatever
the file size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO

from lxml import etree

from trialdb.errors import InputError
from trialdb.fetch.article import AbstractSection, Article, Deletion, canonical_pmid

RECORD_ROOTS = {"PubmedArticleSet", "MedlineCitationSet", "PubmedArticle", "MedlineCitation"}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _text(el: etree._Element | None) -> str:
    """Return all text under ``el`` (inline markup and MathML included), whitespace folded."""
    if el is None:
        return ""
    return " ".join("".join(el.itertext()).split())


def _texts(parent: etree._Element, path: str) -> tuple[str, ...]:
    return tuple(t for t in (_text(e) for e in parent.iterfind(path)) if t)


def iter_xml_elements(handle: IO[bytes], name: str) -> Iterator[etree._Element]:
    """Yield each finished record element (PubmedArticle, bare MedlineCitation, DeleteCitation).

    Raises InputError when the stream is not well-formed PubMed XML.
    """
    # Events only for the record elements and the set roots: a start/end pair for every
    # element of every record would cost more than the parse itself.
    events = etree.iterparse(
        handle,
        events=("start", "end"),
        tag=(*RECORD_ROOTS, "DeleteCitation"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    root_seen = False
    try:
        for event, el in events:
            if event == "start":
                if not root_seen:
                    root_seen = True
                continue
            tag = el.tag
            parent = el.getparent()
            if tag == "MedlineCitation" and parent is not None and parent.tag == "PubmedArticle":
                continue
            if tag in ("PubmedArticle", "MedlineCitation", "DeleteCitation"):
                yield el
                el.clear(keep_tail=True)
                if parent is not None:
                    while el.getprevious() is not None:
                        del parent[0]
    except etree.XMLSyntaxError as exc:
        detail = str(exc.msg if hasattr(exc, "msg") else exc).strip()
        if not root_seen and "empty" in detail.lower():
            raise InputError(f"{name}: the file is empty; give a PubMed XML file") from None
        line = getattr(exc, "lineno", None)
        where = f" at line {line}" if line else ""
        raise InputError(
            f"{name}: not well-formed XML{where} ({detail}); the file may be truncated "
            "or not PubMed XML. Nothing from it was stored."
        ) from None
    root = events.root
    if root is not None and root.tag not in RECORD_ROOTS:
        raise InputError(
            f"{name}: not PubMed XML (root element <{root.tag}>); "
            "give an efetch, baseline or update file (PubmedArticleSet)"
        )
    if not root_seen:
        raise InputError(f"{name}: the file is empty; give a PubMed XML file")


def iter_pubmed_xml(handle: IO[bytes], name: str) -> Iterator[Article | Deletion]:
    """Yield an Article for each record and a Deletion for each DeleteCitation, in file order."""
    for el in iter_xml_elements(handle, name):
        if el.tag == "DeleteCitation":
            yield Deletion(pmids=tuple(p for p in map(canonical_pmid, _texts(el, "PMID")) if p))
        else:
            yield parse_record(el, source=name)


def parse_record(el: etree._Element, source: str | None = None) -> Article:
    """Return the Article for one PubmedArticle (or bare MedlineCitation) element."""
    raw = etree.tostring(el, encoding="unicode")
    mc = el if el.tag == "MedlineCitation" else el.find("MedlineCitation")
    if mc is None:
        raise InputError(f"{source}: a PubmedArticle without MedlineCitation; the file is not valid PubMed XML")
    pmid_el = mc.find("PMID")
    pmid = canonical_pmid(_text(pmid_el))
    if pmid is None:
        raise InputError(f"{source}: a record without a numeric PMID; the file is not valid PubMed XML")
    version = int(pmid_el.get("Version") or 1) if pmid_el is not None else 1
    art = mc.find("Article")
    if art is None:
        return Article(pmid=pmid, title="", version=version, raw=raw, source=source)
    journal = art.find("Journal")
    issue_el = journal.find("JournalIssue") if journal is not None else None
    pub_date_el = issue_el.find("PubDate") if issue_el is not None else None
    pub_date, year = _pub_date(pub_date_el)
    if year is None:
        year = _year(_text(art.find("ArticleDate/Year")))
    return Article(
        pmid=pmid,
        version=version,
        title=_text(art.find("ArticleTitle")) or _text(art.find("VernacularTitle")),
        sections=_sections(art),
        journal=_text(journal.find("Title")) or None if journal is not None else None,
        journal_abbrev=(_text(journal.find("ISOAbbreviation")) or _text(mc.find("MedlineJournalInfo/MedlineTA")) or None)
        if journal is not None
        else None,
        volume=_text(issue_el.find("Volume")) or None if issue_el is not None else None,
        issue=_text(issue_el.find("Issue")) or None if issue_el is not None else None,
        pages=_text(art.find("Pagination/MedlinePgn")) or None,
        year=year,
        pub_date=pub_date,
        authors=_authors(art),
        publication_types=_texts(art, "PublicationTypeList/PublicationType"),
        mesh_terms=_texts(mc, "MeshHeadingList/MeshHeading/DescriptorName"),
        keywords=_texts(mc, "KeywordList/Keyword"),
        doi=_doi(art, el),
        language=_text(art.find("Language")) or None,
        databank_ids=tuple(
            (_text(db.find("DataBankName")), acc)
            for db in art.iterfind("DataBankList/DataBank")
            for acc in _texts(db, "AccessionNumberList/AccessionNumber")
        ),
        comments_corrections=tuple(
            (cc.get("RefType") or "", _text(cc.find("PMID")))
            for cc in mc.iterfind("CommentsCorrectionsList/CommentsCorrections")
        ),
        raw=raw,
        raw_format="pubmed-xml",
        source=source,
    )


def _sections(art: etree._Element) -> tuple[AbstractSection, ...]:
    out = []
    for ab in art.iterfind("Abstract/AbstractText"):
        text = _text(ab)
        if not text:
            continue
        label = (ab.get("Label") or "").strip() or None
        category = (ab.get("NlmCategory") or "").strip() or None
        out.append(AbstractSection(label=label, category=category, text=text))
    return tuple(out)


def _authors(art: etree._Element) -> tuple[str, ...]:
    names = []
    for au in art.iterfind("AuthorList/Author"):
        collective = _text(au.find("CollectiveName"))
        if collective:
            names.append(collective)
            continue
        last = _text(au.find("LastName"))
        initials = _text(au.find("Initials")) or "".join(p[0] for p in _text(au.find("ForeName")).split() if p)
        if last:
            names.append(f"{last} {initials}".strip())
    return tuple(names)


def _doi(art: etree._Element, record: etree._Element) -> str | None:
    for eloc in art.iterfind("ELocationID"):
        if (eloc.get("EIdType") or "").lower() == "doi" and _text(eloc):
            return _text(eloc)
    # Only the record's own ArticleIdList: the ones under ReferenceList name cited papers.
    for aid in record.iterfind("PubmedData/ArticleIdList/ArticleId"):
        if (aid.get("IdType") or "").lower() == "doi" and _text(aid):
            return _text(aid)
    return None


def _year(text: str) -> int | None:
    m = _YEAR.search(text or "")
    return int(m.group(1)) if m else None


def _pub_date(el: etree._Element | None) -> tuple[str | None, int | None]:
    if el is None:
        return None, None
    medline_date = _text(el.find("MedlineDate"))
    if medline_date:
        return medline_date, _year(medline_date)
    parts = [_text(el.find(p)) for p in ("Year", "Season", "Month", "Day")]
    text = " ".join(p for p in parts if p) or None
    return text, _year(parts[0])
