# Casefile — every target sets up .venv itself, so each works on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-slow lint schema bench installer clean translations

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/casefile demo

test: $(STAMP)
	$(PY) -m pytest -q -m "not slow" -p no:cacheprovider

test-slow: $(STAMP)
	$(PY) -m pytest -q -m slow -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check casefile
	$(VENV)/bin/mypy

schema: $(STAMP)
	$(PY) -c "import casefile.schema as s; s.write_schema_file()"

bench: $(STAMP)
	$(PY) -m benchmarks --scale $${SCALE:-full} --json bench-results/latest.json

clean:
	rm -rf build dist *.egg-info .pytest_cache
