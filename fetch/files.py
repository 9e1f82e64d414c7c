"""Open any supported source file and yield its records, whatever its format.

Formats: PubMed XML (efetch, baseline, update; optionally gzipped), MEDLINE
text (.nbib / "PubMed format"), and plain text (first line title, the rest the
abstract).
"""

from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from lxml import etree

from trialdb.errors import InputError
from trialdb.fetch.article import AbstractSection, Article, Deletion, canonical_pmid
from trialdb.fetch.medline import iter_medline
from trialdb.fetch.pubmed_xml import iter_pubmed_xml, iter_xml_elements, parse_record

GZIP_MAGIC = b"\x1f\x8b"


@contextmanager
def _open_binary(path: Path) -> Iterator[IO[bytes]]:
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give the files inside it (e.g. {path}/*.xml)")
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None
    with raw:
        if raw.read(2) == GZIP_MAGIC:
            raw.seek(0)
            with gzip.open(raw, "rb") as gz:
                yield gz
        else:
            raw.seek(0)
            yield raw


def sniff_format(path: Path) -> str:
    """Return 'pubmed-xml', 'medline' or 'text' for the file at ``path``; raise InputError if empty."""
    try:
        with _open_binary(path) as fh:
            head = fh.read(4096)
    except (OSError, EOFError, zlib.error):
        raise InputError(f"{path}: not a valid gzip file (truncated or corrupt); download it again") from None
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        raise InputError(f"{path}: the file is empty; give a PubMed XML, MEDLINE or text file")
    if stripped.startswith(b"<"):
        return "pubmed-xml"
    if stripped.startswith(b"PMID-"):
        return "medline"
    if path.suffix.lower() in (".xml", ".gz"):
        raise InputError(f"{path}: not XML (it does not start with '<'); give a PubMed XML file (efetch, baseline or update)")
    return "text"


def _read_text(path: Path) -> Article:
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; save it as UTF-8 or give PubMed XML") from None
    lines = content.strip().splitlines()
    title = " ".join(lines[0].split())
    return Article(
        pmid=None,
        title=title,
        sections=text_sections(lines[1:]),
        raw=content,
        raw_format="text",
        source=str(path),
    )


#: A section label on a line of its own, as corpora built from PMC write them ("ABSTRACT.METHODS:").
_LABEL_LINE = re.compile(r"^\s*ABSTRACT(?:\.(?P<label>[A-Z][A-Z0-9 ,/&()'.-]*?))?\s*:+(?:\s+|$)(?P<rest>.*)$")


def text_sections(lines: list[str]) -> tuple[AbstractSection, ...]:
    """Return the abstract of a text file's lines as sections: labelled where a line holds only a label."""
    sections: list[AbstractSection] = []
    label: str | None = None
    body: list[str] = []

    def close() -> None:
        text = " ".join(" ".join(body).split())
        if text:
            sections.append(AbstractSection(label, None, text))

    for line in lines:
        m = _LABEL_LINE.match(line)
        if m:
            close()
            body = []
            raw = m.group("label")
            # "ABSTRACT.ABSTRACT.METHODS:" -> "METHODS"; "ABSTRACT:" alone -> no label.
            label = raw.split(".")[-1].strip() if raw else None
            label = None if label == "ABSTRACT" else label
            if m.group("rest").strip():
                body.append(m.group("rest"))
        else:
            body.append(line)
    close()
    return tuple(sections)


def iter_records(path: str | Path, allow_text: bool = True) -> Iterator[Article | Deletion]:
    """Yield the records of one file in order: Articles, and Deletions from update files.

    Raises InputError for a missing, empty, malformed or unsupported file.
    """
    path = Path(path)
    fmt = sniff_format(path)
    try:
        if fmt == "pubmed-xml":
            with _open_binary(path) as fh:
                yield from iter_pubmed_xml(fh, str(path))
        elif fmt == "medline":
            with _open_binary(path) as fh:
                yield from iter_medline(io.TextIOWrapper(fh, encoding="utf-8", errors="replace"), str(path))
        else:
            if not allow_text:
                raise InputError(
                    f"{path}: plain text has no PMID, so it cannot be stored; "
                    "give PubMed XML or MEDLINE, or use 'trialdb extract' for text"
                )
            yield _read_text(path)
    except (EOFError, zlib.error, gzip.BadGzipFile):
        raise InputError(f"{path}: the gzip stream is truncated or corrupt; download the file again") from None


def read_articles(paths: Iterable[str | Path], allow_text: bool = True) -> Iterator[Article]:
    """Yield the Articles of several files in order, skipping deletion notices."""
    for path in paths:
        for rec in iter_records(path, allow_text=allow_text):
            if isinstance(rec, Article):
                yield rec


def check_source(path: str | Path, allow_text: bool = True) -> int:
    """Read a whole file without keeping it and return its record count; raise InputError if unusable.

    Run before storing anything, so that a malformed file changes nothing.
    """
    path = Path(path)
    fmt = sniff_format(path)
    if fmt != "pubmed-xml":
        return sum(1 for _ in iter_records(path, allow_text=allow_text))
    count = 0
    try:
        with _open_binary(path) as fh:
            for el in iter_xml_elements(fh, str(path)):
                if el.tag != "DeleteCitation":
                    pmid = el.findtext("PMID") if el.tag == "MedlineCitation" else el.findtext("MedlineCitation/PMID")
                    if canonical_pmid(pmid) is None:
                        raise InputError(f"{path}: a record without a numeric PMID; the file is not valid PubMed XML")
                count += 1
    except (EOFError, zlib.error, gzip.BadGzipFile):
        raise InputError(f"{path}: the gzip stream is truncated or corrupt; download the file again") from None
    return count


def article_from_raw(raw: str, raw_format: str, source: str | None = None) -> Article:
    """Rebuild an Article from its stored raw record (for re-extraction without refetching)."""
    if raw_format == "pubmed-xml":
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        return parse_record(etree.fromstring(raw.encode("utf-8"), parser), source=source)
    if raw_format == "medline":
        rec = json.loads(raw)
        lines = []
        for key, val in rec.items():
            for v in val if isinstance(val, list) else [val]:
                lines.append(f"{key:<4}- {v}")
        order = sorted(lines, key=lambda ln: 0 if ln.startswith("PMID") else 1)
        return next(iter_medline(io.StringIO("\n".join(order) + "\n"), source or "stored record"))
    raise InputError(f"stored record has unknown format {raw_format!r}")

