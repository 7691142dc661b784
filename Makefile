# secdesk: `make run` (the program on the demo database) and `make test` (the whole suite)
# each do all of their own set-up on a fresh machine.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB := .demo/secdesk-demo.db
UI_SOURCES := $(wildcard forms/*.ui)
UI_MODULES := $(patsubst forms/%.ui,secdesk/gui/forms/ui_%.py,$(UI_SOURCES))
TS := resources/translations/secdesk_zh_CN.ts
QM := $(TS:.ts=.qm)
# The window's modules (not the forms compiled from forms/*.ui, which lupdate reads as .ui).
GUI_SOURCES = $(filter-out secdesk/gui/forms/%,$(wildcard secdesk/gui/*.py secdesk/gui/*/*.py))

.PHONY: run test bench dist setup font clean ts

setup: $(STAMP) $(UI_MODULES) $(QM) font

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@test -x $(PY) || { p=$$(packaging/find-python.sh) && "$$p" -m venv $(VENV); }
	$(PY) -m pip install --disable-pip-version-check -q --require-hashes -r requirements.txt -r requirements-dev.txt
	$(PY) -m pip install --disable-pip-version-check -q --no-deps --no-build-isolation -e .
	@touch $(STAMP)

secdesk/gui/forms/ui_%.py: forms/%.ui $(STAMP)
	@mkdir -p secdesk/gui/forms && touch secdesk/gui/forms/__init__.py
	$(VENV)/bin/pyside6-uic --from-imports $< -o $@

$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

font:
	@packaging/get-font.sh

$(DEMO_DB): | setup
	@mkdir -p .demo
	$(VENV)/bin/secdesk demo --db $(DEMO_DB)

run: setup $(DEMO_DB)
	$(VENV)/bin/secdesk --db $(DEMO_DB)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench

dist: setup
	packaging/build.sh

clean:
	rm -rf build dist .demo secdesk/gui/forms $(QM)

ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete secdesk/app.py $(GUI_SOURCES) forms/*.ui -ts $(TS)
