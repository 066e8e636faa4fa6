# eventwire: set-up, run and test on a fresh machine.
#   make run    create the virtual env, install everything (with the spaCy model),
#               code the bundled articles into the embedded SQLite store, print a summary
#   make test   install everything (with PostgreSQL) and run the whole test suite

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= sqlite:///eventwire.db

.PHONY: install run test system-deps bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[model,test]'
	touch $(STAMP)

install: $(STAMP)

# Servers and browsers the tests drive for real (Debian packages; CI runs as root).
system-deps:
	@bash scripts/system-deps.sh

run: install
	$(BIN)/eventwire ingest examples/wikinews.jsonl --db $(DB)
	@echo; echo "== What the store holds"; $(BIN)/eventwire stats --db $(DB)
	@echo; echo "== Top dyads"; $(BIN)/eventwire dyads --db $(DB) --limit 15
	@echo; echo "== Events"; $(BIN)/eventwire events --db $(DB) --format table

test: install system-deps
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
