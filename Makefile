# Two commands do everything: `make run` (set up and serve) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed
# One pytest worker per core: a worker more costs its own start (the programme content, a browser, module
# fixtures) for less than it gains while others wait (measured on 2 cores: 6 min 42 s with 2, 7 min 10 s with 3;
# on a slower machine of the same kind, 8 min 16 s with 2, 9 min 08 s with 3).
# Bytecode is written (even where the environment turns it off): every worker would otherwise compile and
# assertion-rewrite every module again, 6 s of each worker's start.
WORKERS = $(shell $(PYTHON) -c 'import os; print(os.cpu_count() or 1)')

.PHONY: run test install lint messages check-messages screenshots bench test-system backup restore

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/python manage.py migrate --noinput --verbosity 0
	$(BIN)/python manage.py load_iurc_content --if-empty
	$(BIN)/python manage.py create_local_admin --base-url http://$(HOST):$(PORT)
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

check-messages: install
	$(BIN)/python scripts/compile_messages.py --check

messages: install
	$(BIN)/python manage.py makemessages --locale zh_Hans --ignore ".venv/*" --ignore "tests/*" --ignore "*/tests/*" --no-obsolete
	$(BIN)/python scripts/compile_messages.py

test: install lint check-messages
	DJANGO_SETTINGS_MODULE=iurc_site.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=iurc_site.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: that is a failure here" >&2; fi; \
	exit $$status

# The browser tests, saving what they see at 1280 and 375 px in both languages to test-artifacts/screenshots/
screenshots: install
	SCREENSHOTS=1 PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(WORKERS) -m browser

# Performance benchmark (README, Performance): the backend without any cache and Varnish in front of it, side by
# side (gunicorn, production settings, loopback; wrk); BENCH_ARGS e.g. --lighthouse
bench: install
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

# The production topology and its fault table (README, Operations): starts its own PostgreSQL, Redis, two gunicorn
# nodes and Varnish, and stops them all at the end.
test-system: install
	$(BIN)/python scripts/system_test.py $(SYSTEM_ARGS)

# Database and media into var/backups/<timestamp>/ (or DEST=folder); `make restore FROM=var/backups/<timestamp>`.
backup: install
	$(BIN)/python scripts/backup.py backup $(if $(DEST),--dest $(DEST))

restore: install
	@test -n "$(FROM)" || { echo "usage: make restore FROM=var/backups/<timestamp>" >&2; exit 2; }
	$(BIN)/python scripts/backup.py restore $(FROM)
