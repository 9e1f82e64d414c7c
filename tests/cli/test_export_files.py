"""The files export, report and plot write, as a user checks them: cells that stay text, no silent overwrite,
the user's umask, names that fit the format, and a failed write that leaves the old file as it was."""

from __future__ import annotations

import csv
import errno
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from trialdb.cli.app import app
from trialdb.cli.query_commands import EXPORT_SUFFIXES, ExportFormat

from ..conftest import ROOT

HOSTILE = ROOT / "tests" / "data" / "hostile" / "export-formula-titles.xml"
#: The hostile records (tests/data/hostile/README.md): PMID -> the title their file gives them.
TITLES = {
    "33472925": '=HYPERLINK("http://x","y")',
    "18719013": "+cmd|' /C calc'!A0",
    "27797938": "-2+3+cmd|' /C calc'!A0",
    "17059514": "@SUM(1+9)*cmd|' /C calc'!A0",
}


def run(*args: object) -> tuple[int, str, str]:
    r = CliRunner().invoke(app, [str(a) for a in args])
    return r.exit_code, r.stdout, r.stderr


def one_error_line(err: str) -> str:
    assert err.startswith("trialdb: error: ") and err.count("\n") == 1, err
    return err


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(".trialdb-*"))


@pytest.fixture
def hostile_db(db_url: str) -> str:
    code, _, err = run("ingest", HOSTILE, "--db", db_url)
    assert code == 0, err
    return db_url


@pytest.fixture
def hostile_sqlite(sqlite_url: str) -> str:
    code, _, err = run("ingest", HOSTILE, "--db", sqlite_url)
    assert code == 0, err
    return sqlite_url


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


# --- cells that stay data -------------------------------------------------------------------------

@pytest.mark.parametrize(("pmid", "title"), TITLES.items())
def test_csv_title_is_text_and_numbers_stay_numbers(hostile_db: str, tmp_path: Path, pmid: str, title: str) -> None:
    target = tmp_path / "trials.csv"
    code, _, err = run("export", "-o", target, "--db", hostile_db)
    assert code == 0, err
    rows = {r["pmid"]: r for r in csv.DictReader(target.open(encoding="utf-8", newline=""))}
    row = rows[pmid]
    assert row["title"] == "'" + title
    assert int(row["year"]) > 1900 and int(row["total_n"]) > 0  # plain digits, no quote in front


def test_search_csv_neutralises_too(hostile_sqlite: str) -> None:
    code, out, _ = run("search", "--format", "csv", "--registry", "NCT01716481", "--db", hostile_sqlite)
    (row,) = csv.DictReader(io.StringIO(out))
    assert code == 0 and row["title"] == "'" + TITLES["33472925"] and row["total_n"] == "54"


def test_meta_csv_keeps_negative_numbers_and_the_p_operator(hostile_db: str, tmp_path: Path) -> None:
    target = tmp_path / "meta.csv"
    code, _, err = run("export", "-f", "meta", "-o", target, "--db", hostile_db)
    assert code == 0, err
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    yi = {(r["pmid"], r["outcome"]): r["yi"] for r in rows if r["yi"]}
    # log(0.75) and log(0.40): negative, written as the numbers they are, never as text '-0.28...
    assert yi[("27797938", "rs2736098")] == "-0.287682" and yi[("17059514", "relapse rate")] == "-0.916291"
    assert {r["p_op"] for r in rows} <= {"", "=", "<", ">", "<=", ">="}
    assert all(not v.startswith("'") for r in rows for v in r.values())


def test_xlsx_cells_are_text_or_numbers_never_formulas(hostile_db: str, tmp_path: Path) -> None:
    target = tmp_path / "trials.xlsx"
    code, _, err = run("export", "-f", "xlsx", "-o", target, "--db", hostile_db)
    assert code == 0, err
    wb = load_workbook(target)
    assert all(c.data_type != "f" for ws in wb for row in ws.iter_rows() for c in row)
    trials = wb["trials"]
    header = [c.value for c in trials[1]]
    by_pmid = {r[0].value: r for r in trials.iter_rows(min_row=2)}
    assert set(by_pmid) == set(TITLES)
    for pmid, title in TITLES.items():
        cell = by_pmid[pmid][header.index("title")]
        assert (cell.data_type, cell.value) == ("s", "'" + title)
    seed = by_pmid["33472925"]
    assert (seed[header.index("total_n")].value, seed[header.index("year")].value) == (54, 2021)
    effects = wb["effects"]
    cols = [c.value for c in effects[1]]
    values = {(r[0].value, r[cols.index("value")].value, r[cols.index("ci_low")].value) for r in effects.iter_rows(min_row=2)}
    assert ("17059514", 0.4, 0.16) in values and ("27797938", 0.75, 0.63) in values


# --- no silent overwrite, the user's umask --------------------------------------------------------

#: (command line before -o, file name, how the written file starts)
WRITERS = [
    (("export", "-f", "csv"), "trials.csv", b"pmid,year,"),
    (("export", "-f", "meta"), "meta.csv", b"study,pmid,"),
    (("export", "-f", "json"), "trials.json", b"[\n"),
    (("export", "-f", "xlsx"), "trials.xlsx", b"PK"),
    (("export", "-f", "ris"), "trials.ris", b"TY  - JOUR"),
    (("export", "-f", "bibtex"), "trials.bib", b"@article{"),
    (("report",), "report.md", b"# Search report"),
    (("report", "-f", "json"), "report.json", b"{\n"),
    (("plot", "timeline"), "timeline.png", b"\x89PNG"),
    (("plot", "sizes"), "sizes.svg", b"<?xml"),
]
WRITER_IDS = [" ".join(w[0]) for w in WRITERS]


@pytest.mark.parametrize(("command", "name", "start"), WRITERS, ids=WRITER_IDS)
def test_an_existing_file_is_replaced_only_with_force(
    hostile_sqlite: str, tmp_path: Path, umask_022: None, command: tuple[str, ...], name: str, start: bytes
) -> None:
    target = tmp_path / name
    target.write_bytes(b"the reviewer's own file\n")
    target.chmod(0o600)  # as the old trialdb left it
    code, _, err = run(*command, "-o", target, "--db", hostile_sqlite)
    assert code == 2 and one_error_line(err) == f"trialdb: error: {target}: already exists; add --force to replace it\n"
    assert target.read_bytes() == b"the reviewer's own file\n"
    code, _, err = run(*command, "-o", target, "--force", "--db", hostile_sqlite)
    assert code == 0, err
    assert target.read_bytes().startswith(start)
    assert (target.stat().st_mode & 0o777, leftovers(tmp_path)) == (0o644, [])


@pytest.mark.parametrize(("command", "name", "start"), WRITERS, ids=WRITER_IDS)
def test_a_new_file_is_0644_under_umask_022(hostile_sqlite: str, tmp_path: Path, umask_022: None, command: tuple[str, ...], name: str,
                                            start: bytes) -> None:
    target = tmp_path / name
    code, _, err = run(*command, "-o", target, "--db", hostile_sqlite)
    assert code == 0, err
    assert target.read_bytes().startswith(start) and target.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(("command", "name"), [(("export",), "trials.csv"), (("export", "-f", "xlsx"), "trials.xlsx"), (("plot", "evidence"), "e.png")])
@pytest.mark.parametrize(("umask", "mode"), [(0o027, 0o640), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_follows_any_umask(hostile_sqlite: str, tmp_path: Path, command: tuple[str, ...], name: str, umask: int, mode: int) -> None:
    target = tmp_path / name
    old = os.umask(umask)
    try:
        code, _, err = run(*command, "-o", target, "--db", hostile_sqlite)
    finally:
        os.umask(old)
    assert code == 0, err
    assert target.stat().st_mode & 0o777 == mode


def test_stdout_needs_no_force(hostile_sqlite: str, tmp_path: Path) -> None:
    code, out, _ = run("export", "-f", "csv", "-o", "-", "--db", hostile_sqlite)
    assert code == 0 and out.startswith("pmid,year,") and out.count("\n") == 1 + len(TITLES)


# --- the name fits the format ---------------------------------------------------------------------

@pytest.mark.parametrize(("command", "name", "message"), [
    (("export", "-f", "xlsx"), "x.csv", "x.csv: --format xlsx writes a .xlsx file; name it x.xlsx or use --format csv"),
    (("export", "-f", "csv"), "x.xlsx", "x.xlsx: --format csv writes a .csv file; name it x.csv or use --format xlsx"),
    (("export",), "trials.json", "trials.json: --format csv writes a .csv file; name it trials.csv or use --format json"),
    (("export", "-f", "meta"), "meta.xlsx", "meta.xlsx: --format meta writes a .csv file; name it meta.csv or use --format xlsx"),
    (("export", "-f", "json"), "x.csv", "x.csv: --format json writes a .json file; name it x.json or use --format csv"),
    (("export", "-f", "ris"), "x.bib", "x.bib: --format ris writes a .ris file; name it x.ris or use --format bibtex"),
    (("export", "-f", "bibtex"), "x.ris", "x.ris: --format bibtex writes a .bib file; name it x.bib or use --format ris"),
    (("export", "-f", "ris"), "included", "included: --format ris writes a .ris file; name it included.ris"),
    (("report", "-f", "json"), "report.md", "report.md: --format json writes a .json file; name it report.json or use --format md"),
    (("report",), "report.json", "report.json: --format md writes a .md or .markdown file; name it report.md or use --format json"),
])
def test_a_name_that_does_not_fit_the_format_is_refused(
    hostile_sqlite: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...], name: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(*command, "-o", name, "--force", "--db", hostile_sqlite)
    assert code == 2 and one_error_line(err) == f"trialdb: error: {message}\n"
    assert not (tmp_path / name).exists() and leftovers(tmp_path) == []


def test_every_export_format_has_its_file_names() -> None:
    assert set(EXPORT_SUFFIXES) == {f.value for f in ExportFormat}


# --- a failed write leaves the old file -----------------------------------------------------------

@pytest.mark.parametrize(("command", "name", "start"), WRITERS, ids=WRITER_IDS)
@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_full_disk_is_exit_5_and_keeps_the_old_file(
    hostile_sqlite: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...], name: str, start: bytes, failing: str
) -> None:
    target = tmp_path / name
    target.write_bytes(b"last week's export\n")

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, failing, full)
    code, _, err = run(*command, "-o", target, "--force", "--db", hostile_sqlite)
    assert code == 5 and one_error_line(err) == (
        f"trialdb: error: cannot write {target}: No space left on device; the existing file is unchanged\n"
    )
    assert target.read_bytes() == b"last week's export\n" and leftovers(tmp_path) == []


@pytest.fixture
def lock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """Return a function that makes a folder unwritable (chmod 0500; as root, which ignores modes, refused where the kernel would)."""
    locked: list[Path] = []

    def make_unwritable(folder: Path) -> None:
        folder.chmod(0o500)
        locked.append(folder)
        if os.geteuid() == 0:
            real_open = os.open

            def denied(path: Any, *args: Any, **kwargs: Any) -> int:
                if Path(path).parent in locked:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
                return real_open(path, *args, **kwargs)

            monkeypatch.setattr(os, "open", denied)

    yield make_unwritable
    for folder in locked:
        folder.chmod(0o700)


@pytest.mark.parametrize(("command", "name", "start"), WRITERS, ids=WRITER_IDS)
def test_an_unwritable_folder_is_exit_5_and_keeps_the_old_file(
    hostile_sqlite: str, tmp_path: Path, lock: Callable[[Path], None], command: tuple[str, ...], name: str, start: bytes
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / name
    target.write_bytes(b"last week's export\n")
    lock(folder)
    code, _, err = run(*command, "-o", target, "--force", "--db", hostile_sqlite)
    assert code == 5 and one_error_line(err) == (
        f"trialdb: error: cannot write {target}: Permission denied; the existing file is unchanged\n"
    )
    assert target.read_bytes() == b"last week's export\n" and leftovers(folder) == []


@pytest.mark.parametrize(("command", "name", "start"), WRITERS[:1] + WRITERS[3:4] + WRITERS[-2:-1], ids=["export", "xlsx", "plot"])
def test_an_unwritable_folder_and_no_old_file_writes_nothing(
    hostile_sqlite: str, tmp_path: Path, lock: Callable[[Path], None], command: tuple[str, ...], name: str, start: bytes
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    lock(folder)
    code, _, err = run(*command, "-o", folder / name, "--db", hostile_sqlite)
    assert code == 5 and one_error_line(err) == f"trialdb: error: cannot write {folder / name}: Permission denied; no file was written\n"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(("command", "name"), [(("export",), "trials.csv"), (("report",), "r.md"), (("plot", "timeline"), "t.png")])
def test_a_missing_folder_or_a_file_in_the_way_is_exit_2(hostile_sqlite: str, tmp_path: Path, command: tuple[str, ...], name: str) -> None:
    code, _, err = run(*command, "-o", tmp_path / "nope" / name, "--db", hostile_sqlite)
    assert code == 2 and one_error_line(err) == f"trialdb: error: {tmp_path / 'nope'}: no such folder; create it or choose another -o\n"
    (tmp_path / "notes").write_text("a file, not a folder\n")
    code, _, err = run(*command, "-o", tmp_path / "notes" / name, "--db", hostile_sqlite)
    assert code == 2 and "no such folder" in one_error_line(err)


def test_a_pipe_or_device_is_not_replaced(hostile_sqlite: str, tmp_path: Path) -> None:
    fifo = tmp_path / "trials.csv"
    os.mkfifo(fifo)
    code, _, err = run("export", "-o", fifo, "--force", "--db", hostile_sqlite)
    assert code == 2 and one_error_line(err) == f"trialdb: error: {fifo}: not a regular file; give a file name for -o (or -o - for stdout)\n"
    assert fifo.is_fifo() and leftovers(tmp_path) == []
