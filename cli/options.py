"""Options shared by several commands."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="SQLite file path or database URL (default: $TRIALDB_DATABASE_URL, else the user data dir)."),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors (for cron).")]
