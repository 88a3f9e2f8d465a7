# rasd: two commands do all the set-up — `make demo` (main job on the bundled corpus) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= rasd.db
OUT    ?= out
CORPUS ?= corpus/dev

.PHONY: install demo test lint typecheck unit bench seeds clean compiled pure

$(BIN)/rasd: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

install: $(BIN)/rasd

demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/rasd run $(CORPUS) --meta $(CORPUS)/meta.jsonl --db $(DB)
	$(BIN)/rasd show --db $(DB)
	mkdir -p $(OUT)
	$(BIN)/rasd export --db $(DB) --what events --format jsonl -o $(OUT)/events.jsonl
	$(BIN)/rasd export --db $(DB) --what mentions --format jsonl -o $(OUT)/mentions.jsonl
	$(BIN)/rasd export --db $(DB) --what events --format acled -o $(OUT)/events_acled.csv
	$(BIN)/rasd export --db $(DB) --what events --format csv -o $(OUT)/events.csv
	$(BIN)/rasd export --db $(DB) --what events --format geojson -o $(OUT)/events.geojson
	$(BIN)/rasd eval $(CORPUS)/gold.jsonl --db $(DB) | head -4
	@echo "exports written to $(OUT)/"

lint: install
	$(BIN)/ruff check src tests tools bench

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest

test: lint typecheck unit

seeds: install
	rm -f /tmp/rasd-seeds.db*
	$(BIN)/rasd run ../shared/seeds --meta ../shared/seeds/meta.jsonl --db /tmp/rasd-seeds.db
	$(BIN)/rasd eval ../shared/gold/seeds.jsonl --db /tmp/rasd-seeds.db

bench: install
	$(BIN)/python bench/bench_throughput.py
	$(BIN)/python bench/bench_language.py

# Opt-in speed: compile the engine's modules with mypyc in place (SET=hot for the recognition/frame/claim families
# only); `make pure` removes them. tests/test_compiled.py checks compiled against pure output when they are present.
SET ?= engine
compiled: install
	$(BIN)/python tools/build_compiled.py --set $(SET)

pure:
	$(PYTHON) tools/build_compiled.py --clean

clean: pure
	rm -rf $(VENV) $(OUT) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache .ruff_cache
