# The two commands of the README: `make demo` (install, ingest the bundled records, search)
# and `make test` (install, start PostgreSQL if this machine has it, run the whole suite).
VENV ?= .venv
PYTHON ?= python3
PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
BIN = $(VENV)/bin

.PHONY: demo test install bench

$(BIN)/trialdb: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(BIN)/trialdb

install: $(BIN)/trialdb

demo: install
	$(BIN)/trialdb ingest fixtures/pubmed/*.xml fixtures/pubmed/*.xml.gz
	$(BIN)/trialdb search "stem cells" --design rct

# PostgreSQL tests run when a server answers at PG_URL (started here if installed but stopped);
# in CI (CI=true) a missing server is an error, elsewhere those tests skip with the reason.
test: install
	@if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432 && [ -d /etc/postgresql ]; then \
		pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start || true; \
		for i in 1 2 3 4 5 6 7 8 9 10; do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done; \
	fi
	@if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; then \
		$(BIN)/ruff check --quiet . && \
		TRIALDB_TEST_POSTGRES_URL="$${TRIALDB_TEST_POSTGRES_URL:-$(PG_URL)}" $(BIN)/python -m pytest; \
	elif [ -n "$$CI" ]; then \
		echo "CI: PostgreSQL is not running on 127.0.0.1:5432 and could not be started" >&2; exit 1; \
	else \
		$(BIN)/ruff check --quiet . && $(BIN)/python -m pytest; \
	fi

bench: install
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/fetch.py
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/query_speed.py
