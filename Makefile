# Two commands do all the set-up: `make lab` and `make test` (see README.md).
# Both create or refresh .venv first; when it is current they go straight on.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8888
# Extra arguments for JupyterLab, e.g. make lab LAB_ARGS="--no-browser"
LAB_ARGS ?=
# Extra arguments for Voila, e.g. make app APP_ARGS="--no-browser"
APP_ARGS ?=
# Which edition `make lab` opens: en or ja (make lab EDITION=ja).
EDITION ?= en
FIRST_CHAPTER := $(firstword $(sort $(filter-out notebooks/$(EDITION)/00-%,$(wildcard notebooks/$(EDITION)/[0-9][0-9]-*.ipynb))))
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
STAMP  := $(VENV)/.installed
LITE_STAMP := $(VENV)/.installed-lite
LITE_TOOLS := $(VENV)/lite-tools

.PHONY: lab test test-fast test-browser test-browser-stress lint format bench nav links clean-outputs venv figures app site lite lite-venv

venv: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml setup.py widgets/served.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@# An editable install leaves out data files: put plotly's widget bundle where Jupyter serves it (widgets/served.py).
	$(BIN)/python -m widgets.served >/dev/null
	@touch $(STAMP)

lab: $(STAMP)
	@test -n "$(FIRST_CHAPTER)" || { echo "EDITION must be one of: $(notdir $(wildcard notebooks/[a-z][a-z]))"; exit 2; }
	$(BIN)/jupyter lab --ip=127.0.0.1 --port=$(PORT) $(ROOT_FLAG) $(LAB_ARGS) $(FIRST_CHAPTER)

test: $(STAMP) $(LITE_STAMP) lint
	$(BIN)/python tools/check_notebooks_clean.py
	$(BIN)/python -m pytest tests
	$(BIN)/python -m pytest --nbval-lax notebooks

# The package and notebook tests without the browser (a quick loop while writing).
test-fast: $(STAMP)
	$(BIN)/python -m pytest tests --ignore=tests/browser
	$(BIN)/python -m pytest --nbval-lax notebooks

# ruff over the package, tools, tests and the notebooks' code cells (config in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check widgets tools tests notebooks
	$(BIN)/ruff format --check widgets tools tests notebooks

format: $(STAMP)
	$(BIN)/ruff check --fix widgets tools tests notebooks
	$(BIN)/ruff format widgets tools tests notebooks

test-browser: $(STAMP) $(LITE_STAMP)
	$(BIN)/python -m pytest tests/browser

# The browser suite three times in a row beside two CPU-burning processes (tools/stress.py); it must pass each time.
# make test-browser-stress RUNS=1 BROWSER_TESTS=tests/browser/test_browser.py for a shorter round.
RUNS ?= 3
BROWSER_TESTS ?= tests/browser
test-browser-stress: $(STAMP) $(LITE_STAMP)
	$(BIN)/python tools/stress.py --runs $(RUNS) --burners 2 -- $(BIN)/python -m pytest -q $(BROWSER_TESTS)

bench: $(STAMP)
	$(BIN)/python tools/bench.py $(BENCH_ARGS)

# Rewrite the navigation cells and the README's chapter list after adding a chapter.
nav: $(STAMP)
	$(BIN)/python tools/nav.py

# Write the launch links into README.md: make links REPO=owner/name REF=v1.0 [HUB=...] (defaults: pyproject [tool.essay]).
links: $(STAMP)
	$(BIN)/python tools/links.py --repo "$$REPO" --ref "$$REF" --hub "$$HUB" --pull-branch "$$PULL_BRANCH"

# Export each chapter's key figures as SVG and PNG, both editions, into figures/ (tools/figures.py).
figures: $(STAMP)
	$(BIN)/python tools/figures.py $(FIGURES_ARGS)

# Serve the whole essay in Voila (app mode, code hidden) on 127.0.0.1:$(PORT); its options are in voila.py.
app: $(STAMP)
	@echo "Chapters: http://127.0.0.1:$(PORT)/voila/tree  (English: /voila/render/en/00-index.ipynb, 日本語: /voila/render/ja/00-index.ipynb)"
	$(BIN)/voila notebooks --port=$(PORT) --Voila.ip=127.0.0.1 $(APP_ARGS)

# Build the kernel-free pages of every chapter and edition into site/ (tools/static_site.py); open site/index.html.
site: $(STAMP)
	$(BIN)/python tools/static_site.py

# JupyterLite's builder and its Pyodide kernel (requirements-lite.txt) in $(LITE_TOOLS), beside the venv's packages
# and not among them: the kernel's JupyterLab extension in the venv's share/ would load into every JupyterLab the
# venv serves, and fail there (it needs JupyterLite's own services). tools/lite_build.py puts it on its path.
lite-venv: $(LITE_STAMP)

$(LITE_STAMP): $(STAMP) requirements-lite.txt
	rm -rf $(LITE_TOOLS)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --target $(LITE_TOOLS) -r requirements-lite.txt
	PYTHONPATH=$(LITE_TOOLS) $(BIN)/python -m pip check
	@touch $(LITE_STAMP)

# Build the lite edition (the whole essay running in the browser through Pyodide, no server) into lite/
# (tools/lite_build.py; needs npm). Serve lite/ from any static host, or: python -m http.server -d lite 8000.
# It is skipped when lite/ is current; make lite FORCE=1 rebuilds.
lite: $(LITE_STAMP)
	$(BIN)/python tools/lite_build.py $(if $(FORCE),--force,)

# Clear outputs before committing notebooks.
clean-outputs: $(STAMP)
	$(BIN)/python tools/check_notebooks_clean.py --fix
