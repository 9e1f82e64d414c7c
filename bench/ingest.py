"""Benchmark (not a test): full ingest (check + parse + extract + store) side by side with Bio.Entrez.read parsing the same file.

The file is real-shaped: PubMed records of the bundled fixtures (those Biopython can read: authors, MeSH, dates,
grants as PubMed writes them) as frames, each given the title and abstract of a real record of the devset
(fixtures/devset, fixtures/devset2: mostly RCT abstracts), with new PMIDs from 90,000,001 up (which PubMed has not
issued), written as one PubmedArticleSet .xml.gz with PubMed's DOCTYPE. No text is made up or repeated in one
record; frames and abstracts cycle independently.

Each round times Bio.Entrez.read parsing the file (the reference), then `trialdb ingest` as the command runs it
(pipeline.runs.import_files after count_records, worker start-up included) for every --workers value on SQLite
and, when --pg URL or $TRIALDB_TEST_POSTGRES_URL is given, on PostgreSQL (a fresh schema each). Every run is its
own process, so peak memory is that run's. Printed: records/s (min and median over --repeats rounds), the ratio of
ingest time to the reference's in the same round (min, median), PostgreSQL's time over SQLite's, peak memory of
the writer and of the largest worker, database size per record, and whether issue 12's targets are met:
ratio <= 1.0 with --workers 2 and <= 1.3 with one; >= 1,200 records/s with --workers 2 on SQLite; PostgreSQL
within 1.2x of SQLite.

    python bench/ingest.py [--records 50000] [--workers 1,2] [--repeats 3] [--batch-size 200] [--pg URL | --no-pg]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n'
)
TAIL = "</PubmedArticleSet>\n"
PMID = re.compile(r"<PMID([^>]*)>\d+</PMID>")
TITLE = re.compile(r"<ArticleTitle>.*?</ArticleTitle>", re.S)
ABSTRACT = re.compile(r"<Abstract>.*?</Abstract>", re.S)
FIRST_PMID = 90_000_001


def _biopython_reads(raw: str) -> bool:
    from Bio import Entrez

    try:
        Entrez.read(io.BytesIO((HEAD + raw + TAIL).encode("utf-8")), validate=False)
    except Exception:  # noqa: BLE001 - a frame Biopython refuses is left out
        return False
    return True


def frames() -> list[str]:
    """Return the bundled PubmedArticle records with a title and an abstract that Bio.Entrez.read accepts."""
    from trialdb.fetch import read_articles

    pubmed = ROOT / "fixtures" / "pubmed"
    raws = [a.raw for a in read_articles(sorted([*pubmed.glob("*.xml"), *pubmed.glob("*.xml.gz")]))]
    return [r for r in raws if r.startswith("<PubmedArticle>") and "<ArticleTitle>" in r and "<Abstract>" in r and _biopython_reads(r)]


def abstracts() -> list[tuple[str, list[tuple[str | None, str]]]]:
    """Return the devsets' distinct real abstracts (500 characters or more) as (title, [(label, text), ...])."""
    from trialdb.fetch import read_articles

    fixtures = ROOT / "fixtures"
    paths = [*sorted((fixtures / "devset" / "text").glob("*.txt")), *sorted((fixtures / "devset" / "xml").glob("*.xml")),
             *sorted((fixtures / "devset2" / "text").glob("*.txt"))]
    seen: set[str] = set()
    out = []
    for a in read_articles(paths):
        if len(a.abstract) >= 500 and a.abstract not in seen:
            seen.add(a.abstract)
            out.append((a.title, [(s.label, s.text) for s in a.sections]))
    return out


def record(frame: str, title: str, sections: list[tuple[str | None, str]], pmid: int) -> str:
    """Return ``frame`` with a new PMID, title and abstract."""
    body = "".join(
        (f"<AbstractText Label={quoteattr(label)}>" if label else "<AbstractText>") + escape(text) + "</AbstractText>" for label, text in sections
    )
    out = PMID.sub(f'<PMID Version="1">{pmid}</PMID>', frame, count=1)
    out = TITLE.sub(lambda _: f"<ArticleTitle>{escape(title)}</ArticleTitle>", out, count=1)
    return ABSTRACT.sub(lambda _: f"<Abstract>{body}</Abstract>", out, count=1)


def make_big_file(path: Path, n: int) -> tuple[int, int, int]:
    """Write ``n`` real-shaped records to a .xml.gz file; return (frames, abstracts, uncompressed bytes)."""
    fr, ab = frames(), abstracts()
    size = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=3) as out:
        out.write(HEAD)
        for i in range(n):
            title, sections = ab[i % len(ab)]
            text = record(fr[i % len(fr)], title, sections, FIRST_PMID + i) + "\n"
            size += len(text.encode("utf-8"))
            out.write(text)
        out.write(TAIL)
    return len(fr), len(ab), size


def _peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_biopython(path: str) -> dict:
    """Parse the file with Bio.Entrez.read (in this process); return records, seconds and peak memory."""
    from Bio import Entrez

    t0 = time.perf_counter()
    with gzip.open(path, "rb") as fh:
        parsed = Entrez.read(fh, validate=False)
    seconds = time.perf_counter() - t0
    return {"records": len(parsed["PubmedArticle"]), "seconds": seconds, "rss": _peak_mib(resource.RUSAGE_SELF), "cpu": _cpu(resource.RUSAGE_SELF)}


def run_ingest(path: str, url: str, workers: int, batch_size: int) -> dict:
    """Ingest the file as `trialdb ingest --workers N` does (in this process); return records, seconds, memory and size."""
    from sqlalchemy import text

    from trialdb.cli.executors import extraction_stages
    from trialdb.db.engine import open_database
    from trialdb.pipeline.ingest import count_records
    from trialdb.pipeline.runs import import_files

    t0 = time.perf_counter()
    with extraction_stages(workers) as stages:
        total = count_records([path], stages)
        engine = open_database(url, create=True)
        report = import_files(engine, [path], batch_size=batch_size, stages=stages, kind="ingest", total=total)
    seconds = time.perf_counter() - t0
    if engine.dialect.name == "sqlite":
        engine.dispose()
        size = sum(p.stat().st_size for p in Path(url.removeprefix("sqlite:///")).parent.glob("*.sqlite*"))
    else:
        with engine.connect() as conn:
            size = int(conn.execute(text(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')"
            )).scalar_one())
        engine.dispose()
    return {
        "records": report.read, "seconds": seconds, "rss": _peak_mib(resource.RUSAGE_SELF),
        "worker_rss": _peak_mib(resource.RUSAGE_CHILDREN) if workers > 1 else 0.0, "bytes": size,
        "cpu": _cpu(resource.RUSAGE_SELF), "worker_cpu": _cpu(resource.RUSAGE_CHILDREN),
    }


def _child(*argv: str) -> dict:
    """Run this script with ``argv`` in a new process; return the JSON it prints."""
    done = subprocess.run([sys.executable, __file__, *argv], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench child {' '.join(argv)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _stats(values: list[float]) -> tuple[float, float]:
    return min(values), statistics.median(values)


def main() -> None:
    """Build the file, time the reference and every ingest configuration round by round, print the table and targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--workers", default="1,2", help="comma-separated --workers values")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--pg", default=os.environ.get("TRIALDB_TEST_POSTGRES_URL"), help="PostgreSQL server URL (a schema is made per run)")
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = run_biopython(rest[0]) if kind == "bio" else run_ingest(rest[0], rest[1], int(rest[2]), int(rest[3]))
        print(json.dumps(result))
        return

    from tests.conftest import fresh_schema

    workers = [int(w) for w in args.workers.split(",")]
    engines = ["sqlite"] + ([] if args.no_pg or not args.pg else ["postgresql"])
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as tmp:
        big = Path(tmp) / "real-shaped.xml.gz"
        n_frames, n_abstracts, raw_bytes = make_big_file(big, args.records)
        print(f"file: {args.records:,} records ({n_frames} frames x {n_abstracts} real abstracts), "
              f"{raw_bytes / args.records / 1000:.1f} KB each, {big.stat().st_size / 1e6:.0f} MB gzipped; batches of {args.batch_size}; "
              f"{os.cpu_count()} cores; {args.repeats} round(s)")
        ref: list[float] = []
        runs: dict[tuple[str, int], list[dict]] = {(e, w): [] for e in engines for w in workers}
        ratios: dict[tuple[str, int], list[float]] = {k: [] for k in runs}
        bio_rss = 0.0
        bio_cpu: list[float] = []
        for round_ in range(args.repeats):
            bio = _child("--child", "bio", str(big))
            assert bio["records"] == args.records, bio
            ref.append(bio["seconds"])
            bio_rss = max(bio_rss, bio["rss"])
            bio_cpu.append(bio["cpu"])
            for engine in engines:
                for w in workers:
                    if engine == "sqlite":
                        db = Path(tmp) / f"r{round_}-w{w}"
                        db.mkdir()
                        out = _child("--child", "ingest", str(big), f"sqlite:///{db / 'bench.sqlite'}", str(w), str(args.batch_size))
                    else:
                        with fresh_schema(args.pg, prefix="t_bench_") as url:
                            out = _child("--child", "ingest", str(big), url, str(w), str(args.batch_size))
                    assert out["records"] == args.records, out
                    runs[(engine, w)].append(out)
                    ratios[(engine, w)].append(out["seconds"] / bio["seconds"])
                    print(f"  round {round_ + 1}: {engine} --workers {w}: {args.records / out['seconds']:,.0f} records/s "
                          f"(Biopython {args.records / bio['seconds']:,.0f}/s)", file=sys.stderr, flush=True)

        n = args.records
        lo, med = _stats(ref)
        print(f"\n{'what':34s} {'records/s min':>14s} {'median':>8s}   {'ratio to Biopython min':>22s} {'median':>7s}   memory")
        print(f"{'Bio.Entrez.read (parse only)':34s} {n / max(ref):14,.0f} {n / med:8,.0f}   {'1.00':>22s} {'1.00':>7s}   {bio_rss:,.0f} MiB")
        medians: dict[tuple[str, int], float] = {}
        for (engine, w), outs in runs.items():
            secs = [o["seconds"] for o in outs]
            r_lo, r_med = _stats(ratios[(engine, w)])
            medians[(engine, w)] = statistics.median(secs)
            memory = f"writer {max(o['rss'] for o in outs):,.0f} MiB" + (f", worker {max(o['worker_rss'] for o in outs):,.0f} MiB" if w > 1 else "")
            print(f"{f'ingest {engine}, --workers {w}':34s} {n / max(secs):14,.0f} {n / statistics.median(secs):8,.0f}   "
                  f"{r_lo:22.2f} {r_med:7.2f}   {memory}; {outs[-1]['bytes'] / n / 1000:.1f} KB/record stored")
        pg_over: dict[int, list[float]] = {}
        if "postgresql" in engines:
            for w in workers:
                pg_over[w] = [p["seconds"] / s["seconds"] for p, s in zip(runs[("postgresql", w)], runs[("sqlite", w)], strict=True)]
                print(f"PostgreSQL / SQLite time, --workers {w}: min {min(pg_over[w]):.2f}, median {statistics.median(pg_over[w]):.2f}")

        # CPU time depends far less than wall time on what else the machine runs: per record, and the wall time the
        # run would take with a free core per process (the busiest process, or all the CPU shared by the cores).
        ref_cpu = statistics.median(bio_cpu) / n
        print(f"\nCPU ms per record (medians): Bio.Entrez.read {1000 * ref_cpu:.2f}")
        for (engine, w), outs in runs.items():
            writer = statistics.median(o["cpu"] for o in outs) / n
            workers_cpu = statistics.median(o["worker_cpu"] for o in outs) / n
            free = max(writer, workers_cpu / w if w > 1 else 0.0, (writer + workers_cpu) / min(w + (w > 1), os.cpu_count() or 1))
            print(f"  ingest {engine}, --workers {w}: writer {1000 * writer:.2f}" + (f", workers {1000 * workers_cpu:.2f}" if w > 1 else "")
                  + f"; on free cores ~{1 / free:,.0f} records/s, ratio to Biopython's CPU time ~{free / ref_cpu:.2f}")

        print("\ntargets (issue 12, medians):")

        def target(label: str, value: float | None, ok: bool | None) -> None:
            shown = "not run" if value is None else f"{value:,.2f}"
            print(f"  {label:52s} {shown:>10s}  {'met' if ok else 'NOT met' if ok is not None else ''}")

        for w, limit in ((2, 1.0), (1, 1.3)):
            if ("sqlite", w) in ratios:
                value = statistics.median(ratios[("sqlite", w)])
                target(f"ratio to Biopython, SQLite, --workers {w} <= {limit}", value, value <= limit)
        if ("sqlite", 2) in runs:
            rate = n / medians[("sqlite", 2)]
            target("records/s, SQLite, --workers 2 >= 1,200", rate, rate >= 1200)
        for w in workers:
            if w in pg_over:
                value = statistics.median(pg_over[w])
                target(f"PostgreSQL / SQLite, --workers {w} <= 1.2", value, value <= 1.2)


if __name__ == "__main__":
    main()
