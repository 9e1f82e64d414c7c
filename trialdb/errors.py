"""The one exception hierarchy of trialdb.

Every error a user can cause or meet carries a one-line message that says what
is wrong and what to do; the CLI prints it and exits with ``exit_code``.
"""

from __future__ import annotations


class TrialdbError(Exception):
    """Base of every trialdb error; ``str(err)`` is the user-facing message."""

    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(TrialdbError):
    """A file or argument the user gave cannot be used (missing, unreadable, not PubMed)."""

    exit_code = 2


class NotFoundError(TrialdbError):
    """A record the user asked for is not in the database."""

    exit_code = 3


class NetworkError(TrialdbError):
    """A remote service could not be reached or kept failing after retries."""

    exit_code = 4


class DatabaseError(TrialdbError):
    """The database URL is wrong, the server is unreachable, or a write failed."""

    exit_code = 5
