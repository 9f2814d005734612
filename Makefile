# Two commands: `make run` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
ARGS ?=

export QT_QPA_PLATFORM_TEST := offscreen

.PHONY: run test test-slow test-windows lint translations translations-update screenshots screenshots-scaled bench package package-windows clean \
	accessibility-tools

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	@touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Collect the interface's strings into the .ts files (existing translations are kept); then
# translate what is new in Qt Linguist or by hand. English holds only the plural forms.
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none src/intakecompanion/ui
translations-update: $(STAMP)
	$(LUPDATE) -ts resources/i18n/intakecompanion_nl.ts
	$(LUPDATE) -ts resources/i18n/intakecompanion_fr.ts
	$(LUPDATE) -pluralonly -ts resources/i18n/intakecompanion_en.ts

run: $(STAMP) translations
	$(BIN)/intakecompanion $(ARGS)

# The screen-reader test's tools (Xvfb, the AT-SPI bus, the system's pyatspi): apt-get installs
# them when missing and allowed; without them that test skips and says why.
accessibility-tools:
	@sh tests/accessibility/install-tools.sh

# The tests' temporary folders (every vault they make) on a RAM disk where there is one: the
# vault fsyncs every save, and on a disk shared with other work those waits were a large part of
# the suite's time. `make test TEST_TMPDIR=` keeps them on the system's temporary folder.
TEST_TMPDIR ?= $(if $(wildcard /dev/shm/.),/dev/shm)

# The suite on every core (pytest-xdist; each worker its own Qt application and temporary
# folders); with PYTEST_ARGS (one file or test) in this one process. TEST_WORKERS=N chooses.
TEST_WORKERS ?= $(if $(PYTEST_ARGS),0,auto)

test: $(STAMP) translations accessibility-tools
	$(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR)) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -n $(TEST_WORKERS) $(PYTEST_ARGS)

test-slow: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

# The same suite on Windows Python (embeddable CPython 3.11, win_amd64 wheels of the lock) under
# Wine, set up in build/windows/ on first use (packaging/windows/wine/, packaging/README.md).
test-windows: $(STAMP) translations
	HOST_PYTHON=$(BIN)/python bash packaging/windows/wine/test.sh $(PYTEST_ARGS)

# Performance against a bare PySide6 window and plain SQLite, written to docs/performance.md
# (not part of make test). BENCH_SCALE=0.01 makes a 100-client vault instead of 10,000;
# BENCH_ARGS passes more options (--repeats, --out, --only; see python -m benchmarks -h).
BENCH_SCALE ?= 1
BENCH_ARGS ?=
bench: $(STAMP) translations
	$(BIN)/python -m benchmarks --scale $(BENCH_SCALE) $(BENCH_ARGS)

# The main screens in Dutch with the fictional demo data, rendered offscreen, and the client's
# summary of a typical fictional intake as PNG pages (docs/screenshots); the screens, first-run
# pages and dialogs at 200 % zoom in docs/screenshots/zoom200.
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots/screens.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots/summary_pages.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots/summary_pages.py fr
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots/screens.py docs/screenshots/fr fr
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots/screens.py docs/screenshots/zoom200 nl 200

# Every main screen and dialog on a Windows laptop's scaled display (1920x1080 at 125 % and
# 150 %, 1366x768 at 125 %), offscreen, as PNGs in SHOTS, with what does not fit
# (tests/support/scaled_screens.py; STYLE=windowsvista or windows11 where Qt has them).
SHOTS ?= build/screenshots-scaled
screenshots-scaled: $(STAMP) translations
	$(BIN)/python -m tests.support.scaled_screens $(SHOTS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs/screenshots
	$(BIN)/ruff format --check src tests benchmarks docs/screenshots
	$(BIN)/mypy

# A one-folder bundle in dist/intakecompanion and a tarball with install.sh (packaging/README.md).
package: $(STAMP) translations
	rm -rf dist/intakecompanion build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/intakecompanion.spec
	sh packaging/linux/make-tarball.sh

# The Windows bundle in dist/windows/intakecompanion, made by PyInstaller on the Windows Python of
# make test-windows under Wine, and its per-user installer dist/intakecompanion-VERSION-windows-
# x64-setup.exe, built with NSIS (packaging/windows/package.sh, packaging/README.md).
package-windows: $(STAMP) translations
	HOST_PYTHON=$(BIN)/python bash packaging/windows/package.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm
