#!/usr/bin/env bash
# Rebuild every development set from snapshots of its public source, in one go.
#
#   bash bench/build_devsets.sh MIRRORS [OUT]
#
# MIRRORS holds one bare git directory per source, as OWNER+NAME/repo (e.g. flairNLP+fundus/repo);
# a source whose directory is missing is skipped with a note. OUT defaults to ../devsets (the pages
# are third-party data and never go into the repository). Each converter's own docstring says what it
# keeps and why; the text-dump variants (<name>_text) and fundus_snippets are derived at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
M=${1:?usage: bench/build_devsets.sh MIRRORS [OUT]}
OUT=${2:-../devsets}
PY=${PYTHON:-python3}
build() {  # build OWNER+NAME SCRIPT [ARGS...]
  local src=$M/$1/repo; shift
  if [ -d "$src" ]; then "$PY" "$@" "$src" --out "$OUT" >/dev/null || echo "failed: $*" >&2
  else echo "skipped (no $src): $*" >&2; fi
}
build flairNLP+fundus bench/devset.py fundus
build flairNLP+fundus bench/devset.py fundus_history
build goose3+goose3 bench/devset.py goose3
build AndyTheFactory+newspaper4k bench/devset.py newspaper4k
build tiptopjaw+web-content-extraction-benchmark bench/devset_webbench.py --snippets
build j-szulc+html-cleaning-dataset-merged bench/devset_cleaneval.py
build j-szulc+html-cleaning-dataset-merged bench/devset_cleaneval.py --source dragnet
build kepano+defuddle bench/devset_defuddle.py
build kepano+defuddle bench/devset_defuddle.py --patterns
build jocmp+mercury-parser-kt bench/devset_mercury.py
build MSVCode+ir-research-data bench/devset_big9chaos.py
build krdwrd+data bench/devset_canola.py
build sakata-yusuke-75+boilernet_japanese bench/devset_googletrends.py --rev f40a7a7
build adbar+htmldate bench/devset_htmldate.py
build TurkuNLP+WAC-XII bench/devset_wac12.py
build leogao2+htmltotext-benchmark bench/devset_htmltotext.py
[ -d "$OUT/fundus" ] && "$PY" bench/devset_snippets.py "$OUT/fundus" >/dev/null
"$PY" bench/devset_text.py build-all "$OUT"
