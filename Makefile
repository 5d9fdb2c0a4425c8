# Casefile — every target sets up .venv itself, so each works on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Qt's offscreen platform is for tests and scripts only (tests/ui/conftest.py and scripts/*.py
# set it themselves); `make run` must open its window on the user's display.

.PHONY: run test test-slow lint schema bench installer clean translations screenshots samples

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	@$(PY) -m ui.system_check
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

translations: $(STAMP)
	$(PY) scripts/update_translations.py

screenshots: $(STAMP)
	$(PY) scripts/screenshots.py docs/screenshots

bench: $(STAMP)
	$(PY) -m benchmarks --scale $${SCALE:-full} --json bench-results/latest.json

# installer: a one-folder bundle in dist/Casefile/ (build_installer.spec), then the smoke test,
# run from a temporary folder outside the source tree against the bundled executable.
INSTALLER_STAMP := $(VENV)/.installer-tools

$(INSTALLER_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[build]'
	@$(PY) -c "import PyInstaller" 2>/dev/null || { echo "PyInstaller is missing: pyproject.toml needs the 'build' extra" \
		"(build = [\"pyinstaller>=6.10,<7\"])"; exit 1; }
	touch $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP)
	rm -rf dist/Casefile build/installer
	start=$$(date +%s); \
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/installer \
		build_installer.spec && echo "installer: bundle built in $$(( $$(date +%s) - start )) s"
	cd "$${TMPDIR:-/tmp}" && env -u PYTHONPATH -u PYTHONHOME "$(CURDIR)/$(PY)" \
		"$(CURDIR)/packaging/smoke_test.py" --bundle "$(CURDIR)/dist/Casefile" --source-cli "$(CURDIR)/$(VENV)/bin/casefile"

clean:
	rm -rf build dist *.egg-info .pytest_cache
