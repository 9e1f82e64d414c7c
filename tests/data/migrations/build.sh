#!/usr/bin/env bash
# Rebuild the two dumps of this folder with the trialdb of commit 6256482 (the last commit before
# trialdb gained the columns of migration 0002), without touching the work tree or git state:
# the old code is unpacked with `git archive` into a scratch folder and run from there.
#   bash tests/data/migrations/build.sh [SCRATCH] [POSTGRES_URL]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(git -C "$HERE" rev-parse --show-toplevel)"
COMMIT=6256482
WORK="${1:-/tmp/alembic/build}"
PG="${2:-postgresql+psycopg://postgres@127.0.0.1:5432/test}"
SCHEMA=trialdb_old

rm -rf "$WORK" && mkdir -p "$WORK/old" "$WORK/pkg/trialdb"
git -C "$REPO" archive "$COMMIT" | tar -x -C "$WORK/old"
# The old package layout (package-dir maps trialdb.db to db/, ...), importable through PYTHONPATH.
for f in __init__.py errors.py; do ln -s "$WORK/old/trialdb/$f" "$WORK/pkg/trialdb/$f"; done
for d in fetch extract db pipeline cli; do ln -s "$WORK/old/$d" "$WORK/pkg/trialdb/$d"; done
export PYTHONPATH="$WORK/pkg"
# From the scratch folder: `python -m` puts the current folder first on sys.path, and this repository's
# trialdb/ must not be found before the old one.
cd "$WORK"
FIX="$WORK/old/fixtures/pubmed"

# Three records of NLM's 2019 sample baseline, copied unchanged: the only ones with per-arm results
# (arm_result rows) and a registry ID there.
python - "$FIX/fatcat__pubmedsample_2019.xml.gz" "$WORK/fatcat-3.xml" <<'PY'
import gzip, sys
from lxml import etree
keep = {"15968009", "17059514", "18719013"}
with gzip.open(sys.argv[1]) as f:
    root = etree.parse(f).getroot()
out = etree.Element("PubmedArticleSet")
for art in root.findall("PubmedArticle"):
    if art.findtext("MedlineCitation/PMID") in keep:
        out.append(art)
assert len(out) == len(keep)
etree.ElementTree(out).write(sys.argv[2], xml_declaration=True, encoding="utf-8")
PY

fill() {  # the same records, decisions and saved search on either engine
    python -m trialdb.cli ingest "$FIX/seed-33472925.xml" "$FIX/biopython__pubmed4.xml" "$FIX/metapub__35358095.xml" --db "$1"
    python -m trialdb.cli import "$WORK/fatcat-3.xml" --db "$1"   # logged in the run table
    python -m trialdb.cli screen 33472925 --include --db "$1"
    python -m trialdb.cli screen 35358095 --exclude --reason "animal study" --db "$1"
    python -m trialdb.cli searches add msc-stroke "mesenchymal stem cells AND stroke" --db "$1"
}

fill "$WORK/old.sqlite"
sqlite3 "$WORK/old.sqlite" .dump > "$HERE/sqlite.sql"

psql_url="postgresql://${PG#postgresql+psycopg://}"
psql "$psql_url" -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
fill "$PG?options=-csearch_path%3D$SCHEMA"
# Plain INSERTs (no COPY blocks) and no psql meta-commands: any client can run the file. The two trigram
# indexes are left out: they name pg_trgm's operator class in this schema, where the extension was put
# (the dump does not hold it); trialdb makes them again where it can, after an upgrade as on every open.
pg_dump "$psql_url" -n "$SCHEMA" --no-owner --no-privileges --inserts | grep -v -e '^\\' -e 'gin_trgm_ops' > "$HERE/postgresql.sql"
psql "$psql_url" -q -c "DROP SCHEMA $SCHEMA CASCADE"
echo "wrote $HERE/sqlite.sql and $HERE/postgresql.sql"
