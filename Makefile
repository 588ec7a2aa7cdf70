# One-command entry points. `make demo` is the README's first command; CI runs `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo test lint system-test bench

venv: $(STAMP)

# Reinstall only when the package's metadata changes (the package itself is installed editable).
$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

# Runs the creative pipeline through real Airflow: against the local emulator, or against kie.ai
# when KIE_API_KEY is set. Files land in ./output (OUTPUT_DIR=... to change).
demo: venv
	$(BIN)/python scripts/run_demo.py $(if $(OUTPUT_DIR),--output-dir "$(OUTPUT_DIR)")

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# What CI runs: lint, then every test, the real-Airflow system tests included.
test: venv lint
	$(BIN)/python -m pytest -q -p no:cacheprovider tests

system-test: venv
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/system

# The speed and memory benchmarks; each prints its figures against its target.
bench: venv
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	$(BIN)/python benchmarks/trigger_scale.py
	$(BIN)/python benchmarks/files_memory.py
	$(BIN)/python benchmarks/rate_limit_throughput.py
	$(BIN)/python benchmarks/ui_page.py
