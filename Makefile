# The two commands of the README are `make run` and `make test`; the rest are
# for developers. Every target installs what is missing first.
PY := .venv/bin/python

.PHONY: run test bench train install system-deps clean

run: install
	@$(PY) -m bot run

test: install system-deps
	@$(PY) -m bot train
	@$(PY) -m pytest

bench: install system-deps
	@$(PY) -m bot train
	@$(PY) scripts/bench.py

train: install
	@$(PY) -m bot train

install:
	@bash scripts/bootstrap.sh

# Servers and the browser that the test suite starts for real.
system-deps:
	@bash scripts/system_deps.sh

clean:
	rm -rf .venv models var .rasa results
