"""fetch, update and import runs: living updates with nothing lost, nothing doubled, all logged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from trialdb.db.lock import BusyError, update_lock
from trialdb.db.models import ArticleRow, ArticleVersionRow, PValueRow
from trialdb.db.runs import add_saved_search, get_saved_search, list_runs
from trialdb.errors import NetworkError, NotFoundError
from trialdb.fetch.eutils import EutilsClient, EutilsConfig
from trialdb.pipeline.runs import fetch_by_pmid, fetch_query, import_files, update_searches

from ..conftest import FIXTURES, SEED
from ..db.test_store import dump
from ..eutils_server import EutilsServer, Record, load_corpus

CORPUS = load_corpus()
TODAY = date.today()
EARLY = {p: r for p, r in CORPUS.items() if r.crdt < date(2015, 1, 1)}
LATE = {p: r for p, r in CORPUS.items() if r.crdt >= date(2015, 1, 1)}


def client(srv: EutilsServer, **kw) -> EutilsClient:  # type: ignore[no-untyped-def]
    return EutilsClient(EutilsConfig(base_url=srv.url, rate=200, history_cap=50, backoff=0.01, **kw), sleep=lambda s: None)


def stored_pmids(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {p for (p,) in conn.execute(select(ArticleRow.pmid))}


def test_fetch_stores_every_record_and_logs_the_run(engine: Engine) -> None:
    with EutilsServer(corpus=dict(CORPUS), cap=50) as srv, client(srv) as c:
        report = fetch_query(engine, c, "all", batch_size=30)
    assert stored_pmids(engine) == set(CORPUS)
    (run,) = list_runs(engine)
    assert (run["kind"], run["status"], run["query"], run["database"]) == ("fetch", "completed", "all", "PubMed")
    assert (run["found"], run["new"], run["revised"], run["failed"]) == (260, 260, 0, 0)
    assert run["query_translation"] == "all" and run["trialdb_version"] and run["finished_at"]
    assert report.found == 260


def test_update_brings_new_and_revised_records_and_nothing_twice(engine: Engine) -> None:
    srv_corpus = dict(EARLY)
    with EutilsServer(corpus=srv_corpus, cap=50) as srv, client(srv) as c:
        add_saved_search(engine, "everything", "all")
        (first,) = update_searches(engine, c, today=TODAY, batch_size=40)
        assert (first.found, first.stored.new) == (len(EARLY), len(EARLY))
        assert stored_pmids(engine) == set(EARLY)
        assert get_saved_search(engine, "everything").last_success_at is not None

        # PubMed gains the later records (created today) and revises one old record.
        for pmid, rec in LATE.items():
            srv.state.corpus[pmid] = Record(pmid, rec.xml, rec.text, TODAY, TODAY)
        srv.state.revise("9505772", "Data were analysed from 85 patients", "Data were analysed from 86 patients", TODAY)
        (second,) = update_searches(engine, c, today=TODAY, batch_size=40)
        assert (second.stored.new, second.stored.updated) == (len(LATE), 1)
        assert stored_pmids(engine) == set(CORPUS)
        with engine.connect() as conn:
            total = conn.execute(select(ArticleRow.abstract).where(ArticleRow.pmid == "9505772")).scalar_one()
            kept = conn.execute(select(func.count()).select_from(ArticleVersionRow)).scalar_one()
        assert "from 86 patients" in total and kept == 1

        # Nothing new: the overlap window brings the same records back, and nothing changes.
        before = dump(engine)
        (third,) = update_searches(engine, c, today=TODAY, batch_size=40)
        assert (third.stored.new, third.stored.updated, third.stored.deleted) == (0, 0, 0)
        assert {k: v for k, v in dump(engine).items() if k not in ("run", "saved_search")} == {
            k: v for k, v in before.items() if k not in ("run", "saved_search")
        }
    runs = list_runs(engine)
    assert [r["status"] for r in runs] == ["completed"] * 3
    assert "[Date - Create]" in (runs[0]["query_translation"] or "")


def test_an_interrupted_update_is_finished_by_the_next_run(engine: Engine) -> None:
    with EutilsServer(corpus=dict(CORPUS), cap=50) as srv:
        add_saved_search(engine, "everything", "all")
        srv.state.add_fault("500", "efetch.fcgi", times=0)
        with client(srv, max_attempts=2) as c:
            # Let the first efetch through, then fail every one after it.
            real = c.efetch_history
            calls = {"n": 0}

            def flaky(result, retstart, retmax):  # type: ignore[no-untyped-def]
                calls["n"] += 1
                if calls["n"] == 2:
                    srv.state.add_fault("500", "efetch.fcgi", times=5)
                return real(result, retstart, retmax)

            c.efetch_history = flaky  # type: ignore[method-assign]
            with pytest.raises(NetworkError):
                update_searches(engine, c, today=TODAY, batch_size=40)
        partial = stored_pmids(engine)
        assert 0 < len(partial) < len(CORPUS)
        assert get_saved_search(engine, "everything").last_success_at is None
        assert list_runs(engine)[0]["status"] == "failed"
        srv.state.faults.clear()
        with client(srv) as c:
            (rerun,) = update_searches(engine, c, today=TODAY, batch_size=40)
    assert stored_pmids(engine) == set(CORPUS)
    assert rerun.stored.new == len(CORPUS) - len(partial) and rerun.stored.unchanged == len(partial)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ArticleRow)).scalar_one() == 260


def test_a_second_update_waits_for_the_first(engine: Engine) -> None:
    with EutilsServer(corpus=dict(EARLY), cap=50) as srv, client(srv) as c:
        add_saved_search(engine, "everything", "all")
        with update_lock(engine), pytest.raises(BusyError, match="another trialdb update is running"):
            update_searches(engine, c, today=TODAY)


def test_unknown_pmids_are_named_and_the_rest_stored(engine: Engine) -> None:
    with EutilsServer(corpus=dict(CORPUS), cap=50) as srv, client(srv) as c:
        with pytest.raises(NotFoundError) as err:
            fetch_by_pmid(engine, c, ["33472925", "99999999", "28731372"])
    assert err.value.message == "PubMed has no record for PMID 99999999; the other 2 were stored"
    assert stored_pmids(engine) == {"33472925", "28731372"}
    (run,) = list_runs(engine)
    assert (run["status"], run["found"], run["failed"]) == ("completed", 2, 1)


def test_import_applies_versions_and_deletions_in_file_order(engine: Engine, tmp_path: Path) -> None:
    revised = tmp_path / "update-1.xml"
    revised.write_text(SEED.read_text().replace("( p = 0.732)", "( p = 0.041)"))
    deletion = tmp_path / "update-2.xml"
    deletion.write_text('<PubmedArticleSet><DeleteCitation><PMID Version="1">28731372</PMID></DeleteCitation></PubmedArticleSet>')
    report = import_files(engine, [SEED, FIXTURES / "pubmed" / "metapub__pmid_28731372.xml", revised, deletion], batch_size=1)
    assert (report.stored.new, report.stored.updated, report.stored.deleted) == (2, 1, 1)
    assert stored_pmids(engine) == {"33472925"}
    with engine.connect() as conn:
        values = [v for (v,) in conn.execute(select(PValueRow.value).where(PValueRow.pmid == "33472925").order_by(PValueRow.position))]
    assert values == [0.041, 0.023]
    assert list_runs(engine)[0]["kind"] == "import"


def test_medline_import(engine: Engine) -> None:
    report = import_files(engine, [FIXTURES / "medline" / "biopython__pubmed_result2.txt"])
    assert report.stored.new == 4
    assert stored_pmids(engine) == {"16403221", "16377612", "14871861", "14630660"}
