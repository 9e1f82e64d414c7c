"""`trialdb db`: a database's schema revision, and upgrading it to this trialdb's (Alembic's migrations, db/migrations/)."""

from __future__ import annotations

import typer

from trialdb.cli.errors import user_errors
from trialdb.cli.options import DbOption
from trialdb.db.engine import database_label, existing_database, upgrade_command
from trialdb.db.migrations import HEAD
from trialdb.db.migrations.state import cannot_upgrade, read_state, refusal

db_app = typer.Typer(help="The database's schema revision: show it, or upgrade the database to this trialdb's.", no_args_is_help=True)

_PLACED = "placed by its columns: it records none yet"


@db_app.command("upgrade")
@user_errors
def upgrade(db: DbOption = None) -> None:
    """Upgrade the database in place to this trialdb's schema revision, keeping every row (all or nothing: a failed upgrade changes nothing)."""
    from trialdb.db.migrations.runner import upgrade_database  # Alembic: imported by this command only

    engine = existing_database(db)
    done = upgrade_database(engine)
    where = database_label(engine)
    placed = f" ({_PLACED})" if done.detected else ""
    if done.before == done.after:
        print(f"{where} is at revision {done.after}, the head{placed}: nothing to upgrade.")
    else:
        print(f"Upgraded {where} from revision {done.before}{placed} to {done.after}, the head.")


@db_app.command("current")
@user_errors
def current(db: DbOption = None) -> None:
    """Print the database's schema revision, and whether it is this trialdb's head: '0002 (head)'."""
    engine = existing_database(db)
    with engine.connect() as conn:
        state = read_state(conn)
    where = database_label(engine)
    blocked = cannot_upgrade(state, where)
    if blocked and state.revision is None:
        raise blocked
    notes = [] if state.recorded else [_PLACED]
    if blocked:
        notes.append(f"unknown to this trialdb, whose head is {HEAD}: made by a newer trialdb")
    elif state.at_head:
        mismatch = refusal(state, where, "")
        if mismatch:
            raise mismatch
        notes.insert(0, "head")
    else:
        notes.append(f"the head is {HEAD}: run `{upgrade_command(engine)}`")
    print(f"{state.revision} ({'; '.join(notes)})")


def register(app: typer.Typer) -> None:
    """Add the `db` commands to the trialdb app."""
    app.add_typer(db_app, name="db")
