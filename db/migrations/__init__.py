"""The database schema's history as Alembic migrations (versions/), and the little that opening a database needs.

This package, legacy.py and version.py import no Alembic: opening a database only reads its revision from the
alembic_version table. runner.py (Alembic itself) is imported by ``trialdb db upgrade`` alone. README.md says how
to add a migration.
"""

from __future__ import annotations

#: Every revision, oldest first, as versions/ holds them (a test checks the two agree); the last is the head.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD = REVISIONS[-1]
