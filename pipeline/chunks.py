"""Files cut into batches of raw records, for worker processes to read: the cheap half of reading stays here.

The process that cuts a file scans it for record elements (lxml's streaming parse, which also tells a malformed
file) and writes each record out as XML; the worker reads those bytes with the very reader storing uses
(fetch.pubmed_xml.iter_pubmed_xml), so it builds the same Articles and refuses the same records with the same
messages. Two kinds of record are read where they are cut: a DeleteCitation (a few PMIDs, cheaper to read than to
ship) and a record holding an entity reference, whose meaning depends on the file's DTD and which the reader
refuses (parse_record, as reading the file whole does). MEDLINE files are read whole where they are cut.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from lxml import etree

from trialdb.errors import InputError
from trialdb.fetch import Article, Deletion, iter_records
from trialdb.fetch.files import _open_binary, sniff_format
from trialdb.fetch.pubmed_xml import _deleted_pmids, iter_pubmed_xml, iter_xml_elements, parse_record

#: Every record a worker reads is wrapped in this (the root's name and attributes are the cutter's business: a file
#: whose root is not PubMed's is refused when its scan ends, as reading it whole refuses it).
_HEAD = b'<?xml version="1.0" encoding="utf-8"?>\n<PubmedArticleSet>\n'
_TAIL = b"\n</PubmedArticleSet>\n"
#: An entity reference other than XML's five and character references.
_ENTITY_REF = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);|#)")

#: One record: serialised XML for a worker to read, or a record read here.
Piece = bytes | Article | Deletion


@dataclass(frozen=True)
class Chunk:
    """Consecutive records of one file: serialised XML records (``xml``) or records already read (``records``)."""

    source: str
    xml: tuple[bytes, ...] = ()
    records: tuple[Article | Deletion, ...] = ()

    def __len__(self) -> int:
        return len(self.xml) + len(self.records)


def iter_pieces(path: str | Path, name: str | None = None, skip: int = 0) -> Iterator[Piece]:
    """Yield the records of one file in order, as pieces, after the first ``skip`` (scanned, not read).

    ``name`` names the file in messages and in Article.source (default: ``path`` as given). Raises InputError as
    fetch.iter_records does for a missing, empty, malformed or unsupported file.
    """
    path = Path(path)
    label = name if name is not None else str(path)
    if sniff_format(path) != "pubmed-xml":
        records: Iterator[Article | Deletion] = iter_records(path, allow_text=False)
        yield from islice(records, skip, None)
        return
    try:
        with _open_binary(path) as fh:
            for i, el in enumerate(iter_xml_elements(fh, label)):
                if i < skip:
                    continue
                if el.tag == "DeleteCitation":
                    yield Deletion(pmids=_deleted_pmids(el, label))
                    continue
                xml = etree.tostring(el, encoding="utf-8", with_tail=False)
                yield parse_record(el, source=label) if _ENTITY_REF.search(xml) else xml
    except (EOFError, zlib.error, gzip.BadGzipFile):
        raise InputError(f"{label}: the gzip stream is truncated or corrupt; download the file again") from None


@dataclass(frozen=True)
class Part:
    """Records [start, stop) of one file (``stop`` None: to its end); ``name`` names it in messages."""

    path: str
    name: str
    start: int = 0
    stop: int | None = None


def whole_files(paths: Sequence[str | Path]) -> list[Part]:
    """Return every record of each file as a Part named as given."""
    return [Part(str(p), str(p)) for p in paths]


def chunk_batches(parts: Iterable[Part], size: int) -> Iterator[list[Chunk]]:
    """Yield batches of ``size`` records across ``parts``, each as the Chunks of its files' records.

    Batches cross file boundaries as ``batched`` over the files' records does, so they hold the same records.
    """
    if size < 1:
        raise ValueError("batch size must be at least 1")
    batch: list[Chunk] = []
    held = 0
    for part in parts:
        xml: list[bytes] = []
        read: list[Article | Deletion] = []
        pieces = iter_pieces(part.path, part.name, part.start)
        try:
            for piece in pieces if part.stop is None else islice(pieces, part.stop - part.start):
                if isinstance(piece, bytes):
                    if read:
                        batch.append(Chunk(part.name, records=tuple(read)))
                        read = []
                    xml.append(piece)
                else:
                    if xml:
                        batch.append(Chunk(part.name, xml=tuple(xml)))
                        xml = []
                    read.append(piece)
                held += 1
                if held == size:
                    batch.extend(_close(part.name, xml, read))
                    xml, read = [], []
                    yield batch
                    batch, held = [], 0
        finally:
            pieces.close()
        batch.extend(_close(part.name, xml, read))
    if batch:
        yield batch


def _close(source: str, xml: list[bytes], read: list[Article | Deletion]) -> list[Chunk]:
    return [Chunk(source, xml=tuple(xml))] if xml else [Chunk(source, records=tuple(read))] if read else []


def read_chunk(chunk: Chunk) -> list[Article | Deletion]:
    """Return the records of one Chunk, read as storing reads them; raise InputError for a record it refuses."""
    if not chunk.xml:
        return list(chunk.records)
    data = _HEAD + b"\n".join(chunk.xml) + _TAIL
    return list(iter_pubmed_xml(io.BytesIO(data), chunk.source))


def read_batch(batch: Sequence[Chunk]) -> list[Article | Deletion]:
    """Return the records of a batch's Chunks, in order."""
    return [rec for chunk in batch for rec in read_chunk(chunk)]
