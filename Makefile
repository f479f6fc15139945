# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
SAMPLES ?= $(SHARED)/corpus/seed/article.md $(wildcard $(SHARED)/corpus/open/articles.jsonl)
STORE ?= newsgraph.duckdb
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install ingest serve lint typecheck pytest accuracy bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

run: install
	$(VENV)/bin/newsgraph ingest --store $(STORE) $(SAMPLES)
	$(VENV)/bin/newsgraph serve --store $(STORE) --host $(HOST) --port $(PORT)

ingest: install
	$(VENV)/bin/newsgraph ingest --store $(STORE) $(SAMPLES)

serve: install
	$(VENV)/bin/newsgraph serve --store $(STORE) --host $(HOST) --port $(PORT)

lint: install
	$(VENV)/bin/ruff check newsgraph tests bench

typecheck: install
	$(VENV)/bin/mypy newsgraph

pytest: install
	$(VENV)/bin/pytest

test: lint typecheck pytest

accuracy: install
	$(PY) bench/accuracy.py

bench: install
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache out
