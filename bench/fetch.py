"""Benchmark (not a test): fetch speed against NCBI's request limits, on a local E-utilities server.

A server on 127.0.0.1 serves the bundled real records, replicated with new
PMIDs to --records; the client fetches them all (esearch + efetch batches) at
3 requests/s (no API key) and at 10 requests/s (with one). With requests capped,
the best possible rate is one batch per request slot: the script prints the
records/s achieved, that ceiling, and their ratio.

    python bench/fetch.py [--records 5000] [--batch-size 500]
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.eutils_server import EutilsServer, Record, load_corpus  # noqa: E402
from trialdb.fetch import Article  # noqa: E402
from trialdb.fetch.eutils import EutilsClient, EutilsConfig  # noqa: E402
from trialdb.fetch.pubmed_search import fetch_plan, plan_search  # noqa: E402

PMID = re.compile(r"<PMID([^>]*)>\d+</PMID>")


def replicated(n: int) -> dict[str, Record]:
    """Return ``n`` records: the real ones, copied with new PMIDs from 90,000,001 up."""
    base = list(load_corpus().values())
    out = {}
    for i in range(n):
        rec = base[i % len(base)]
        pmid = str(90_000_001 + i)
        out[pmid] = Record(pmid, PMID.sub(lambda m, p=pmid: f"<PMID{m.group(1)}>{p}</PMID>", rec.xml, count=1), rec.text, rec.crdt, rec.mdat)
    return out


def main() -> None:
    """Fetch everything at 3 and at 10 requests/s; print achieved, ceiling and ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--batch-size", type=int, default=500)
    args = parser.parse_args()
    corpus = replicated(args.records)
    with EutilsServer(corpus=corpus) as srv:
        for label, api_key in (("no API key (3 req/s)", None), ("API key (10 req/s)", "bench-key")):
            config = EutilsConfig(base_url=srv.url, api_key=api_key, batch_size=args.batch_size, email="bench@example.org")
            with EutilsClient(config) as client:
                t0 = time.perf_counter()
                plan = plan_search(client, "all")
                got = sum(1 for batch in fetch_plan(client, plan) for r in batch if isinstance(r, Article))
                elapsed = time.perf_counter() - t0
                requests = client.stats.requests
            rate = config.requests_per_second
            ceiling = got / ((1 + math.ceil(got / args.batch_size)) / rate)
            achieved = got / elapsed
            print(
                f"{label}: {got} records in {elapsed:.1f} s with {requests} requests: {achieved:.0f} records/s; "
                f"ceiling {ceiling:.0f} records/s (batch {args.batch_size}); ratio {achieved / ceiling:.2f}; "
                f"peak {srv.state.max_requests_per_second()} requests in one second"
            )
            srv.state.requests.clear()


if __name__ == "__main__":
    main()
