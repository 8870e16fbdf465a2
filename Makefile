# LendingDesk — developer commands. `make run` and `make test` set everything up on a fresh machine.
SHELL := /bin/bash
.DEFAULT_GOAL := run

# The newest CPython >= 3.12 on this machine (PySide6 crashes 3.11; see docs/architecture.md).
PYTHON_BASE ?= $(shell for c in python3.14 python3.13 python3.12 $$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV) /usr/bin/python3 python3; do \
	if $$c -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; then command -v $$c || echo $$c; break; fi; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export QT_QPA_PLATFORM ?= offscreen

$(STAMP): pyproject.toml requirements.lock
	@test -n "$(PYTHON_BASE)" || { echo "LendingDesk needs Python 3.12 or newer (apt-get install python3.12 or newer)"; exit 1; }
	@test -x $(PY) || $(PYTHON_BASE) -m venv $(VENV) || { echo "Cannot create a virtual environment: apt-get install python3-venv"; exit 1; }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c requirements.lock -e '.[dev]'
	@touch $(STAMP)

.PHONY: setup run test lint format ui translations screenshots bench package package-smoke check-generated clean

setup: $(STAMP)

## Start the desk (a demo catalogue is offered on first start).
run: $(STAMP)
	QT_QPA_PLATFORM= $(VENV)/bin/lendingdesk

## The whole test suite: headless on every core, then the real-X scanner scenarios on their own.
test: $(STAMP)
	$(PY) -m pytest -q -n auto --dist loadfile -m "not alone"
	$(PY) -m pytest -q -m alone

lint: $(STAMP)
	$(VENV)/bin/ruff check lendingdesk tests
	$(VENV)/bin/ruff format --check lendingdesk tests
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format lendingdesk tests
	$(VENV)/bin/ruff check --fix lendingdesk tests

## Regenerate compiled Designer forms and Qt resources (committed).
ui: $(STAMP)
	$(PY) -m lendingdesk.devtools build-ui

## Update .ts sources from the code, then compile .qm (committed).
translations: $(STAMP)
	$(PY) -m lendingdesk.devtools translations

## Fail when generated files are stale.
check-generated: $(STAMP)
	$(PY) -m lendingdesk.devtools check-generated

screenshots: $(STAMP)
	$(PY) -m lendingdesk.devtools screenshots docs/screenshots

bench: $(STAMP)
	$(PY) -m benchmarks

package: $(STAMP)
	$(PY) -m pip install -q -c requirements.lock pyinstaller
	$(PY) packaging/build.py

## Build the desk application (dist/) and check the frozen program as a desk would run it.
package-smoke: package
	$(PY) packaging/smoke_test.py

clean:
	rm -rf $(VENV) build dist
