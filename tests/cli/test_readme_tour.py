"""Every command of the README's examples, run in order on the bundled data as a new user would, exits 0."""

from __future__ import annotations

import glob
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trialdb.cli.app import app

from ..conftest import FIXTURES, PUBMED, SEED
from ..eutils_server import EutilsServer

ROOT = FIXTURES.parent
#: The README's placeholders for the user's own files, and the bundled real files that stand in for them.
PLACEHOLDERS = {
    "some.xml": str(SEED),
    "pubmed-export.nbib": str(next(iter(sorted((FIXTURES / "medline").glob("*"))))),
    "pubmed25n1300.xml.gz": str(PUBMED / "fatcat__pubmedsample_2019.xml.gz"),
}
#: What a user types at the prompts of the interactive commands.
ANSWERS = {"screen --next": "s\nq\n"}
#: What a user sees (stdout and stderr together) from some of the commands, read off the bundled records.
EXPECT = {
    "ingest": "261 new",
    "search stem cells --design rct": "33472925",
    "search --registry NCT01716481": "33472925",
    "show 33472925": "NCT01716481",
    "stats": "records",
    "screen --agreement --reviewers alice,bob": "kappa",
    "log --format json": "ingest",
}
#: The files the export, report and plot examples write.
FILES = ["trials.csv", "rcts.json", "decisions.csv", "trials.xlsx", "meta.csv", "included.ris", "trials.bib", "search-report.md", "timeline.png", "forest.png"]


def readme_commands() -> list[list[str]]:
    """Return the README's `trialdb ...` example lines, as argument lists (globs expanded from the repository root)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if not line.startswith("trialdb "):
                continue
            args = []
            for word in shlex.split(line, comments=True)[1:]:
                word = PLACEHOLDERS.get(word, word)
                args.extend(sorted(glob.glob(str(ROOT / word))) if "*" in word and word.startswith("fixtures/") else [word])
            out.append([str(ROOT / a) if a.startswith("fixtures/") else a for a in args])
    return out


def test_the_readme_lists_the_tour() -> None:
    commands = [" ".join(c[:2]) for c in readme_commands()]
    assert len(commands) > 30 and "ingest" in commands[0] and any(c.startswith("screen --next") for c in commands)


def test_every_readme_command_runs(server: EutilsServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRIALDB_DATABASE_URL", f"sqlite:///{tmp_path / 'tour.sqlite'}")
    monkeypatch.setenv("TRIALDB_REVIEWER", "alice")
    failed = []
    for args in readme_commands():
        answer = next((a for k, a in ANSWERS.items() if " ".join(args).startswith(k)), None)
        r = CliRunner().invoke(app, args, input=answer)
        line = " ".join(args)
        if r.exit_code != 0:
            failed.append(f"trialdb {line[:120]} -> exit {r.exit_code}: {r.stderr.strip()[:200]}")
        expected = next((e for k, e in EXPECT.items() if line.startswith(k)), None)
        if expected is not None and expected not in r.stdout + r.stderr:
            failed.append(f"trialdb {line[:120]}: {expected!r} not in its output")
    assert failed == [], "\n".join(failed)
    assert [f for f in FILES if not (tmp_path / f).is_file() or (tmp_path / f).stat().st_size == 0] == []
