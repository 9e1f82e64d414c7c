"""Benchmark (not a test): work saved by `screen --next --order relevance` on real labelled screening sets.

Simulates screening with the model trialdb uses (trialdb.db.relevance.rank_unscreened): 5 included and
5 excluded records drawn at random (seeded) as prior decisions, then the top record of the ranking is
read and its true label revealed, the model refitted every --refit-every decisions, until 95% of the
included records after the priors are found. Prints WSS@95 (work saved over sampling at random at 95%
recall, Cohen et al. 2006: (records not read) / N - 0.05), the priors left out of N and of the includes
as asreview-insights does, min and median over --seeds seeds, and the records read at 95% recall.

Data: the Cohen et al. (2006) drug-class review sets as ASReview publishes them (MIT licence for the
repository; the labels from Cohen's "custom open license" data, https://dmice.ohsu.edu/cohenaa/systematic-drug-class-review-data.html;
titles and abstracts from PubMed). Not bundled; get a CSV (columns title, abstract, label_included) from
https://github.com/asreview/systematic-review-datasets/tree/master/datasets/Cohen_2006/output/local
e.g. ADHD.csv, Triptans.csv, UrinaryIncontinence.csv, then:

    python bench/screening_wss.py ADHD.csv Triptans.csv [--seeds 3] [--refit-every 1] [--label label_included]
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from trialdb.db.relevance import MIN_EACH, rank_unscreened

WHERE = "https://github.com/asreview/systematic-review-datasets/tree/master/datasets/Cohen_2006/output/local"
RECALL = 0.95


@dataclass(frozen=True)
class Run:
    """One simulated screening: records read after the priors to reach 95% recall, of how many, and WSS@95."""

    read: int
    pool: int
    wss: float
    fits: int
    seconds: float


def read_set(path: Path, label: str) -> tuple[dict[str, str], dict[str, bool]]:
    """Return (texts by record id, included by record id) from an ASReview-style CSV."""
    csv.field_size_limit(sys.maxsize)
    texts: dict[str, str] = {}
    labels: dict[str, bool] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if label not in row:
                raise SystemExit(f"{path}: no column {label!r} (columns: {', '.join(row)})")
            key = row.get("record_id") or str(i)
            texts[key] = f"{row.get('title') or ''}\n{row.get('abstract') or ''}"
            labels[key] = row[label].strip() in ("1", "1.0", "True", "true")
    return texts, labels


def simulate(texts: dict[str, str], labels: dict[str, bool], seed: int, refit_every: int) -> Run:
    """Return one simulated screening run from seeded random priors (MIN_EACH of each kind)."""
    rng = random.Random(seed)
    included = sorted(k for k, v in labels.items() if v)
    excluded = sorted(k for k, v in labels.items() if not v)
    priors = rng.sample(included, MIN_EACH) + rng.sample(excluded, MIN_EACH)
    labelled = [(k, labels[k]) for k in priors]
    chosen = set(priors)
    # Candidates in random order: ties in the ranking are broken as random screening would.
    pool = [k for k in texts if k not in chosen]
    rng.shuffle(pool)
    size = len(pool)
    target = math.ceil(RECALL * (len(included) - MIN_EACH))
    found = read = fits = 0
    start = time.perf_counter()
    while found < target:
        ranked = rank_unscreened(labelled, texts, pool)
        fits += 1
        batch = ranked[:refit_every]
        for key in batch:
            read += 1
            labelled.append((key, labels[key]))
            found += labels[key]
            if found >= target:
                break
        taken = set(batch)
        pool = [k for k in pool if k not in taken]
    return Run(read, size, (size - read) / size - (1 - RECALL), fits, time.perf_counter() - start)


def main() -> int:
    """Run the simulation on each CSV given and print WSS@95 per dataset; return the exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="+", type=Path, help="ASReview-style CSV files (title, abstract, label column)")
    ap.add_argument("--seeds", type=int, default=3, help="simulations per dataset (seeds 0..N-1)")
    ap.add_argument("--refit-every", type=int, default=1, help="decisions between refits (1: as screen --next does)")
    ap.add_argument("--label", default="label_included", help="label column (label_abstract_screening for title/abstract decisions)")
    args = ap.parse_args()
    missing = [str(p) for p in args.csv if not p.is_file()]
    if missing:
        print(f"no such file: {', '.join(missing)}; get the Cohen 2006 CSVs from {WHERE}", file=sys.stderr)
        return 2
    print(f"WSS@95 (work saved over random at 95% recall), {args.seeds} seeds, {MIN_EACH}+{MIN_EACH} random priors, refit every {args.refit_every}")
    print(f"{'dataset':<24} {'records':>7} {'incl':>5} {'WSS@95 min':>10} {'median':>7} {'read (median)':>14} {'s/fit':>6}")
    for path in args.csv:
        texts, labels = read_set(path, args.label)
        n_incl = sum(labels.values())
        if n_incl < MIN_EACH + 1 or len(labels) - n_incl < MIN_EACH + 1:
            print(f"{path.stem:<24} too few includes or excludes for {MIN_EACH}+{MIN_EACH} priors", file=sys.stderr)
            continue
        runs = [simulate(texts, labels, seed, args.refit_every) for seed in range(args.seeds)]
        wss = [r.wss for r in runs]
        read = statistics.median(r.read for r in runs)
        per_fit = sum(r.seconds for r in runs) / sum(r.fits for r in runs)
        print(
            f"{path.stem:<24} {len(labels):>7} {n_incl:>5} {min(wss):>10.3f} {statistics.median(wss):>7.3f} "
            f"{f'{read:.0f} / {runs[0].pool}':>14} {per_fit:>6.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
