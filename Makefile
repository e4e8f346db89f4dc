# York practice knowledge hub: set-up, build, serve and test.
# Two commands for a newcomer: `make serve` and `make test`.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

# Material 9.8 prints a banner about its end of life and MkDocs 2.0 on every
# build. We know (see README, "Why the logic lives in yorkhub"), and the banner
# would bury the hub's own warnings, which authors must read.
export NO_MKDOCS_2_WARNING := 1

.PHONY: help install serve build build-public build-offline check test lint format bench clean

help:
	@echo "make serve         build the hub and serve it at http://$(HOST):$(PORT) with live reload (draft guides shown)"
	@echo "make build         write the intranet site to site/ (strict; replaces site/ only on success)"
	@echo "make build-public  write the public site (internal pages left out) to site-public/"
	@echo "make build-offline write a copy to site-offline/ that opens from a folder, with no web server"
	@echo "make check         validate every page without building HTML"
	@echo "make test          install what the tests need, check the code with ruff and run the whole suite"
	@echo "make format        tidy the Python code with ruff (make lint only checks)"
	@echo "make bench         run the scale benchmark (see README)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements/build.txt pyproject.toml
	$(BIN)/pip install --quiet --require-hashes -r requirements/build.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements/test.txt
	$(BIN)/pip install --quiet --require-hashes -r requirements/test.txt
	touch $@

install: $(VENV)/.installed

serve: install
	SITE_URL=http://$(HOST):$(PORT)/ HUB_DRAFTS=preview $(BIN)/mkdocs serve --no-strict --livereload --dev-addr $(HOST):$(PORT)

build: install
	$(BIN)/hub build --out site

build-public: install
	$(BIN)/hub build --public --out site-public

build-offline: install
	$(BIN)/hub build --offline --out site-offline

check: install
	$(BIN)/hub check

test: lint
	$(BIN)/python -m pytest

# ruff keeps the code tidy: `make format` rewrites, `make lint` only checks.
lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install
	$(BIN)/python bench/scale.py $(BENCH_ARGS)

clean:
	rm -rf site site-public site-offline .pytest_cache
