"""The E-utilities client against a real HTTP server on 127.0.0.1 that misbehaves on purpose."""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import pytest

from trialdb.errors import NetworkError
from trialdb.fetch import Article
from trialdb.fetch.eutils import EutilsClient, EutilsConfig, HistoryCapError
from trialdb.fetch.pubmed_search import fetch_plan, fetch_pmids, plan_search
from trialdb.fetch.ratelimit import RateLimiter

from ..eutils_server import EutilsServer, load_corpus, most_in_one_second

CORPUS = load_corpus()


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    with EutilsServer(corpus=dict(CORPUS), cap=50) as srv:
        yield srv


def client_for(srv: EutilsServer, sleeps: list[float] | None = None, **kw) -> EutilsClient:  # type: ignore[no-untyped-def]
    config = EutilsConfig(
        base_url=srv.url, email="reviewer@example.org", rate=kw.pop("rate", 200), history_cap=kw.pop("history_cap", 50),
        backoff=0.01, read_timeout=kw.pop("read_timeout", 5.0), **kw,
    )
    recorder = sleeps.append if sleeps is not None else (lambda s: None)
    return EutilsClient(config, sleep=recorder)


def fetch_all(client: EutilsClient, term: str = "all", batch: int = 20) -> list[str]:
    plan = plan_search(client, term)
    return [r.pmid for b in fetch_plan(client, plan, batch) for r in b if isinstance(r, Article)]


def test_fetches_exactly_the_servers_records_splitting_past_the_cap(server: EutilsServer) -> None:
    with client_for(server) as client:
        plan = plan_search(client, "all")
        got = [r.pmid for b in fetch_plan(client, plan, 20) for r in b if isinstance(r, Article)]
    assert plan.count == len(CORPUS) == 260
    assert len(plan.slices) > 1 and all(s.count < 50 for s in plan.slices)
    assert sorted(got) == sorted(CORPUS) and len(got) == len(set(got))
    assert all("[crdt]" in s.term for s in plan.slices)


@pytest.mark.parametrize(
    ("fault", "endpoint"),
    [("429", "efetch.fcgi"), ("500", "efetch.fcgi"), ("502", "esearch.fcgi"), ("503", "efetch.fcgi"), ("stall", "efetch.fcgi"),
     ("cut", "efetch.fcgi"), ("cut-clean", "efetch.fcgi"), ("short", "efetch.fcgi"), ("cut-clean", "esearch.fcgi")],
)
def test_every_fault_is_retried_and_nothing_is_lost(server: EutilsServer, fault: str, endpoint: str) -> None:
    server.state.stall_seconds = 1.5
    server.state.add_fault(fault, endpoint, times=2)
    sleeps: list[float] = []
    with client_for(server, sleeps, read_timeout=0.5) as client:
        got = fetch_all(client, "stroke")
        retries = client.stats.retries
    assert sorted(got) == sorted(server.state.search("stroke")) and got
    assert retries == 2 and len(sleeps) == 2
    if fault == "429":
        assert min(sleeps) >= 1.0  # Retry-After: 1 honoured


def test_backoff_grows_and_the_budget_ends_in_one_clear_error(server: EutilsServer) -> None:
    server.state.add_fault("500", "esearch.fcgi", times=10)
    sleeps: list[float] = []
    with client_for(server, sleeps, max_attempts=4) as client, pytest.raises(NetworkError) as err:
        client.esearch("stroke")
    assert len(sleeps) == 3 and sleeps[0] < sleeps[1] < sleeps[2]
    assert "failed 4 times (last: HTTP 500)" in err.value.message and "rerun" in err.value.message


def test_unreachable_server_is_a_network_error() -> None:
    config = EutilsConfig(base_url="http://127.0.0.1:9/entrez/eutils/", rate=200, backoff=0.01, max_attempts=2, connect_timeout=0.5)
    with EutilsClient(config, sleep=lambda s: None) as client, pytest.raises(NetworkError, match="connection failed"):
        client.esearch("stroke")


def test_retstart_refusal_past_the_cap(server: EutilsServer) -> None:
    with client_for(server, history_cap=9999) as client, pytest.raises(HistoryCapError, match="cannot be larger than 49"):
        client.esearch("all", retstart=60)
    with client_for(server) as client, pytest.raises(HistoryCapError, match="must be split"):
        client.esearch("all", retstart=60)


def test_recorded_real_esearch_answer(server: EutilsServer) -> None:
    with client_for(server) as client:
        result = client.esearch("cancer")
    assert result.count == 42249 and result.webenv == "MCID_6927d6e7fee3e90f880ec190" and len(result.ids) == 100
    assert result.query_translation is not None and result.query_translation.startswith('("cancer s"[All Fields] OR')


def test_identity_params_and_post_for_long_id_lists(server: EutilsServer) -> None:
    pmids = sorted(CORPUS)
    with client_for(server, api_key="k3y") as client:
        batches = list(fetch_pmids(client, pmids))
    assert sorted(r.pmid for _, recs in batches for r in recs) == pmids
    efetches = [(params, method) for _, path, params, method in server.state.requests if path.endswith("efetch.fcgi")]
    # 200 IDs would make a URL over 2,000 characters, so they go as POST; the last 60 fit in a GET.
    assert [(len(p["id"].split(",")), m) for p, m in efetches] == [(200, "POST"), (60, "GET")]
    for params, _ in efetches:
        assert (params["tool"], params["email"], params["api_key"], params["db"]) == ("trialdb", "reviewer@example.org", "k3y", "pubmed")


def test_unknown_pmids_are_absent_not_an_error(server: EutilsServer) -> None:
    with client_for(server) as client:
        records = client.efetch_ids(["33472925", "1"])
    assert [r.pmid for r in records] == ["33472925"]


class RecordingLimiter(RateLimiter):
    """A RateLimiter that keeps the time it let each request go."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.went: list[float] = []

    def acquire(self) -> float:
        went = super().acquire()
        self.went.append(went)
        return went


@pytest.mark.parametrize(("api_key", "limit"), [(None, 3), ("k3y", 10)])
def test_request_rate_never_exceeds_ncbis_limit(server: EutilsServer, api_key: str | None, limit: int) -> None:
    """Every request to the server goes through the limiter at NCBI's rate, checked on an injected clock that wakes late."""
    config = EutilsConfig(base_url=server.url, api_key=api_key, history_cap=50, backoff=0.01)
    assert config.requests_per_second == limit
    clock = LoadedClock(limit)
    limiter = RecordingLimiter(config.requests_per_second, clock=clock.time, sleep=clock.sleep)
    with EutilsClient(config, limiter=limiter) as client:
        for _ in range(limit + 4):
            client.esearch("stroke")
            clock.work()
    assert len(server.state.requests) == len(limiter.went) == limit + 4
    assert most_in_one_second(limiter.went) == limit


def test_rate_is_shared_by_workers(server: EutilsServer, tmp_path: Path) -> None:
    """Three workers with their own clients, one state file: together still 3 requests/s (as the limiters let them go)."""
    state = tmp_path / "rate"
    went: list[float] = []

    def work() -> None:
        config = EutilsConfig(base_url=server.url, history_cap=50, rate_state_file=state)
        limiter = RecordingLimiter(config.requests_per_second, state)
        with EutilsClient(config, limiter=limiter) as client:
            for _ in range(3):
                client.esearch("stroke")
        went.extend(limiter.went)

    threads = [threading.Thread(target=work) for _ in range(3)]
    start = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(went) == len(server.state.requests) == 9
    assert most_in_one_second(went) == 3
    assert time.time() - start >= 2.5  # a lower bound: a loaded machine only makes it longer


class LoadedClock:
    """A clock whose sleeps overshoot now and then, as on a loaded 2-core machine (no wall time involved)."""

    def __init__(self, seed: int) -> None:
        self.now = 1_000_000.0
        self.rng = random.Random(seed)

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds + self.rng.choice([0.0, 0.0, 0.0, 0.004, 0.03, 0.25])

    def work(self) -> None:
        self.now += self.rng.choice([0.0, 0.001, 0.02])  # between two requests: parsing, storing


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("rate", [3, 10])
def test_limiter_holds_under_load(rate: int, seed: int, tmp_path: Path) -> None:
    """Late wake-ups never let more than ``rate`` requests into any one second, in one process or through the shared file."""
    for state in (None, tmp_path / f"rate-{seed}"):
        clock = LoadedClock(seed)
        limiter = RateLimiter(rate, state, clock=clock.time, sleep=clock.sleep)
        went = []
        for _ in range(60):
            went.append(limiter.acquire())
            assert went[-1] == clock.now  # the caller goes when acquire returns
            clock.work()
        assert most_in_one_second(went) <= rate
        assert went[-1] - went[0] < 59 * 1.05 / rate + 60 * 0.3  # and it does not stall
