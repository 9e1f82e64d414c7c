"""A command that reads needs a database: a mistyped --db is an error that makes no folder and no file.

Only the commands that bring records in (ingest, import, fetch, update) and `searches add` make a database.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.db.engine import display_url, make_engine

from ..conftest import FIXTURES, SEED

#: Every command that only reads (or changes what is stored), with arguments that would work on a loaded database.
READERS: list[tuple[str, ...]] = [
    ("search", "stem", "cells"),
    ("search", "--design", "rct", "--format", "ids"),
    ("show", "33472925"),
    ("export", "--format", "csv"),
    ("export", "--format", "ris", "-o", "{out}/included.ris"),
    ("stats",),
    ("screen", "33472925", "--include"),
    ("report",),
    ("report", "-o", "{out}/search-report.md"),
    ("plot", "timeline", "-o", "{out}/timeline.png"),
    ("log",),
    ("log", "--format", "json"),
    ("searches", "list"),
    ("searches", "show", "msc-stroke"),
    ("searches", "remove", "msc-stroke"),
    ("reextract",),
]
IDS = [" ".join(c[:3]).replace("{out}/", "") for c in READERS]


def run(*args: object, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args], env=env)
    return r.exit_code, r.stdout, r.stderr


def args_for(command: tuple[str, ...], out: Path) -> list[str]:
    return [a.replace("{out}", str(out)) for a in command]


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def no_database(where: object) -> str:
    return f"trialdb: error: no database at {where}; run trialdb ingest or fetch first\n"


@pytest.mark.parametrize("command", READERS, ids=IDS)
def test_a_mistyped_path_is_exit_5_and_makes_no_folder_nor_file(tmp_path: Path, command: tuple[str, ...]) -> None:
    typo = tmp_path / "reveiw" / "trialdb.sqlite"
    code, out, err = run(*args_for(command, tmp_path), "--db", typo)
    assert (code, out, err) == (5, "", no_database(typo))
    assert files_under(tmp_path) == []


@pytest.mark.parametrize("command", READERS, ids=IDS)
def test_a_missing_file_in_an_existing_folder_is_not_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(*args_for(command, tmp_path), "--db", "trails.sqlite")
    # A relative path is named as the absolute path looked for.
    assert (code, out, err) == (5, "", no_database(tmp_path / "trails.sqlite"))
    assert files_under(tmp_path) == []


@pytest.mark.parametrize("command", [("search", "stroke"), ("log",), ("searches", "list"), ("report",)], ids=lambda c: " ".join(c))
def test_an_empty_file_is_no_database_and_stays_empty(tmp_path: Path, command: tuple[str, ...]) -> None:
    empty = tmp_path / "trialdb.sqlite"
    empty.touch()
    code, _, err = run(*command, "--db", empty)
    assert (code, err) == (5, no_database(empty))
    assert files_under(tmp_path) == ["trialdb.sqlite"] and empty.stat().st_size == 0


@pytest.mark.parametrize("command", [("search", "stroke"), ("stats",), ("log",), ("searches", "list")], ids=lambda c: " ".join(c))
def test_the_default_database_not_made_yet_is_the_same_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("TRIALDB_DATABASE_URL", raising=False)
    code, _, err = run(*command)
    assert (code, err) == (5, no_database(tmp_path / "data" / "trialdb" / "trialdb.sqlite"))
    monkeypatch.setenv("TRIALDB_DATABASE_URL", f"sqlite:///{tmp_path / 'elsewhere' / 'trialdb.sqlite'}")
    code, _, err = run(*command)
    assert (code, err) == (5, no_database(tmp_path / "elsewhere" / "trialdb.sqlite"))
    assert files_under(tmp_path) == []


@pytest.mark.parametrize("command", READERS, ids=IDS)
def test_a_postgresql_schema_without_trialdbs_tables_is_no_database(postgres_url: str, tmp_path: Path, command: tuple[str, ...]) -> None:
    code, out, err = run(*args_for(command, tmp_path), "--db", postgres_url)
    assert (code, out, err) == (5, "", no_database(display_url(postgres_url)))
    engine = make_engine(postgres_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
    assert files_under(tmp_path) == []


@pytest.mark.parametrize(
    "command",
    [("ingest", str(SEED)), ("import", str(FIXTURES / "medline" / "biopython__pubmed_result2.txt")),
     ("searches", "add", "msc-stroke", '"stem cells"[tiab] AND stroke[tiab]')],
    ids=["ingest", "import", "searches add"],
)
def test_the_commands_that_bring_records_in_make_the_database(db_url: str, tmp_path: Path, command: tuple[str, ...]) -> None:
    url = str(tmp_path / "new" / "trialdb.sqlite") if db_url.startswith("sqlite") else db_url
    code, _, err = run(*command, "--db", url)
    assert code == 0, err
    # Made once, the database serves every reader.
    for reader in (("search", "stroke"), ("stats",), ("log", "--format", "json"), ("searches", "list"), ("report", "--format", "json")):
        code, _, err = run(*reader, "--db", url)
        assert code == 0, (reader, err)
    if db_url.startswith("sqlite"):
        assert "new/trialdb.sqlite" in files_under(tmp_path)


def test_a_bad_file_makes_no_database(tmp_path: Path) -> None:
    bad = tmp_path / "cut.xml"
    bad.write_text(SEED.read_text()[:2000])
    for command in ("ingest", "import"):
        code, _, err = run(command, bad, "--db", tmp_path / "new" / "trialdb.sqlite")
        assert code == 2 and "not well-formed XML" in err
    assert files_under(tmp_path) == ["cut.xml"]
