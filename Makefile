# Two commands do all the set-up on a fresh machine (python3 + pip only):
#   make demo   - build .venv, ingest the bundled demo corpus, print the events
#   make test   - build .venv, run the test suite (its tests that touch storage
#                 again on PostgreSQL when $STORYLINE_TEST_PG names a server)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DEMO_DB ?= demo.db

.PHONY: demo test venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	rm -f $(VENV)/.installed-*
	touch $@

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/storyline --db $(DEMO_DB) demo $(if $(NO_SERVE),--no-serve,)

# With $STORYLINE_TEST_PG (a postgresql:// URL; `.ci/postgres.sh start DIR` gives
# one) the suite runs a second time with every store on PostgreSQL; the first
# (SQLite) run writes the tests that touch no storage to $(FREE) (tests/storage_free.py)
# and the second leaves them out ("deselected"): they would run the same code again.
FREE := $(VENV)/storage-free-tests
# Both passes run on pytest-xdist workers, one per core (at most 4), a test file
# to a worker (its module fixtures built once): a 2-core CI machine runs the suite
# in a little over half the time.  `make test JOBS=0` runs it in one process.
JOBS ?= auto
XDIST := $(if $(filter 0,$(JOBS)),-p no:xdist,-n $(JOBS) --maxprocesses 4 --dist loadfile)

test: $(STAMP)
	rm -f $(FREE)
	STORYLINE_TEST_STORAGE_FREE=$(CURDIR)/$(FREE) $(BIN)/python -m pytest -q $(XDIST) $(PYTEST_ARGS)
	@if [ -n "$$STORYLINE_TEST_PG" ]; then \
	  echo "== the suite again, storage on PostgreSQL ($$STORYLINE_TEST_PG): the tests that touch storage =="; \
	  STORYLINE_TEST_BACKEND=postgres STORYLINE_TEST_STORAGE_FREE=$(CURDIR)/$(FREE) \
	    $(BIN)/python -m pytest -q $(XDIST) $(PYTEST_ARGS); \
	else \
	  echo "PostgreSQL backend NOT tested: set STORYLINE_TEST_PG=postgresql://... (see README, PostgreSQL)"; \
	fi

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache
