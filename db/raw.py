"""The stored form of a raw record (article.raw, article_version.raw): its UTF-8 text, zlib-compressed.

Every write and read of a raw column goes through pack_raw and unpack_raw. The content hash is taken of the text,
never of these bytes, so change detection does not depend on how the record is stored.
"""

from __future__ import annotations

import zlib

from trialdb.errors import DatabaseError

#: zlib's default level: on real-shaped PubMed records a quarter of the text (level 9 is 1% smaller, half again slower).
LEVEL = 6


def pack_raw(text: str) -> bytes:
    """Return the stored form of the raw record ``text``: its UTF-8 bytes, zlib-compressed."""
    return zlib.compress(text.encode("utf-8"), LEVEL)


def unpack_raw(stored: bytes) -> str:
    """Return the raw record text that pack_raw stored as ``stored``; raise DatabaseError if it is not such bytes."""
    try:
        data = zlib.decompress(stored)
    except (zlib.error, TypeError):
        raise DatabaseError("a stored raw record is damaged (not zlib data); restore the database from a backup") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise DatabaseError("a stored raw record is damaged (not UTF-8 text); restore the database from a backup") from None
