"""Benchmark (not a test): extraction speed on one core, on real abstracts.

Runs the full extractor over the devset's real abstracts (fixtures/devset: 156
distinct records, mostly RCTs) and the bundled PubMed records, as frames:
each record is read once and every pass goes over all distinct texts, never
one record repeated. Prints abstracts/s, the ratio of its time to tokenising
the same texts with spacy.blank("en") alone, and each component's share.
Min and median of --repeats runs, reference and extractor in the same process.
Targets (issue 12): >= 1,500 abstracts/s in-process; ratio <= 3.

    python bench/extract_speed.py [--repeats 3] [--passes 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from pathlib import Path

import spacy

from trialdb.extract import Extractor
from trialdb.fetch import read_articles
from trialdb.fetch.article import Article

ROOT = Path(__file__).resolve().parent.parent


def real_abstracts() -> list[Article]:
    """Return the distinct real abstracts of the devset and the bundled records (500 characters or more)."""
    devset = ROOT / "fixtures" / "devset"
    pubmed = ROOT / "fixtures" / "pubmed"
    paths = [*sorted((devset / "text").glob("*.txt")), *sorted((devset / "xml").glob("*.xml")),
             *sorted(pubmed.glob("*.xml")), *sorted(pubmed.glob("*.xml.gz"))]
    seen: set[str] = set()
    out: list[Article] = []
    for a in read_articles(paths):
        if len(a.abstract) >= 500 and a.abstract not in seen:
            seen.add(a.abstract)
            out.append(a)
    return out


def _timed(fn, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    """Time tokenising alone and the whole extractor on the same texts; print both figures and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--passes", type=int, default=5, help="passes over all distinct texts per run")
    args = parser.parse_args()
    base = real_abstracts()
    n = len(base) * args.passes
    chars = sum(len(a.abstract) for a in base) / len(base)
    nlp = spacy.blank("en")
    extractor = Extractor()
    for a in base:  # warm both vocabularies, so neither run pays for first-seen words
        nlp.make_doc(a.abstract)
        extractor.extract(a)

    def tokenise() -> None:
        for _ in range(args.passes):
            for a in base:
                nlp.make_doc(a.abstract)

    def extract() -> None:
        for _ in range(args.passes):
            for a in base:
                extractor.extract(a)

    tok, full = [], []
    for _ in range(args.repeats):  # interleaved, so both see the same machine load
        tok += _timed(tokenise, 1)
        full += _timed(extract, 1)
    ratios = [f / t for f, t in zip(full, tok, strict=True)]
    print(f"{len(base)} distinct real abstracts ({chars:.0f} characters on average) x {args.passes} passes, one core")
    print(f"tokenise only (spacy.blank('en')): min {n / max(tok):6.0f}  median {n / statistics.median(tok):6.0f} abstracts/s")
    print(f"full extraction:                   min {n / max(full):6.0f}  median {n / statistics.median(full):6.0f} abstracts/s")
    print(f"ratio full / tokenise:             min {min(ratios):6.2f}  median {statistics.median(ratios):6.2f}")
    per: dict[str, float] = defaultdict(float)
    for a in base:
        doc = extractor.nlp.make_doc(a.abstract)
        doc._.article = a
        for name, proc in extractor.nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            per[name] += time.perf_counter() - t0
        t0 = time.perf_counter()
        from trialdb.extract.extractor import facts_from_doc

        facts_from_doc(doc)
        per["facts_from_doc"] += time.perf_counter() - t0
    t0 = time.perf_counter()
    for a in base:
        extractor.nlp.make_doc(a.abstract)
    per = {"make_doc": time.perf_counter() - t0, **per}
    print("per component, ms per abstract (one pass):")
    for name, secs in per.items():
        print(f"  {name:20s} {1000 * secs / len(base):6.3f}")


if __name__ == "__main__":
    main()
