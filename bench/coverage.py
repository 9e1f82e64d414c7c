"""Coverage of sample-size extraction over many real abstracts without gold: the cheap signal for what gold misses.

Usage:
    python bench/coverage.py PATH...            # PubMed XML, MEDLINE, text files, or folders of them
    python bench/coverage.py --ebm-nlp ebm_nlp_difficulty.tar.gz   # EBM-NLP's 1,999 RCT abstracts (tokens files)

Prints the share of records with a total, with arms, with arms summing to the total, called randomized,
with a primary outcome, and lists the records whose arms and total disagree (``--show N`` of them).
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

from trialdb.extract import Extractor
from trialdb.extract.sentences import canonical_section
from trialdb.fetch import Article, read_articles
from trialdb.fetch.article import AbstractSection

_SPACE_BEFORE = re.compile(r"\s+([,.;:%)\]])")
_SPACE_AFTER = re.compile(r"([(\[])\s+")
#: EBM-NLP's token files run the section labels into the text ("... . METHODS We ..."): labels as sections.
_LABEL = re.compile(r"(?:(?<=\. )|(?<=\.\) )|^)([A-Z][A-Z ,/&()-]{3,60}[A-Z)])(?= [A-Z0-9(])")


def _detokenise(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text)).replace(" - ", "-").replace(" / ", "/")


def ebm_nlp_articles(archive: Path) -> Iterator[Article]:
    """Yield EBM-NLP's documents (title sentence, then the abstract) as Articles, PMID from the file name."""
    with tarfile.open(archive) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if not member.name.endswith(".tokens") or "/._" in member.name:
                continue
            fh = tar.extractfile(member)
            if fh is None:
                continue
            text = _detokenise(fh.read().decode("utf-8", "replace").split())
            title, _, body = text.partition(". ")
            yield Article(pmid=Path(member.name).stem, title=title + ".", sections=sections_of(body), raw_format="text")


def sections_of(body: str) -> tuple[AbstractSection, ...]:
    """Return the abstract split at the section labels EBM-NLP runs into its text ("... . MAIN OUTCOME MEASURES The ..."),
    as PubMed's XML gives them: labelled sections, the way the extractor reads structured abstracts."""
    cuts = [m for m in _LABEL.finditer(body) if canonical_section(m.group(1)) != "abstract"]
    if not cuts:
        return (AbstractSection(None, None, body),)
    out = [AbstractSection(None, None, body[:cuts[0].start()].strip())] if body[:cuts[0].start()].strip() else []
    for i, m in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(body)
        out.append(AbstractSection(m.group(1), None, body[m.end():end].strip()))
    return tuple(out)


def _files(paths: list[str]) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(x for x in p.rglob("*") if x.suffix in (".xml", ".gz", ".txt", ".nbib") and x.is_file())
        else:
            yield p


def main() -> int:
    """Run the coverage report; return the exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--ebm-nlp", type=Path, help="EBM-NLP's ebm_nlp_difficulty.tar.gz")
    ap.add_argument("--show", type=int, default=20, help="list this many records whose arms and total disagree")
    args = ap.parse_args()
    if not args.paths and not args.ebm_nlp:
        ap.error("give files/folders or --ebm-nlp ARCHIVE")
    if args.ebm_nlp and not args.ebm_nlp.is_file():
        ap.error(f"{args.ebm_nlp}: no such archive (EBM-NLP's ebm_nlp_difficulty.tar.gz)")
    articles: Iterator[Article] = ebm_nlp_articles(args.ebm_nlp) if args.ebm_nlp else read_articles(_files(args.paths))
    ex = Extractor()
    n = with_total = with_arms = agree = randomized = primary = 0
    disagree: list[tuple[str | None, int | None, list[tuple[str, int]]]] = []
    for art in articles:
        facts = ex.extract(art)
        n += 1
        s = facts.sample_size
        with_total += s.total is not None
        arms = [(a.label, a.n) for a in s.arms]
        if arms:
            with_arms += 1
            total_arms = sum(x for _, x in arms)
            if total_arms in (s.total, s.randomized, s.analyzed):
                agree += 1
            else:
                disagree.append((art.pmid, s.total, arms))
        randomized += facts.design.randomized is True
        primary += any(o.role == "primary" for o in facts.outcomes)
    if not n:
        print("no records read", file=sys.stderr)
        return 2

    def pct(k: int, of: int = n) -> str:
        return f"{k:>5} / {of:<5} {k / of:6.1%}" if of else f"{k:>5} / {of:<5}"

    print(f"records                          {n}")
    print(f"with a total                     {pct(with_total)}")
    print(f"with arms                        {pct(with_arms)}")
    print(f"arms sum to total/rand/analyzed  {pct(agree, with_arms)}")
    print(f"randomized true                  {pct(randomized)}")
    print(f"with a primary outcome           {pct(primary)}")
    for pmid, total, arms in disagree[: args.show]:
        print(f"  disagree {pmid}: total {total}, arms {arms}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
