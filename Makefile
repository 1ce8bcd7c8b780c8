# Everything a newcomer needs: `make demo` runs papercut on a shipped page, `make test` runs
# the tests. Both create the virtual environment in .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: demo test lint bench fuzz mutation clean

$(BIN)/papercut: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	@touch $@

demo: $(BIN)/papercut
	$(BIN)/papercut split --text samples/zhejiang-2018-03-30.txt
	@echo "--- the same page as JSON, headlines only:"
	$(BIN)/papercut split samples/zhejiang-2018-03-30.txt | $(BIN)/python -c \
	  'import json,sys; [print(a["headline"]) for a in json.load(sys.stdin)["articles"]]'

test: $(BIN)/papercut
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(BIN)/papercut
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: $(BIN)/papercut
	$(BIN)/python benchmarks/bench.py

# coverage-guided fuzzing of decode, split and normalize (tools/fuzz.py): a million inputs,
# about an hour on one core; not part of `make test` or CI
FUZZ_RUNS ?= 1000000
fuzz: $(BIN)/papercut
	$(BIN)/python -m pip install --quiet -e '.[fuzz]'
	nice -n 10 $(BIN)/python tools/fuzz.py -runs=$(FUZZ_RUNS) -max_len=1024 -timeout=10 -print_final_stats=1

# slow (an hour or more on two cores) and never part of CI: the score per module, then
# `.venv/bin/mutmut results` lists the survivors. MODULES="punct read" runs only those.
mutation: $(BIN)/papercut
	$(BIN)/python -m pip install --quiet -e '.[dev,dask,mutation]'
	nice -n 10 $(BIN)/python tools/mutation.py $(MODULES)

clean:
	rm -rf $(VENV) fuzz-corpus mutants build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
