# One-command entry points. `make demo` is the README's first command; CI runs `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo test lint system-test production-test bench generate catalogue

venv: $(STAMP)

# Reinstall only when the package's metadata changes (the package itself is installed editable).
$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,prod,browser,callbacks]'
	touch $(STAMP)

# Runs the creative pipeline through real Airflow: against the local emulator, or against kie.ai
# when KIE_API_KEY is set. Files land in ./output (OUTPUT_DIR=... to change).
demo: venv
	$(BIN)/python scripts/run_demo.py $(if $(OUTPUT_DIR),--output-dir "$(OUTPUT_DIR)")

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# What CI runs: lint, then every test, the real-Airflow system tests included; the production
# topology tests (tests/production) too when PostgreSQL and Redis are named in the environment.
# Unit and integration tests run on TEST_WORKERS pytest-xdist workers (one Airflow home, database and
# emulator each; a test file stays on one worker). Most of their time is spent waiting on kie.ai's
# emulator and dag.test(), not on a core, so two cores carry three workers. The system and production
# legs start real Airflow servers on fixed ports, one after the other.
TEST_WORKERS ?= 3
test: venv lint
	$(BIN)/python -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS) --dist loadfile tests/unit tests/middle tests/fuzz tests/integration
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/system tests/production

system-test: venv
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/system

# The catalogue is built from kie.ai's published pages (kie_provider/data/docs_snapshot.json) with the
# hand-curated overlay on top; then the operators and the README table are regenerated from it.
catalogue: venv
	$(BIN)/python scripts/build_catalogue.py
	$(BIN)/ruff format --check kie_provider/operators/kie.py

# The per-model operators are generated source: rewrite them after changing the catalogue.
generate: venv
	$(BIN)/python scripts/generate_operators.py
	$(BIN)/ruff format --check kie_provider/operators/kie.py
# Installs (Debian packages) and starts PostgreSQL and Redis, then runs Airflow on them with Celery:
# two workers, two triggerers. Needs root or sudo for the first install.
production-test: venv
	services="$$(bash scripts/production_services.sh)" && eval "$$services" && \
		$(BIN)/python -m pytest -q -p no:cacheprovider tests/production

# The speed and memory benchmarks; each prints its figures against its target.
bench: venv
	$(BIN)/python -m pip install -q -e '.[test,bench,callbacks]'
	$(BIN)/python benchmarks/trigger_scale.py
	$(BIN)/python benchmarks/trigger_scale_10k.py
	services="$$(bash scripts/production_services.sh)" && eval "$$services" && $(BIN)/python benchmarks/callback_scale.py
	$(BIN)/python benchmarks/files_memory.py
	$(BIN)/python benchmarks/rate_limit_throughput.py
	$(BIN)/python benchmarks/import_cost.py
	$(BIN)/python benchmarks/ui_page.py
