"""Benchmark (not a test): query latency on a large database built as a user builds one (default 200,000 records).

The records are real-shaped PubMed XML: most take a real development-set abstract (fixtures/devset and devset2,
most of them RCTs, with the publication types their category gives: 'Randomized Controlled Trial' for an RCT) in
the frame of a bundled PubMed record (journal, authors, MeSH headings, references); the rest are the bundled
records themselves. Copies get new PMIDs (from 90,000,001 up, which PubMed has not issued), a publication year
drawn from 1990-2024 and their own DOI. The file is loaded as `trialdb ingest` loads it (pipeline.runs.import_files:
checked, extracted, stored in batches of 200, the run logged, and the planner statistics a user's database gets from
db/statistics.py), reusing the facts of a repeated abstract rather than extracting it again; nothing else is done
to the database.

Then each query type is timed as `trialdb search` runs it: the first page of 50, the count behind "showing 50
of N", and the ranking note, and p50/p95 are printed in milliseconds with whether p95 is under the 50 ms target;
then `show`, the database's size per record, and the time to export everything to CSV and to the meta-analysis
table (target under 20 s). The garbage collector is set up as the trialdb command sets it (imports frozen).

    python bench/query_speed.py [--records 200000] [--db URL] [--repeat 30] [--cache DIR] [--reuse] [--no-export] [--base N]

--cache keeps the generated file (and, without --db, the SQLite database) between runs; --reuse keeps the
records already in the database when there are enough. Ingest runs at a few hundred records a second on an idle
machine (200,000 take 10-15 minutes; far longer on a busy one): --base N ingests the first N records of the same
file and copies the rows the store wrote for them, with new PMIDs, up to --records (replicate), then refreshes
the statistics as ingest does.
"""

from __future__ import annotations

import argparse
import copy
import gc
import gzip
import io
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from lxml import etree
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from trialdb.db.engine import init_db, make_engine
from trialdb.db.models import CHILD_TABLES, ArticleRow, TrialRow
from trialdb.db.queries import get_trial
from trialdb.db.search import SearchQuery, count_matches, ranking_note, search
from trialdb.db.statistics import refresh_statistics
from trialdb.export.meta import iter_meta_rows
from trialdb.export.rows import iter_csv_rows
from trialdb.extract import new_extractor
from trialdb.extract.facts import TrialFacts
from trialdb.fetch import Article, read_articles
from trialdb.pipeline.runs import import_files

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
FIRST_PMID = 90_000_001
#: Share of records that are a development-set abstract in a bundled record's frame (the rest: bundled records).
DEVSET_SHARE = 0.8
#: Frames larger than this (a few records with hundreds of references) are not used as frames.
MAX_FRAME = 30_000
PAGE = 50
TARGET_MS = 50.0

QUERIES: dict[str, SearchQuery] = {
    "text: stroke": SearchQuery(text="stroke"),
    'text: "stem cells"': SearchQuery(text='"stem cells"'),
    "text: randomized OR placebo": SearchQuery(text="randomized OR placebo"),
    "text: prefix cardio*": SearchQuery(text="cardio*"),
    "text: patients (very common)": SearchQuery(text="patients"),
    "design rct": SearchQuery(design="rct"),
    "design observational": SearchQuery(design="observational"),
    "blinding double-blind": SearchQuery(blinding="double-blind"),
    "phase 3": SearchQuery(phase="3"),
    "min-n 100": SearchQuery(min_n=100),
    "year 2005-2010": SearchQuery(year_from=2005, year_to=2010),
    "registry NCT01716481": SearchQuery(registry="NCT01716481"),
    "evidence class III": SearchQuery(evidence_class="III"),
    "has p < 0.01": SearchQuery(has_pvalue_below=0.01),
    "outcome rankin": SearchQuery(outcome="rankin"),
    "outcome pain": SearchQuery(outcome="pain"),
    "mesh Humans": SearchQuery(mesh="Humans"),
    "mesh Stroke": SearchQuery(mesh="Stroke"),
    "pubtype RCT": SearchQuery(pubtype="Randomized Controlled Trial"),
    "author Smith": SearchQuery(author="Smith"),
    "journal lancet": SearchQuery(journal="lancet"),
    "unscreened": SearchQuery(screening="unscreened"),
    "rct sorted by n": SearchQuery(design="rct", sort="n"),
    "rct + double-blind + mesh Humans": SearchQuery(design="rct", blinding="double-blind", mesh="Humans"),
    "text + design: stroke, rct": SearchQuery(text="stroke", design="rct"),
    "text + min-n: patients, 100": SearchQuery(text="patients", min_n=100),
    "text + rare filter: patients, class III": SearchQuery(text="patients", evidence_class="III"),
    "text + outcome: stroke, rankin": SearchQuery(text="stroke", outcome="rankin"),
    "text + mesh: pain, Humans": SearchQuery(text="pain", mesh="Humans"),
    "text sorted by year: patients": SearchQuery(text="patients", sort="year"),
    "outcome nowhere + design: mortality, rct": SearchQuery(outcome="mortality", design="rct"),
}


# --- the records ---------------------------------------------------------------------------------------------


def _categories() -> dict[str, str]:
    """Return the category ('rct' or 'non-rct') a person gave each development-set record (SOURCES.md)."""
    out: dict[str, str] = {}
    for line in (FIXTURES / "devset" / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 6 and cells[1].isdigit():
            out[cells[1]] = cells[5]
    return out


def _abstracts() -> list[tuple[Article, bool]]:
    """Return the development-set records (title and abstract), each with whether it reports an RCT."""
    categories = _categories()
    out: list[tuple[Article, bool]] = []
    for folder, default in ((FIXTURES / "devset" / "text", None), (FIXTURES / "devset2" / "text", "rct"), (FIXTURES / "devset" / "xml", None)):
        for path in sorted(folder.iterdir()):
            for article in read_articles([path]):
                # devset2 is RCT articles by how it was drawn; the others have a person's category in SOURCES.md.
                category = default or categories.get(path.stem, "non-rct")
                if article.sections:
                    out.append((article, category == "rct"))
    return out


def _set_text(parent: etree._Element, path: str, value: str) -> None:
    el = parent.find(path)
    if el is not None:
        el.text = value


def _renumber(el: etree._Element, pmid: int, k: int, year: int | None) -> None:
    """Make the PubmedArticle ``el`` record ``pmid``, copy ``k``: its own PMID and DOI, and ``year`` if given."""
    mc = el.find("MedlineCitation")
    assert mc is not None
    _set_text(mc, "PMID", str(pmid))
    for aid in el.iterfind("PubmedData/ArticleIdList/ArticleId"):
        kind = aid.get("IdType")
        if kind == "pubmed":
            aid.text = str(pmid)
        elif kind in ("doi", "pii", "pmc", "mid"):
            aid.getparent().remove(aid)
    for eloc in mc.iterfind("Article/ELocationID"):
        if eloc.get("EIdType") == "doi":
            eloc.text = f"{eloc.text}.{k}"
        else:
            eloc.getparent().remove(eloc)
    if year is not None:
        date = mc.find("Article/Journal/JournalIssue/PubDate")
        if date is not None:
            for child in list(date):
                date.remove(child)
            etree.SubElement(date, "Year").text = str(year)


def _dress(el: etree._Element, article: Article, rct: bool) -> None:
    """Put ``article``'s title and abstract in the frame ``el``, with publication types for its category."""
    mc = el.find("MedlineCitation")
    art = mc.find("Article") if mc is not None else None
    assert mc is not None and art is not None
    for path in ("Article/Abstract", "Article/DataBankList", "CommentsCorrectionsList", "OtherAbstract"):
        for old in mc.findall(path):
            old.getparent().remove(old)
    _set_text(art, "ArticleTitle", article.title)
    abstract = etree.Element("Abstract")
    for section in article.sections:
        node = etree.SubElement(abstract, "AbstractText")
        if section.label:
            node.set("Label", section.label)
        node.text = section.text
    title = art.find("ArticleTitle")
    assert title is not None
    # Abstract follows Pagination/ELocationID in PubMed's DTD; the reader does not mind where it sits.
    title.addnext(abstract)
    types = art.find("PublicationTypeList")
    if types is not None:
        for old in list(types):
            types.remove(old)
        kinds = article.publication_types or (("Journal Article", "Randomized Controlled Trial") if rct else ("Journal Article",))
        for kind in kinds:
            etree.SubElement(types, "PublicationType").text = kind


def iter_records(n: int, seed: int = 7) -> Iterator[bytes]:
    """Yield ``n`` PubmedArticle records as XML: the bundled records first, then real-shaped copies (see the module)."""
    pubmed = FIXTURES / "pubmed"
    originals = [a for a in read_articles(sorted([*pubmed.glob("*.xml"), *pubmed.glob("*.xml.gz")])) if a.raw.startswith("<PubmedArticle>")]
    parsed = [etree.fromstring(a.raw) for a in originals]
    frames = [p for p, a in zip(parsed, originals, strict=True) if a.mesh_terms and len(a.raw) <= MAX_FRAME]
    abstracts = _abstracts()
    rng = random.Random(seed)
    for el in parsed[:n]:
        yield etree.tostring(el)
    for k in range(1, max(0, n - len(parsed)) + 1):
        pmid = FIRST_PMID + k - 1
        if rng.random() < DEVSET_SHARE:
            article, rct = rng.choice(abstracts)
            el = copy.deepcopy(rng.choice(frames))
            _dress(el, article, rct)
            _renumber(el, pmid, k, rng.randint(1990, 2024))
        else:
            el = copy.deepcopy(rng.choice(parsed))
            _renumber(el, pmid, k, None)
        yield etree.tostring(el)


def write_records(path: Path, n: int) -> None:
    """Write ``n`` records (iter_records) to the gzipped PubMed XML file ``path``."""
    partial = path.with_suffix(".partial")
    with gzip.open(partial, "wb", compresslevel=3) as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<PubmedArticleSet>\n')
        for record in iter_records(n):
            out.write(record + b"\n")
        out.write(b"</PubmedArticleSet>\n")
    partial.rename(path)


# --- the database --------------------------------------------------------------------------------------------


def record_count(engine: Engine) -> int:
    """Return the number of articles stored (0 for a database without trialdb's tables)."""
    init_db(engine)
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(ArticleRow)).scalar_one())


def empty(engine: Engine) -> None:
    """Drop trialdb's tables, full-text index and schema revision from ``engine``, so ingest starts from a new database."""
    with engine.begin() as conn:
        for extra in ("article_fts", "article_search", "alembic_version"):
            conn.execute(text(f"DROP TABLE IF EXISTS {extra}"))
    SQLModel.metadata.drop_all(engine)
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("VACUUM")


class ReusingExtractor:
    """The trialdb extractor, reusing the facts of a record whose text it has extracted before (with the new PMID).

    The extractor reads a record's title, abstract, sections, publication types and DataBank IDs, and nothing else, so
    the facts stored are those `trialdb ingest` stores; repeated abstracts are only not extracted again (the bench
    database is built in minutes, not hours).
    """

    def __init__(self) -> None:
        self._extractor = new_extractor()
        self.version = self._extractor.version
        self.warnings = self._extractor.warnings
        self._seen: dict[tuple[object, ...], TrialFacts] = {}

    def extract(self, article: Article) -> TrialFacts:
        """Return the TrialFacts of ``article``."""
        key = (article.title, article.abstract, article.section_spans, article.publication_types, article.databank_ids)
        if key not in self._seen:
            self._seen[key] = self._extractor.extract(article)
        return self._seen[key].model_copy(update={"pmid": article.pmid})


def ingest(engine: Engine, path: Path) -> None:
    """Load ``path`` as `trialdb ingest` does (pipeline.runs.import_files: checked, extracted, stored in batches, logged)."""
    init_db(engine)  # as open_database does
    import_files(engine, [path], batch_size=200, extractor=ReusingExtractor(), kind="ingest")  # type: ignore[arg-type]


#: Rounds of replication add this much to each PMID: every base PMID (real ones, and the copies' from FIRST_PMID) is below.
ROUND = 100_000_000


def replicate(engine: Engine, records: int) -> None:
    """Copy the stored records (every table a record has rows in, and its full-text entry) until there are ``records``.

    Round r adds r * ROUND to each PMID. The rows are those the store wrote for the base records, so the database is
    the one ingesting the copies would leave, made in minutes; then the planner statistics step of a run that
    changed that many records (db/statistics.py), as ingest ends.
    """
    base = record_count(engine)
    dialect = engine.dialect.name
    number = "INTEGER" if dialect == "sqlite" else "BIGINT"
    tables = [t.__table__ for t in (ArticleRow, TrialRow, *CHILD_TABLES)]  # type: ignore[attr-defined]
    rounds = -(-records // base) - 1
    for r in range(1, rounds + 1):
        wanted = min(base, records - base * r)
        with engine.begin() as conn:
            # The base records taken this round: all of them but in the last round, the lowest PMIDs.
            cut = conn.execute(text(f"SELECT max(n) FROM (SELECT CAST(pmid AS {number}) AS n FROM article ORDER BY 1 LIMIT {wanted}) AS b")).scalar()
            taken = f"CAST(pmid AS {number}) <= {cut}"
            for table in tables:
                names = [c.name for c in table.columns]
                values = [
                    f"CAST(CAST(pmid AS {number}) + {r * ROUND} AS VARCHAR(16))" if n == "pmid" else f"{n} + {r * ROUND}" if n == "pmid_number" else f'"{n}"'
                    for n in names
                ]
                cols = ", ".join(f'"{n}"' for n in names)
                conn.execute(text(f"INSERT INTO {table.name} ({cols}) SELECT {', '.join(values)} FROM {table.name} WHERE {taken}"))
            offset = f"CAST(pmid AS {number}) + {r * ROUND}"
            if dialect == "sqlite":
                # The index made from the copied rows, as the store makes it (fulltext.add).
                conn.execute(text(f"INSERT INTO article_fts (rowid, title, abstract) SELECT {offset}, title, abstract FROM article WHERE {taken}"))
            else:
                copied = f"SELECT pmid + {r * ROUND}, search_vector FROM article_search WHERE pmid <= {cut}"
                conn.execute(text(f"INSERT INTO article_search (pmid, search_vector) {copied}"))
        print(f"  round {r}/{rounds}: {base * r + wanted} records", flush=True)
    refresh_statistics(engine, records - base)


def size_per_record(engine: Engine, records: int) -> str:
    """Return the database's size on disk, total and per record, as a line to print."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one() * conn.exec_driver_sql("PRAGMA page_size").scalar_one()
            size = pages - conn.exec_driver_sql("PRAGMA freelist_count").scalar_one() * conn.exec_driver_sql("PRAGMA page_size").scalar_one()
        else:
            size = conn.execute(
                text(
                    "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')"
                )
            ).scalar_one()
    size = int(size)
    return f"database size on {engine.dialect.name}: {size / 1e6:,.0f} MB, {size / max(1, records) / 1024:.1f} KiB per record"


# --- timing --------------------------------------------------------------------------------------------------


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Return (p50, p95) in milliseconds of ``repeat`` calls of ``fn`` (after one warm-up)."""
    fn()
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(0.95 * len(samples)))]


def as_the_command_runs(engine: Engine, query: SearchQuery) -> int:
    """Run a search as `trialdb search` does (first page, the count when the page is full, the note); return the count."""
    hits = search(engine, query)
    matched = len(hits) if len(hits) < PAGE else count_matches(engine, query)
    ranking_note(engine, query)
    return matched


def time_queries(engine: Engine, repeat: int) -> None:
    """Print p50/p95 of each query type: the page, the count, and both with the note as the command runs them."""
    print(f"{'query (first page of 50, and its count)':44} {'matches':>8} {'page p50':>8} {'p95':>6} {'count p50':>9} {'p95':>6} "
          f"{'search p50':>10} {'p95':>6}  < {TARGET_MS:.0f} ms")
    misses = []
    for label, q in QUERIES.items():
        q = SearchQuery(**{**q.__dict__, "limit": PAGE})
        page = timed(lambda q=q: search(engine, q), repeat)
        count = timed(lambda q=q: count_matches(engine, q), repeat)
        whole = timed(lambda q=q: as_the_command_runs(engine, q), repeat)
        n = count_matches(engine, q)
        ok = whole[1] < TARGET_MS
        if not ok:
            misses.append(label)
        print(f"{label:44} {n:8d} {page[0]:8.1f} {page[1]:6.1f} {count[0]:9.1f} {count[1]:6.1f} {whole[0]:10.1f} {whole[1]:6.1f}  {'yes' if ok else 'NO'}")
    print(f"{len(QUERIES) - len(misses)} of {len(QUERIES)} query types under {TARGET_MS:.0f} ms p95" + (f"; missed: {', '.join(misses)}" if misses else ""))


def time_exports(engine: Engine) -> None:
    """Print the time to export every record to CSV and to the meta-analysis table."""
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


def main() -> None:
    """Build (or reuse) the database, time the queries, print p50/p95, size per record and export times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--db", help="a database URL (default: a SQLite file in --cache); trialdb's tables in it are dropped first")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--cache", type=Path, help="a folder to keep the records file (and the default database) in between runs")
    parser.add_argument("--reuse", action="store_true", help="keep the records already in the database if there are enough")
    parser.add_argument("--no-export", action="store_true", help="skip the full exports")
    parser.add_argument("--base", type=int, help="ingest only this many records, then copy the stored rows up to --records (minutes, not hours)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        url = args.db or f"sqlite:///{cache / f'bench-{args.records}.sqlite'}"
        engine = make_engine(url)
        if not (args.reuse and record_count(engine) >= args.records):
            loaded = min(args.base or args.records, args.records)
            records = cache / f"records-{loaded}.xml.gz"
            if not records.exists():
                t0 = time.perf_counter()
                write_records(records, loaded)
                print(f"wrote {loaded} records to {records} ({records.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t0:.0f} s")
            empty(engine)
            t0 = time.perf_counter()
            ingest(engine, records)
            print(f"ingest: {loaded} records on {engine.dialect.name} in {time.perf_counter() - t0:.0f} s", flush=True)
            if loaded < args.records:
                t0 = time.perf_counter()
                replicate(engine, args.records)
                print(f"replicated to {args.records} records in {time.perf_counter() - t0:.0f} s")
        n = record_count(engine)
        with engine.connect() as conn:
            designs = dict(conn.execute(text("SELECT study_type, count(*) FROM trial GROUP BY study_type ORDER BY 2 DESC")).all())
            if engine.dialect.name == "postgresql":
                print(f"PostgreSQL {conn.execute(text('SHOW server_version')).scalar()}, shared_buffers = {conn.execute(text('SHOW shared_buffers')).scalar()}")
        print(f"{n} records on {engine.dialect.name}; designs: " + ", ".join(f"{k} {v / n:.0%}" for k, v in designs.items()))
        print(size_per_record(engine, n))
        gc.collect()
        gc.freeze()  # as the trialdb command does at start (cli/app.py main)
        time_queries(engine, args.repeat)
        with engine.connect() as conn:
            pmids = [conn.execute(select(ArticleRow.pmid).order_by(ArticleRow.pmid).offset(i).limit(1)).scalar_one() for i in range(0, n, max(1, n // 50))]
        rng = random.Random(1)
        p50, p95 = timed(lambda: get_trial(engine, rng.choice(pmids)), args.repeat)
        print(f"{'show PMID':44} {'':8} {p50:8.1f} {p95:6.1f}")
        if not args.no_export:
            time_exports(engine)


if __name__ == "__main__":
    main()
