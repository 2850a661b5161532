# nbwss-gui — `make demo` runs the application on its sandbox, `make test` runs every check.
# Another Python: `make test PYTHON=python3.12 VENV=.venv-3.12` (each Python its own venv).
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# A D-Bus session of its own with a throw-away unlocked keyring, so that the real-keyring tests
# run everywhere and never touch the person's own keyring.
WITH_TEST_KEYRING := sh packaging/with-test-keyring.sh
# Extra pytest arguments, such as PYTEST_ARGS="-k keyring -x".
PYTEST_ARGS ?=
# The translations: .ts sources in resources/translations, compiled to the .qm files the
# window loads and the gettext .mo files the command line loads (build output, not committed).
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
MO := $(patsubst resources/translations/nbwss_gui_%.ts,resources/translations/locale/%/LC_MESSAGES/nbwss_gui.mo,$(TS))

.PHONY: demo test lint typecheck unit quick bench system-deps clean translations update-translations dist

$(STAMP): pyproject.toml
	@sh packaging/ensure-system-deps.sh
	@$(PYTHON) -m venv $(VENV) || { echo "Cannot create a virtual environment: run 'make system-deps' (installs python3-venv)."; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

demo: $(STAMP) $(QM) $(MO)
	$(VENV)/bin/nbwss-gui --demo

test: $(STAMP) lint typecheck unit

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

resources/translations/locale/%/LC_MESSAGES/nbwss_gui.mo: resources/translations/nbwss_gui_%.ts $(STAMP)
	$(PY) packaging/ts_to_mo.py $< $@

translations: $(QM) $(MO)

# The sdist and the wheel in dist/, carrying the compiled translations.
dist: $(STAMP) $(QM) $(MO)
	@$(PY) -c "import build" 2>/dev/null || $(PY) -m pip install --quiet build
	$(PY) -m build --outdir dist .

# After changing the words people read: take the new ones into every .ts (then translate them).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find nbwss_gui/ui nbwss_gui/domain nbwss_gui/services nbwss_gui/cli nbwss_gui/sandbox -name '*.py' | sort) -ts $(TS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(PY) -m mypy nbwss_gui

# Every test, the real-keyring ones included: they fail, not skip, when the keyring is unusable.
unit: $(STAMP) $(QM) $(MO)
	QT_QPA_PLATFORM=offscreen $(WITH_TEST_KEYRING) $(PY) -m pytest $(PYTEST_ARGS)

# The quick run while working: no D-Bus session, no real-keyring tests, no lint.
quick: $(STAMP) $(QM) $(MO)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not realkeyring" $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_checker.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_startup.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_failover.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_proxy_failover.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_scale.py
	$(PY) tests/benchmarks/bench_message_flood.py
	$(PY) tests/benchmarks/bench_memory.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_idle_cpu.py

system-deps:
	$(SUDO) apt-get update -q
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends \
		$$(grep -v '^#' packaging/debian-packages.txt)

clean:
	rm -rf $(VENV) .venv-3.* build dist *.egg-info test-artifacts .pytest_cache .mypy_cache .ruff_cache .hypothesis $(QM) resources/translations/locale

# A one-folder build in build/dist/nbwss-gui (PyInstaller), checked by its own self-test.
.PHONY: package
package: $(STAMP) $(QM) $(MO)
	@$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install --quiet pyinstaller
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath build/dist \
		--workpath build/pyinstaller packaging/nbwss-gui.spec
	QT_QPA_PLATFORM=offscreen $(WITH_TEST_KEYRING) build/dist/nbwss-gui/nbwss-gui self-test
	build/dist/nbwss-gui/nbwss-gui-window --version
