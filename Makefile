# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
SAMPLES ?= $(SHARED)/corpus/seed/article.md $(wildcard $(SHARED)/corpus/open/articles.jsonl)
STORE ?= newsgraph.duckdb
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install ingest serve lint typecheck pytest browser-deps accuracy bench clean

# The ray extra too: `make test` runs the Ray engine's tests (tests/test_runner_ray.py), a
# two-node cluster on this machine included.
$(VENV)/.installed: pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,ray]'
	touch $@

install: $(VENV)/.installed

run: install
	-$(VENV)/bin/newsgraph ingest --store $(STORE) $(SAMPLES)
	$(VENV)/bin/newsgraph serve --store $(STORE) --host $(HOST) --port $(PORT)

ingest: install
	$(VENV)/bin/newsgraph ingest --store $(STORE) $(SAMPLES)

serve: install
	$(VENV)/bin/newsgraph serve --store $(STORE) --host $(HOST) --port $(PORT)

lint: install
	$(VENV)/bin/ruff check newsgraph tests bench

typecheck: install
	$(VENV)/bin/mypy newsgraph

pytest: install browser-deps
	$(VENV)/bin/pytest

# The browser tests drive Debian's chromium headless (Playwright's own browser download does
# not work offline). Installed with apt-get when missing and running as root; otherwise they skip.
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "could not install chromium: browser tests will be skipped"; \
	  else \
	    echo "browser tests will be skipped: install Debian's chromium (sudo apt-get install -y chromium)"; \
	  fi; \
	fi

test: lint typecheck pytest

accuracy: install
	$(PY) bench/accuracy.py

bench: install
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache out
