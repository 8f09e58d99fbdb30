# Two commands set everything up: `make book` and `make test`.
# Each target creates .venv on first use and reinstalls only when requirements change.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000
BOOK_INDEX := _build/html/index.html

.PHONY: book test check lint validate lab notebook serve outputs clean instructor bench answer-keys cartridge pool slides pdf release epub

# The Jupyter server setting that saves a student copy with reminders, not dead widgets (therapybook/student/save_hook.py).
SERVER_CONFIG := jupyter-config/jupyter_server_config.d/therapybook.json
# JupyterLab's defaults for the students' Lab: render every cell, so a link to a section lands on its heading
# (with Lab's default windowing, cells not yet drawn have guessed heights and the link stops short of it).
LAB_SETTINGS := jupyter-config/lab/overrides.json

$(STAMP): requirements.txt pyproject.toml $(SERVER_CONFIG) $(LAB_SETTINGS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	mkdir -p $(VENV)/etc/jupyter/jupyter_server_config.d
	cp $(SERVER_CONFIG) $(VENV)/etc/jupyter/jupyter_server_config.d/
	mkdir -p $(VENV)/share/jupyter/lab/settings
	cp $(LAB_SETTINGS) $(VENV)/share/jupyter/lab/settings/overrides.json
	touch $(STAMP)

book: $(STAMP)
	$(BIN)/jupyter-book build . --warningiserror --keep-going --quiet
	@echo "The book is at $(abspath $(BOOK_INDEX))"

# Lint first: a style or type error fails fast, before the slower book and browser tests.
# The tests run in parallel workers, one per core (pytest-xdist). A test file stays in one worker (so a notebook's
# cells run in order in one kernel and a file's Jupyter server starts once) unless tests/run_order.py shares its
# tests out; the book, the EPUB and the instructor edition are built once for all workers (tests/run_once.py).
# They start in the order tests/run_order.py sets (the book's build first, and beside it every test that does not
# read the book), which --no-loadscope-reorder keeps. JOBS=1 runs them one at a time.
# The 15 slowest tests are listed at the end, so a new slow one gets noticed.
JOBS ?= auto
PARALLEL := $(if $(filter 1,$(JOBS)),,-n $(JOBS) --dist loadscope --no-loadscope-reorder)

test: lint
	$(BIN)/python -m pytest $(PARALLEL) --durations=15

# The edit–test loop, under a minute: lint, then the tests that need no built book, browser or notebook run.
check: lint
	$(BIN)/python -m pytest $(PARALLEL) tests/unit tests/contract tests/widget

lint: $(STAMP)
	$(BIN)/ruff check therapybook scripts tests
	$(BIN)/ruff format --check therapybook scripts tests
	$(BIN)/mypy

# The instructor edition: answer keys generated from the banks, a site of its own (no notebook runs).
INSTRUCTOR_INDEX := _build/instructor/_build/html/index.html

instructor: $(STAMP)
	$(BIN)/jupyter-book build instructor --path-output _build/instructor --warningiserror --keep-going --quiet
	@echo "The instructor edition is at $(abspath $(INSTRUCTOR_INDEX))"

# One printable answer key per chapter (PDF; options lettered A, B, C... as students see them), for marking by hand.
ANSWER_KEYS := _build/answer-keys

answer-keys: $(STAMP)
	$(BIN)/python -m therapybook answer-keys --out $(ANSWER_KEYS) --force

# The whole course as one Common Cartridge 1.1 file (.imscc) for Canvas, Moodle, Blackboard or Brightspace.
# Chapters link to html.baseurl in _config.yml if set; otherwise the cartridge holds them, from the book just built.
EXPORTS := _build/exports

cartridge: book
	$(BIN)/python -m therapybook export --format cc --out $(EXPORTS) --force

# The assessment pool for graded use (assessment/): Moodle GIFT, Canvas QTI and the cases' marking sheets.
POOL := _build/pool

pool: $(STAMP)
	$(BIN)/python -m therapybook export --pool --format gift --out $(POOL)/moodle --force
	$(BIN)/python -m therapybook export --pool --format qti --out $(POOL)/canvas --force
	$(BIN)/python -m therapybook export --pool --format sheets --out $(POOL)/marking --force

# Lecture slides per chapter, made from the chapter: an offline HTML deck and a PDF (printed by Chromium) each.
SLIDES := _build/slides

slides: $(STAMP)
	$(BIN)/python -m therapybook slides --out $(SLIDES) --force

# The book on paper, printed by Debian's Chromium: _build/pdf/therapybook-<version>-a4.pdf and -letter.pdf, and each
# chapter in both sizes in _build/pdf/chapters/ (the chapter PDFs come from the cache `make book` fills).
pdf: book
	$(BIN)/python -m therapybook pdf --html _build/html --out _build/pdf

# The book for e-readers: _build/epub/therapybook-<version>.epub (EPUB 3, the same parts as the PDF; checked by
# Debian's epubcheck in the tests).
epub: book
	$(BIN)/python -m therapybook epub --html _build/html --out _build/epub

# Everything a release offers, in _build/release/ (the release workflow attaches it to the GitHub release).
RELEASE_EXPORTS := _build/release-exports

release: pdf epub instructor cartridge slides pool
	rm -rf $(RELEASE_EXPORTS)
	$(BIN)/python -m therapybook export --format gift --out $(RELEASE_EXPORTS)/gift
	$(BIN)/python -m therapybook export --format qti --out $(RELEASE_EXPORTS)/qti
	$(BIN)/python -m therapybook release --out _build/release

# Check every content file and citation key; prints the file, item and field of each problem.
validate: $(STAMP)
	$(BIN)/python -m therapybook validate

# Jupyter refuses to start as root; containers and course VMs often run as root.
LAB_FLAGS := $(if $(filter 0,$(shell id -u)),--allow-root)

# Students work in their own copies in student/ (ignored by git): the chapters in notebooks/ never change,
# and a copy already there is never overwritten.
STUDENT := student

lab: $(STAMP)
	$(BIN)/python -m therapybook student-copies $(STUDENT)
	$(BIN)/jupyter lab $(LAB_FLAGS) $(STUDENT)/

notebook: $(STAMP)
	$(BIN)/python -m therapybook student-copies $(STUDENT)
	$(BIN)/jupyter notebook $(LAB_FLAGS) $(STUDENT)/

serve: $(STAMP)
	@test -f $(BOOK_INDEX) || $(MAKE) book
	@echo "Serving the book at http://127.0.0.1:$(PORT)/ (Ctrl+C to stop)"
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory _build/html

# Build times, notebook test cost, page weight, quiz response and first paint on a throttled phone against their
# targets: a markdown table in _build/bench.md (a measurement, not a test; it rebuilds the book from clean, about
# 5 minutes, then loads every chapter 3 times on the throttled phone, about 3 minutes).
# One part on the book already built: .venv/bin/python scripts/bench.py --only throttled
bench: $(STAMP)
	$(BIN)/python scripts/bench.py

# After editing a chapter or its data: re-run the notebooks and store the outputs nbval compares.
outputs: $(STAMP)
	$(BIN)/python scripts/refresh_outputs.py

clean:
	rm -rf _build
