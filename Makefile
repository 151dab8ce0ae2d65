# The two commands of the README: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast bench lint clean setup browser

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,arcadedb,dask]'
	touch $(STAMP)

setup: $(STAMP)

# Debian's chromium and chromedriver drive the browser tests.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { echo "installing chromium and chromium-driver (Debian packages)"; \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

demo: $(STAMP)
	$(BIN)/kg server start
	$(BIN)/kg build examples/ --html out/graph.html

# two processes (pytest-xdist): each engine's server and its tests in one, the other tests wherever a
# process is free (tests/conftest.py: pytest_xdist_make_scheduler)
test: $(STAMP) browser
	$(BIN)/python -m pytest -q -n 2

# the edit loop: pure tests only (no graph server, no browser), in seconds
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not server and not slow" -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_store.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_resolve.py
	$(BIN)/python benchmarks/bench_analyze.py
	$(BIN)/python benchmarks/bench_html.py

clean:
	rm -rf out .pytest_cache
