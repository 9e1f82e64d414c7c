"""Streaming reader for PubMed XML (efetch output, baseline and update files, .gz).

The parser never touches the network, never loads a DTD and never expands
entities; each record is cleared once read, so memory stays flat whatever
the file size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO, Any

from lxml import etree

from trialdb.errors import InputError
from trialdb.fetch.article import AbstractSection, Article, Deletion, canonical_pmc_id, canonical_pmid, check_pmid, iso_date, shown_value

RECORD_ROOTS = {"PubmedArticleSet", "MedlineCitationSet", "PubmedArticle", "MedlineCitation", "PubmedBookArticle"}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}


def _text(el: etree._Element | None) -> str:
    """Return all text under ``el`` (inline markup and MathML included), whitespace folded, superscripts as ``^28``."""
    if el is None:
        return ""
    if next(el.iter("sup"), None) is None:
        return " ".join("".join(el.itertext()).split())
    parts: list[str] = []
    _flatten(el, parts)
    return " ".join("".join(parts).split())


def _flatten(el: etree._Element, parts: list[str]) -> None:
    """Append the text under ``el`` to ``parts`` as itertext() would, with each <sup> written by _superscript."""
    if el.text:
        parts.append(el.text)
    for child in el:
        if child.tag == "sup":
            parts.append(_superscript(" ".join("".join(child.itertext()).split())))
        elif isinstance(child.tag, str):
            _flatten(child, parts)
        elif child.tag is etree.Entity and child.text:
            parts.append(child.text)
        if child.tail:
            parts.append(child.tail)


def _superscript(text: str) -> str:
    """Return a superscript as plain text: '^28' for an exponent or index, ordinals and signs as written ('3rd', 'CD34+', '®')."""
    if not text or text.lower() in _ORDINAL_SUFFIXES or not any(c.isalnum() for c in text):
        return text
    return f"^({text})" if " " in text else f"^{text}"


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
            if tag in ("PubmedArticle", "PubmedBookArticle", "MedlineCitation", "DeleteCitation"):
                yield el
                el.clear(keep_tail=True)
                if parent is not None:
                    while el.getprevious() is not None:
                        del parent[0]
    except etree.XMLSyntaxError as exc:
        detail = " ".join(str(exc.msg if hasattr(exc, "msg") else exc).split())
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
            yield Deletion(pmids=_deleted_pmids(el, name))
        else:
            yield parse_record(el, source=name)


def _deleted_pmids(el: etree._Element, name: str) -> tuple[str, ...]:
    """Return the canonical PMIDs a DeleteCitation lists; raise InputError for one that is not a PMID."""
    pmids = []
    for text in _texts(el, "PMID"):
        check_pmid(text, name)
        pmid = canonical_pmid(text)
        if pmid is None:
            raise InputError(f"{name}: a DeleteCitation lists {shown_value(text)!r}, which is not a PMID; the file is corrupt or not from PubMed")
        pmids.append(pmid)
    return tuple(pmids)


#: Where each kind of record keeps its PMID.
_PMID_PATHS = {"PubmedArticle": "MedlineCitation/PMID", "PubmedBookArticle": "BookDocument/PMID", "MedlineCitation": "PMID"}
#: A named entity reference in serialised XML; PubMed writes none (lxml escapes & itself as &amp;).
_ENTITY_REF = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)[^#;\s<>&][^;\s<>&]*;")
#: The pmid Version column is a 32-bit integer on PostgreSQL.
_MAX_VERSION = 2**31 - 1


def check_element(el: etree._Element, source: str | None = None, declared: bool = True) -> None:
    """Return None; raise the InputError that reading the record element ``el`` would raise, without reading it.

    The refusals of parse_record (which runs these same checks first) and of a DeleteCitation's PMIDs, and nothing
    else: a record that passes is read without an error. Ingest's check pass runs this on every record of a file,
    so that a record the reader refuses stops the run before anything is stored, at a fraction of a read's cost.
    ``declared`` False says the document declares no entity (declares_entities): the record is then serialised,
    to look for entity references as parse_record does, only when it holds an entity node.
    """
    if el.tag == "DeleteCitation":
        _deleted_pmids(el, source)
    else:
        _record_parts(el, source, etree.tostring(el, encoding="unicode", with_tail=False) if declared else None)


def declares_entities(el: etree._Element) -> bool:
    """Return whether the document of ``el`` declares entities in its internal DTD subset.

    A reference to one in an attribute value is kept unexpanded in the record's serialisation with no node to show it;
    every other reference lxml leaves unexpanded is an entity node (parse_record refuses both).
    """
    dtd = el.getroottree().docinfo.internalDTD
    return dtd is not None and next(iter(dtd.iterentities()), None) is not None


def _record_parts(el: etree._Element, source: str | None, raw: str | None = None) -> tuple[etree._Element, str, int]:
    """Return the citation element of a record (MedlineCitation, or BookDocument for a book) with its PMID and Version.

    Raise InputError for every record parse_record refuses (_check_record's, and one without its citation or PMID).
    ``raw`` is the record serialised, when the caller has it.
    """
    _check_record(el, raw, source)
    if el.tag == "PubmedBookArticle":
        citation = el.find("BookDocument")
        if citation is None:
            raise InputError(f"{source}: a PubmedBookArticle without BookDocument; the file is not valid PubMed XML")
    else:
        citation = el if el.tag == "MedlineCitation" else el.find("MedlineCitation")
        if citation is None:
            raise InputError(f"{source}: a PubmedArticle without MedlineCitation; the file is not valid PubMed XML")
    pmid, version = _pmid_version(citation, source)
    return citation, pmid, version


def _check_record(el: etree._Element, raw: str | None, source: str | None) -> None:
    """Return None; raise InputError for a record that reads but could not be stored, or not read back from ``raw``.

    That is a PMID of more digits than a PMID has, a Version the database cannot hold, or an entity reference (never
    expanded here, and undefined when the stored record is parsed again without its DTD). ``raw`` None (a document
    that declares no entity): the record is serialised only if it holds an entity node, the one way its serialisation
    can then hold a reference other than XML's own (lxml writes every other ``&`` as ``&amp;``).
    """
    pmid_el = el.find(_PMID_PATHS.get(el.tag, "PMID"))
    if pmid_el is None:
        return  # each record kind's reader names what is missing
    text = _text(pmid_el)
    check_pmid(text, source)
    pmid = canonical_pmid(text) or repr(shown_value(text))
    version = (pmid_el.get("Version") or "").strip()
    if version and not (version.isascii() and version.isdigit() and len(version) <= 10 and int(version) <= _MAX_VERSION):
        raise InputError(
            f"{source}: PMID {pmid} has Version {shown_value(version)!r}, not a whole number up to {_MAX_VERSION}; "
            "the file is corrupt or not from PubMed"
        )
    if raw is None:
        raw = etree.tostring(el, encoding="unicode", with_tail=False) if next(el.iter(etree.Entity), None) is not None else ""
    ref = _ENTITY_REF.search(raw) if "&" in raw else None
    if ref is not None:
        raise InputError(
            f"{source}: PMID {pmid} holds the entity reference {shown_value(ref.group())}, which PubMed never writes and "
            "trialdb does not expand (entities can read local files); give the file as PubMed wrote it, or write the character itself"
        )


def parse_record(el: etree._Element, source: str | None = None) -> Article:
    """Return the Article for one PubmedArticle, PubmedBookArticle or bare MedlineCitation element."""
    # Without the tail: the whitespace after a record depends on where it stood in its file, not on the record.
    raw = etree.tostring(el, encoding="unicode", with_tail=False)
    mc, pmid, version = _record_parts(el, source, raw)
    if el.tag == "PubmedBookArticle":
        return _parse_book(el, mc, pmid, version, raw, source)
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
        language="; ".join(_texts(art, "Language")) or None,
        languages=_texts(art, "Language"),
        databank_ids=tuple(
            (_text(db.find("DataBankName")), acc)
            for db in art.iterfind("DataBankList/DataBank")
            for acc in _texts(db, "AccessionNumberList/AccessionNumber")
        ),
        comments_corrections=tuple(
            (cc.get("RefType") or "", _text(cc.find("PMID")))
            for cc in mc.iterfind("CommentsCorrectionsList/CommentsCorrections")
        ),
        **_details(mc, art, journal, el.find("PubmedData")),
        raw=raw,
        raw_format="pubmed-xml",
        source=source,
    )


def _details(mc: etree._Element, art: etree._Element, journal: etree._Element | None, data: etree._Element | None) -> dict[str, Any]:
    """Return the Article fields beyond the citation (PMC ID, dates, affiliations, MeSH, chemicals, grants, ...)."""
    article_date = next(iter(art.iterfind("ArticleDate")), None)
    linking = _text(mc.find("MedlineJournalInfo/ISSNLinking"))
    return {
        **_pubmed_data(data),
        "article_date": iso_date(*(_text(article_date.find(p)) for p in ("Year", "Month", "Day"))) if article_date is not None else None,
        "affiliations": _affiliations(art),
        "mesh_headings": tuple(
            (
                _text(d), d.get("UI") or None, d.get("MajorTopicYN") == "Y",
                tuple((_text(q), q.get("UI") or None, q.get("MajorTopicYN") == "Y") for q in h.iterfind("QualifierName") if _text(q)),
            )
            for h in mc.iterfind("MeshHeadingList/MeshHeading")
            if (d := h.find("DescriptorName")) is not None and _text(d)
        ),
        "chemicals": tuple(
            (_text(n), n.get("UI") or None, _text(c.find("RegistryNumber")) or None)
            for c in mc.iterfind("ChemicalList/Chemical")
            if (n := c.find("NameOfSubstance")) is not None and _text(n)
        ),
        "grants": tuple(
            tuple(_text(g.find(p)) or None for p in ("GrantID", "Agency", "Country"))
            for g in art.iterfind("GrantList/Grant")
        ),
        "vernacular_title": _text(art.find("VernacularTitle")) or None,
        "other_abstracts": tuple(
            ((o.get("Type") or "").strip() or None, (o.get("Language") or "").strip() or None, text)
            for o in mc.iterfind("OtherAbstract")
            if (text := " ".join(f"{s.label}: {s.text}" if s.label else s.text for s in _sections(o, "AbstractText")))
        ),
        "issns": tuple(
            (_text(i), (i.get("IssnType") or "").strip() or None) for i in (journal.iterfind("ISSN") if journal is not None else ()) if _text(i)
        )
        + (((linking, "Linking"),) if linking else ()),
        "nlm_journal_id": _text(mc.find("MedlineJournalInfo/NlmUniqueID")) or None,
        "coi_statement": _text(mc.find("CoiStatement")) or None,
    }


def _pubmed_data(data: etree._Element | None) -> dict[str, Any]:
    """Return PMC ID, history dates and publication status from PubmedData or PubmedBookData (the record's own IDs only)."""
    if data is None:
        return {}
    history = []
    for d in data.iterfind("History/PubMedPubDate"):
        date = iso_date(*(_text(d.find(p)) for p in ("Year", "Month", "Day")))
        if date and (d.get("PubStatus") or "").strip():
            history.append(((d.get("PubStatus") or "").strip(), date))
    pmc = next((_text(a) for a in data.iterfind("ArticleIdList/ArticleId") if (a.get("IdType") or "").lower() == "pmc" and _text(a)), None)
    return {
        "pmc_id": canonical_pmc_id(pmc),
        "history": tuple(sorted(history, key=lambda sd: (sd[1], sd[0]))),
        "publication_status": _text(data.find("PublicationStatus")) or None,
    }


def _affiliations(parent: etree._Element) -> tuple[tuple[str | None, tuple[str, ...]], ...]:
    """Return (author, affiliations) for each author with any, and (None, ...) for an article-level Affiliation (old DTDs)."""
    out: list[tuple[str | None, tuple[str, ...]]] = []
    for au in _author_elements(parent):
        name = _author_name(au)
        affs = tuple(dict.fromkeys((*_texts(au, "AffiliationInfo/Affiliation"), *_texts(au, "Affiliation"))))
        if name and affs:
            out.append((name, affs))
    loose = _texts(parent, "Affiliation")
    if loose:
        out.append((None, tuple(dict.fromkeys(loose))))
    return tuple(out)


def _pmid_version(parent: etree._Element, source: str | None) -> tuple[str, int]:
    """Return the PMID and its Version of a MedlineCitation or BookDocument; raise InputError when the PMID is missing."""
    pmid_el = parent.find("PMID")
    pmid = canonical_pmid(_text(pmid_el))
    if pmid is None or pmid_el is None:
        raise InputError(f"{source}: a record without a numeric PMID; the file is not valid PubMed XML")
    # _check_record has refused a Version that is not a whole number; blank is Version 1.
    return pmid, int((pmid_el.get("Version") or "").strip() or 1)


def _parse_book(el: etree._Element, doc: etree._Element, pmid: str, version: int, raw: str, source: str | None) -> Article:
    """Return the Article for a PubmedBookArticle (a Bookshelf chapter or whole book: GeneReviews, StatPearls, ...)."""
    book = doc.find("Book")
    book_title = _text(book.find("BookTitle")) if book is not None else ""
    pub_date, year = _pub_date(book.find("PubDate") if book is not None else None)
    # A chapter's own authors; a whole book (no ArticleTitle) names its authors under Book. Editors are not authors.
    authors = _authors(doc) or (_authors(book) if book is not None else ())
    languages = _texts(doc, "Language")
    return Article(
        pmid=pmid,
        version=version,
        title=_text(doc.find("ArticleTitle")) or book_title or _text(doc.find("VernacularTitle")),
        sections=_sections(doc),
        journal=book_title or None,
        volume=_text(book.find("Volume")) or None if book is not None else None,
        pages=_text(doc.find("Pagination/MedlinePgn")) or None,
        year=year,
        pub_date=pub_date,
        authors=authors,
        publication_types=_texts(doc, "PublicationType") or _texts(doc, "PublicationTypeList/PublicationType"),
        keywords=_texts(doc, "KeywordList/Keyword"),
        doi=_book_doi(doc, el),
        language="; ".join(languages) or None,
        languages=languages,
        **_pubmed_data(el.find("PubmedBookData")),
        affiliations=_affiliations(doc) or (_affiliations(book) if book is not None else ()),
        raw=raw,
        raw_format="pubmed-xml",
        source=source,
    )


def _book_doi(doc: etree._Element, record: etree._Element) -> str | None:
    ids = [
        *((e.get("EIdType"), e) for e in (*doc.iterfind("ELocationID"), *doc.iterfind("Book/ELocationID"))),
        *((e.get("IdType"), e) for e in (*doc.iterfind("ArticleIdList/ArticleId"), *record.iterfind("PubmedBookData/ArticleIdList/ArticleId"))),
    ]
    return next((_text(e) for kind, e in ids if (kind or "").lower() == "doi" and _text(e)), None)


def _sections(art: etree._Element, path: str = "Abstract/AbstractText") -> tuple[AbstractSection, ...]:
    out = []
    for ab in art.iterfind(path):
        text = _text(ab)
        if not text:
            continue
        label = (ab.get("Label") or "").strip() or None
        category = (ab.get("NlmCategory") or "").strip() or None
        out.append(AbstractSection(label=label, category=category, text=text))
    return tuple(out)


def _authors(art: etree._Element) -> tuple[str, ...]:
    return tuple(name for name in (_author_name(au) for au in _author_elements(art)) if name)


def _author_elements(parent: etree._Element) -> Iterator[etree._Element]:
    """Yield the Author elements of ``parent``'s author lists (editors are not authors)."""
    return (a for lst in parent.iterfind("AuthorList") if lst.get("Type") != "editors" for a in lst.iterfind("Author"))


def _author_name(au: etree._Element) -> str:
    """Return an author as ``authors`` holds them: the collective name, or "Last Initials"; "" without a last name."""
    collective = _text(au.find("CollectiveName"))
    if collective:
        return collective
    last = _text(au.find("LastName"))
    initials = _text(au.find("Initials")) or "".join(p[0] for p in _text(au.find("ForeName")).split() if p)
    return f"{last} {initials}".strip() if last else ""


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
