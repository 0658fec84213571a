#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite: unit tests, example site
# plugins' own tests, and the quality gates on ../shared when it is present.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
PY=.venv/bin/python
$PY -m pip install -q -e '.[test,batch,dask,scrapy]'
for ex in examples/*/; do
  [ -f "$ex/pyproject.toml" ] && $PY -m pip install -q "$ex"
done
$PY -m pytest tests -p no:cacheprovider
for ex in examples/*/; do
  [ -d "$ex/tests" ] && $PY -m pytest "$ex/tests" -p no:cacheprovider
done
# Quality gates on the shared benchmark pages (skipped when ../shared is absent).
for gate in bench/gate.py bench/charset_gate.py; do
  [ -f "$gate" ] && $PY "$gate"
done
if [ -d ../shared/seed ]; then
  $PY ../shared/seed/check.py
  $PY ../shared/seed/check.py --html
fi
