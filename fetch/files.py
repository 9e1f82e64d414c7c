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
from trialdb.fetch.article import AbstractSection, Article, Deletion, shown_value
from trialdb.fetch.medline import iter_medline
from trialdb.fetch.pubmed_xml import check_element, declares_entities, iter_pubmed_xml, iter_xml_elements, parse_record

GZIP_MAGIC = b"\x1f\x8b"
#: The encoding rule for every format: UTF-8 (byte-order mark optional), or UTF-16 little- or big-endian, with or
#: without a byte-order mark (told then by the NUL byte of its first, ASCII character).
UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


def _utf16(head: bytes) -> str | None:
    """Return 'utf-16-le' or 'utf-16-be' when ``head`` starts UTF-16 text (with or without byte-order mark), else None."""
    if head[:2] in UTF16_BOMS:
        return UTF16_BOMS[head[:2]]
    if len(head) >= 2 and bool(head[0]) != bool(head[1]):
        return "utf-16-le" if head[0] else "utf-16-be"
    return None


class _BomFirst(io.RawIOBase):
    """A stream that gives a byte-order mark, then the bytes of ``stream``: lxml tells UTF-16 without one only
    from an XML declaration, so UTF-16 without a mark gets one and every UTF-16 file is read alike."""

    def __init__(self, bom: bytes, stream: IO[bytes]) -> None:
        self._pending = bom
        self._stream = stream

    def readable(self) -> bool:
        """Return True: the stream is for reading."""
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Fill ``buffer`` from the mark, then from the stream; return the number of bytes given (0 at the end)."""
        if self._pending:
            data, self._pending = self._pending[: len(buffer)], self._pending[len(buffer) :]
        else:
            data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _with_bom(stream: IO[bytes]) -> IO[bytes]:
    """Return ``stream`` itself, or for UTF-16 without a byte-order mark the stream with one in front."""
    head = stream.peek(2)[:2]  # type: ignore[attr-defined]
    codec = _utf16(head)
    if codec is None or head in UTF16_BOMS:
        return stream
    return io.BufferedReader(_BomFirst(b"\xff\xfe" if codec == "utf-16-le" else b"\xfe\xff", stream))  # type: ignore[return-value]


def _text_codec(stream: IO[bytes]) -> str:
    """Return the codec for a stream from _open_binary: 'utf-16' after a UTF-16 byte-order mark, else 'utf-8-sig'."""
    return "utf-16" if stream.peek(2)[:2] in UTF16_BOMS else "utf-8-sig"  # type: ignore[attr-defined]


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
                yield _with_bom(gz)
        else:
            raw.seek(0)
            yield _with_bom(raw)


def sniff_format(path: Path) -> str:
    """Return 'pubmed-xml', 'medline' or 'text' for the file at ``path``; raise InputError if empty."""
    try:
        with _open_binary(path) as fh:
            head = fh.read(4096)
    except (OSError, EOFError, zlib.error):
        raise InputError(f"{path}: not a valid gzip file (truncated or corrupt); download it again") from None
    codec = _utf16(head)
    if codec is not None:
        head = head[2:].decode(codec, errors="ignore").encode("utf-8")
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
    data = path.read_bytes()
    try:
        content = data.decode("utf-16" if data[:2] in UTF16_BOMS else _utf16(data[:2]) or "utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 or UTF-16 text; save it as UTF-8 or give PubMed XML") from None
    lines = content.strip().splitlines()
    if not lines:  # only characters that str.strip() takes for whitespace ("\x1f", "\u2028"), which sniff_format keeps
        raise InputError(f"{path}: the file is empty; give a PubMed XML, MEDLINE or text file")
    title = " ".join(lines[0].split())
    return Article(
        pmid=None,
        title=title,
        sections=text_sections(lines[1:]),
        raw=content,
        raw_format="text",
        source=str(path),
    )


#: A section label on a line of its own, as corpora built from PMC write them ("ABSTRACT.METHODS:", "ABSTRACT. RESULTS :").
_LABEL_LINE = re.compile(r"^\s*ABSTRACT(?:\. ?(?P<label>[A-Z][A-Z0-9 ,/&()'.-]*?))?\s*:+(?:\s+|$)(?P<rest>.*)$")


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
                yield from iter_medline(io.TextIOWrapper(fh, encoding=_text_codec(fh), errors="replace"), str(path))
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
    """Go through a whole file without keeping it and return its record count; raise InputError if unusable.

    Run before storing anything, so that a malformed file changes nothing. PubMed XML is parsed as reading parses it
    (iter_xml_elements) and each record gets the reader's own refusals (check_element, which parse_record runs first)
    without being built into an Article, so a file that passes cannot be refused by the reader later, and the check
    costs little more than lxml's parse. MEDLINE and text are read whole with iter_records.
    """
    path = Path(path)
    if sniff_format(path) != "pubmed-xml":
        return sum(1 for _ in iter_records(path, allow_text=allow_text))
    count = 0
    declared: bool | None = None
    try:
        with _open_binary(path) as fh:
            for el in iter_xml_elements(fh, str(path)):
                if declared is None:
                    declared = declares_entities(el)
                check_element(el, str(path), declared)
                count += 1
    except (EOFError, zlib.error, gzip.BadGzipFile):
        raise InputError(f"{path}: the gzip stream is truncated or corrupt; download the file again") from None
    return count


def article_from_raw(raw: str, raw_format: str, source: str | None = None) -> Article:
    """Rebuild an Article from its stored raw record (for re-extraction without refetching).

    Raises InputError, never another error, when the stored record cannot be read (one stored before the readers
    refused what it holds, or damaged in the database), so that a caller can skip it.
    """
    where = source or "stored record"
    try:
        return _article_from_raw(raw, raw_format, where)
    except etree.XMLSyntaxError as exc:
        detail = " ".join(str(exc.msg if hasattr(exc, "msg") else exc).split())
        raise InputError(f"{where}: not well-formed XML ({detail})") from None
    except (ValueError, StopIteration) as exc:
        raise InputError(f"{where}: cannot be read ({type(exc).__name__}: {shown_value(' '.join(str(exc).split()), 120)})") from None


def _article_from_raw(raw: str, raw_format: str, source: str) -> Article:
    if raw_format == "pubmed-xml":
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        return parse_record(etree.fromstring(raw.encode("utf-8"), parser), source=source)
    if raw_format == "medline":
        rec = json.loads(raw)
        if not isinstance(rec, dict):
            raise ValueError("not a MEDLINE record (JSON object)")
        lines = []
        for key, val in rec.items():
            for v in val if isinstance(val, list) else [val]:
                lines.append(f"{key:<4}- {v}")
        order = sorted(lines, key=lambda ln: 0 if ln.startswith("PMID") else 1)
        return next(iter_medline(io.StringIO("\n".join(order) + "\n"), source, max_line_chars=None))
    raise InputError(f"stored record has unknown format {raw_format!r}")

