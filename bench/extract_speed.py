"""Benchmark (not a test): extraction speed on one core.

Runs the full extractor over --records real-length abstracts (the bundled real
abstracts of 500 characters or more, cycled) and prints abstracts/s, and the
ratio of its time to tokenising the same texts with spacy.blank("en") alone.
Targets: >= 1,000 abstracts/s; ratio <= 3.

    python bench/extract_speed.py [--records 10000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from trialdb.extract import Extractor
from trialdb.fetch import read_articles

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Time tokenising alone and the whole extractor; print both figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    pubmed = ROOT / "fixtures" / "pubmed"
    base = [a for a in read_articles(sorted([*pubmed.glob("*.xml"), *pubmed.glob("*.xml.gz")])) if len(a.abstract) >= 500]
    articles = [base[i % len(base)] for i in range(args.records)]
    chars = sum(len(a.abstract) for a in articles) / len(articles)
    nlp = spacy.blank("en")
    extractor = Extractor()
    for a in base:  # warm both vocabularies, so neither run pays for first-seen words
        nlp.make_doc(a.abstract)
        extractor.extract(a)
    t0 = time.perf_counter()
    for a in articles:
        nlp.make_doc(a.abstract)
    tokenise = time.perf_counter() - t0
    t0 = time.perf_counter()
    for a in articles:
        extractor.extract(a)
    full = time.perf_counter() - t0
    print(f"{len(articles)} abstracts ({len(base)} distinct, {chars:.0f} characters on average), one core")
    print(f"tokenise only (spacy.blank('en')): {len(articles) / tokenise:8.0f} abstracts/s")
    print(f"full extraction:                   {len(articles) / full:8.0f} abstracts/s")
    print(f"ratio full / tokenise:             {full / tokenise:8.2f}")


if __name__ == "__main__":
    main()
