"""Benchmark (not a test): query latency on a large database (default 200,000 records).

The database is built from the bundled real records, replicated with new PMIDs
(from 90,000,001 up) and perturbed facts (year, sample size, p-values), straight
into the tables (provenance rows are kept for the original records only, to save
space). Then it times each query many times and prints p50/p95 in milliseconds:
full-text search, each filter, filter + full text, `show`, and the time to export
everything to CSV and to the meta-analysis table. Targets: p95 < 50 ms for a
first page of results; full CSV export < 20 s. The garbage collector is set up as the
trialdb command sets it (imports frozen), so figures are those of the command's library calls.

    python bench/query_speed.py [--records 200000] [--db URL] [--repeat 30]
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.engine import Engine

from trialdb.db.engine import init_db, make_engine
from trialdb.db.models import (
    ArmRow,
    ArticleRow,
    ArticleTagRow,
    ArticleVersionRow,
    EffectRow,
    OutcomeRow,
    ProvenanceRow,
    PValueRow,
    RegistryIdRow,
    TrialRow,
)
from trialdb.db.queries import get_trial
from trialdb.db.search import SearchQuery, search
from trialdb.db.statistics import refresh_statistics
from trialdb.export.meta import iter_meta_rows
from trialdb.export.rows import iter_csv_rows
from trialdb.pipeline import ingest_files

ROOT = Path(__file__).resolve().parent.parent
CHILDREN = (ArmRow, OutcomeRow, PValueRow, EffectRow, RegistryIdRow, ArticleTagRow)


def _rows(engine: Engine, table: type) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    with engine.connect() as conn:
        for r in conn.execute(select(table)):
            d = dict(r._mapping)
            out.setdefault(d["pmid"], []).append(d)
    return out


def build(engine: Engine, n: int, seed: int = 7) -> None:
    """Fill ``engine`` with ``n`` records: the fixtures, then replicas with perturbed facts."""
    pubmed = ROOT / "fixtures" / "pubmed"
    ingest_files(engine, sorted([*pubmed.glob("*.xml"), *pubmed.glob("*.xml.gz")]), batch_size=500)
    articles = [r[0] for r in _rows(engine, ArticleRow).values()]
    trials = {r[0]["pmid"]: r[0] for r in _rows(engine, TrialRow).values()}
    children = {t: _rows(engine, t) for t in CHILDREN}
    rng = random.Random(seed)
    batch: dict[type, list[dict]] = {}
    fts: list[dict] = []

    def flush() -> None:
        with engine.begin() as conn:
            for table in (ArticleRow, TrialRow, *CHILDREN):
                if batch.get(table):
                    conn.execute(insert(table), batch[table])
            if fts and engine.dialect.name == "sqlite":
                conn.execute(text("INSERT INTO article_fts (rowid, title, abstract) VALUES (:pmid, :title, :abstract)"), fts)
        batch.clear()
        fts.clear()

    for i in range(max(0, n - len(articles))):
        base = articles[i % len(articles)]
        pmid = str(90_000_001 + i)
        year = (base["year"] or 2000) + rng.randint(-5, 5)
        art = {**base, "pmid": pmid, "year": year, "content_hash": f"{i:064d}"}
        trial = {**trials[base["pmid"]], "pmid": pmid}
        factor = rng.uniform(0.5, 2.0)
        if trial["total_n"]:
            trial["total_n"] = max(2, int(trial["total_n"] * factor))
        facts = json.loads(trial["facts_json"])
        facts["pmid"] = pmid
        facts["sample_size"]["total"] = trial["total_n"]
        trial["facts_json"] = json.dumps(facts)
        batch.setdefault(ArticleRow, []).append(art)
        batch.setdefault(TrialRow, []).append(trial)
        for table, by_pmid in children.items():
            for row in by_pmid.get(base["pmid"], []):
                new = {**row, "pmid": pmid}
                if table is PValueRow:
                    new["value"] = min(1.0, row["value"] * rng.uniform(0.2, 5.0))
                batch.setdefault(table, []).append(new)
        fts.append({"pmid": int(pmid), "title": base["title"], "abstract": base["abstract"]})
        if len(batch[ArticleRow]) >= 5000:
            flush()
    flush()
    # The statistics step a user's database gets from `trialdb ingest` (db/statistics.py), not a DBA's full ANALYZE.
    refresh_statistics(engine, n)


def timed(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Return (p50, p95) in milliseconds of ``repeat`` calls of ``fn`` (after one warm-up)."""
    fn()
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(0.95 * len(samples)))]


def main() -> None:
    """Build the database, time the queries, print p50/p95 and export times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--db", help="a database URL (default: a temporary SQLite file); it is emptied first")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--reuse", action="store_true", help="keep the records already in --db if there are enough")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        init_db(engine)
        with engine.connect() as conn:
            have = conn.execute(select(func.count()).select_from(ArticleRow)).scalar_one()
        if not (args.reuse and have >= args.records):
            with engine.begin() as conn:
                for table in (*CHILDREN, ProvenanceRow, ArticleVersionRow, TrialRow, ArticleRow):
                    conn.execute(delete(table))
                if engine.dialect.name == "sqlite":
                    conn.execute(text("DELETE FROM article_fts"))
            t0 = time.perf_counter()
            build(engine, args.records)
            print(f"built {args.records} records on {engine.dialect.name} in {time.perf_counter() - t0:.0f} s")
        queries = {
            "text: stroke": SearchQuery(text="stroke"),
            'text: "stem cells"': SearchQuery(text='"stem cells"'),
            "text: randomized OR placebo": SearchQuery(text="randomized OR placebo"),
            "text: prefix cardio*": SearchQuery(text="cardio*"),
            "text: patients (a quarter of all)": SearchQuery(text="patients"),
            "design rct": SearchQuery(design="rct"),
            "blinding double-blind": SearchQuery(blinding="double-blind"),
            "min-n 100": SearchQuery(min_n=100),
            "year 2005-2010": SearchQuery(year_from=2005, year_to=2010),
            "registry NCT01716481": SearchQuery(registry="NCT01716481"),
            "evidence class III": SearchQuery(evidence_class="III"),
            "has p < 0.01": SearchQuery(has_pvalue_below=0.01),
            "outcome rankin": SearchQuery(outcome="rankin"),
            "mesh Humans": SearchQuery(mesh="Humans"),
            "pubtype RCT": SearchQuery(pubtype="Randomized Controlled Trial"),
            "unscreened": SearchQuery(screening="unscreened"),
            "rct sorted by n": SearchQuery(design="rct", sort="n"),
            "text + design: stroke, rct": SearchQuery(text="stroke", design="rct"),
            "text + min-n: patients, 100": SearchQuery(text="patients", min_n=100),
            "text + rare filter: patients, class III": SearchQuery(text="patients", evidence_class="III"),
            "text + outcome: stroke, rankin": SearchQuery(text="stroke", outcome="rankin"),
            "outcome nowhere + design: mortality, rct": SearchQuery(outcome="mortality", design="rct"),
        }
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                print(f"PostgreSQL shared_buffers = {conn.execute(text('SHOW shared_buffers')).scalar()}")
        gc.collect()
        gc.freeze()  # as the trialdb command does at start (cli/app.py main)
        print(f"{'query (first page of 50)':40} {'p50 ms':>8} {'p95 ms':>8}")
        for label, q in queries.items():
            p50, p95 = timed(lambda q=q: search(engine, q), args.repeat)
            print(f"{label:40} {p50:8.1f} {p95:8.1f}")
        pmids = [str(90_000_001 + i) for i in range(0, max(1, args.records - 300), max(1, args.records // 50))]
        rng = random.Random(1)
        p50, p95 = timed(lambda: get_trial(engine, rng.choice(pmids)), args.repeat)
        print(f"{'show PMID':40} {p50:8.1f} {p95:8.1f}")
        for label, rows in (("CSV", iter_csv_rows), ("meta", iter_meta_rows)):
            t0 = time.perf_counter()
            n = 0
            sink = io.StringIO()
            for row in rows(engine, SearchQuery(limit=None, include_retracted=True)):
                sink.write(str(row))
                n += 1
                if sink.tell() > 50_000_000:
                    sink = io.StringIO()
            print(f"export all to {label}: {n} rows in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
