# nbwss-gui — `make demo` runs the application on its sandbox, `make test` runs every check.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test lint typecheck unit bench system-deps clean

$(STAMP): pyproject.toml
	@sh packaging/ensure-system-deps.sh
	@$(PYTHON) -m venv $(VENV) || { echo "Cannot create a virtual environment: run 'make system-deps' (installs python3-venv)."; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/nbwss-gui --demo

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(PY) -m mypy nbwss_gui

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_checker.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_startup.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_failover.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_scale.py
	$(PY) tests/benchmarks/bench_message_flood.py
	$(PY) tests/benchmarks/bench_memory.py

system-deps:
	$(SUDO) apt-get update -q
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends \
		$$(grep -v '^#' packaging/debian-packages.txt)

clean:
	rm -rf $(VENV) build dist *.egg-info test-artifacts .pytest_cache .mypy_cache .ruff_cache .hypothesis

# A one-folder build in build/dist/nbwss-gui (PyInstaller), checked by its own self-test.
.PHONY: package
package: $(STAMP)
	@$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install --quiet pyinstaller
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath build/dist \
		--workpath build/pyinstaller packaging/nbwss-gui.spec
	build/dist/nbwss-gui/nbwss-gui self-test
