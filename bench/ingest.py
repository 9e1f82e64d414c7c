"""Benchmark (not a test): records/s for parse, extract and store on a large PubMed XML file.

The file is made by replicating the bundled real records with new PMIDs (PMIDs
from 90,000,001 up, which PubMed has not issued). Prints one figure per stage,
plus peak memory, so that a change can be compared with the last run.

    python bench/ingest.py [--records 20000] [--batch-size 500]
"""

from __future__ import annotations

import argparse
import gzip
import re
import resource
import tempfile
import time
from pathlib import Path

from trialdb.db.engine import init_db, make_engine
from trialdb.db.store import store_batch
from trialdb.extract import Extractor
from trialdb.fetch import Article, read_articles
from trialdb.pipeline import ingest_files
from trialdb.pipeline.batches import batched

ROOT = Path(__file__).resolve().parent.parent
PMID = re.compile(r"<PMID([^>]*)>\d+</PMID>")


def make_big_file(path: Path, n: int) -> None:
    """Write ``n`` PubmedArticle records, the fixtures' records with new PMIDs, to a .xml.gz file."""
    sources = sorted([*(ROOT / "fixtures" / "pubmed").glob("*.xml"), *(ROOT / "fixtures" / "pubmed").glob("*.xml.gz")])
    raws = [a.raw for a in read_articles(sources) if a.raw.startswith("<PubmedArticle")]
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<PubmedArticleSet>\n')
        for i in range(n):
            raw = raws[i % len(raws)]
            pmid = 90_000_001 + i
            out.write(PMID.sub(lambda m, pmid=pmid: f"<PMID{m.group(1)}>{pmid}</PMID>", raw, count=1))
            out.write("\n")
        out.write("</PubmedArticleSet>\n")


def main() -> None:
    """Build the file, time each stage, print records/s and peak memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--batch-size", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.xml.gz"
        make_big_file(big, args.records)
        print(f"file: {args.records} records, {big.stat().st_size / 1e6:.1f} MB gzipped")

        # First the real path, streaming, as `trialdb ingest` runs it; peak memory is read before
        # anything else is held, so it shows what a file of this size costs.
        engine = make_engine(f"sqlite:///{Path(tmp) / 'stream.sqlite'}")
        init_db(engine)
        t0 = time.perf_counter()
        report = ingest_files(engine, [big], batch_size=args.batch_size)
        stream_s = time.perf_counter() - t0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"ingest (streaming, all stages): {report.records / stream_s:8.0f} records/s, peak RSS {rss:.0f} MiB")

        # Then each stage alone (this part holds every record in memory to time the stages apart).
        t0 = time.perf_counter()
        articles: list[Article] = list(read_articles([big]))
        parse_s = time.perf_counter() - t0
        print(f"parse:   {len(articles) / parse_s:8.0f} records/s")

        extractor = Extractor()
        t0 = time.perf_counter()
        pairs = [(a, extractor.extract(a)) for a in articles]
        extract_s = time.perf_counter() - t0
        print(f"extract: {len(pairs) / extract_s:8.0f} records/s")

        engine = make_engine(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        init_db(engine)
        t0 = time.perf_counter()
        for batch in batched(pairs, args.batch_size):
            store_batch(engine, batch)
        store_s = time.perf_counter() - t0
        print(f"store:   {len(pairs) / store_s:8.0f} records/s (SQLite, batches of {args.batch_size})")

if __name__ == "__main__":
    main()
