# The two commands of the README: `make demo` (install, ingest the bundled records, search)
# and `make test` (install, start PostgreSQL if this machine has it, run the whole suite: .ci/run).
VENV ?= .venv
PYTHON ?= python3
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

# The whole suite: .ci/run installs, starts PostgreSQL if this machine has it (its tests skip with the
# reason otherwise; in CI a missing server is an error), lints and runs pytest. CI runs the same file.
test:
	@bash .ci/run

bench: install
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/fetch.py
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/query_speed.py
