# Casefile — every target sets up .venv itself, so each works on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Qt's offscreen platform is for tests and scripts only (tests/ui/conftest.py and scripts/*.py
# set it themselves); `make run` must open its window on the user's display.

.PHONY: run test desktop-deps test-slow lint schema bench installer clean translations screenshots samples

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	@$(PY) -m ui.system_check
	$(VENV)/bin/casefile demo

test: $(STAMP) desktop-deps
	$(PY) -m pytest -q -m "not slow" -p no:cacheprovider

# What the desktop smoke test (tests/desktop/), the app's X11 window and its video player (libpulse0,
# for QtMultimedia) need. As root on Debian
# or Ubuntu (CI) they are installed when missing; otherwise the command to install them is shown
# and the smoke test is skipped (outside CI) or fails naming them (CI=true).
DESKTOP_PACKAGES := xvfb xdotool x11-apps libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-util1 libxcb-randr0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 \
	libxcb-xkb1 libx11-xcb1 libxkbcommon-x11-0 libgl1 libegl1 libfontconfig1 libdbus-1-3 \
	libpulse0

desktop-deps: $(STAMP)
	@if command -v Xvfb >/dev/null && command -v xdotool >/dev/null && $(PY) -m ui.system_check --libraries; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing what the desktop smoke test needs: $(DESKTOP_PACKAGES)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(DESKTOP_PACKAGES); \
	else \
		echo "The desktop smoke test needs Xvfb, xdotool and the X11 libraries; install them with:"; \
		echo "  sudo apt-get install $(DESKTOP_PACKAGES)"; \
	fi

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
