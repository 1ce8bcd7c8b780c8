#!/usr/bin/env bash
# Instructions one papercut.split costs on a ~16 KB Chinese page, counted by valgrind's callgrind:
# repeatable where wall-clock time on a shared machine is not. Run before and after a change.
#   benchmarks/instructions.sh          # prints e.g. "per split: 72 M instructions"
set -euo pipefail
cd "$(dirname "$0")/.."
script=$(mktemp --suffix=.py)
out=$(mktemp)
trap 'rm -f "$script" "$out"' EXIT
cat > "$script" <<'PY'
import sys
sys.path.insert(0, "benchmarks")
import papercut
from bench import chinese_page, text_caches  # the same Chinese pages the benchmark times
page = chinese_page(16000)
papercut.split(page)  # warm: imports, compiled patterns
# found once: looking for them walks every papercut module (1.25 M instructions), not a split's cost
caches = text_caches()
for _ in range(int(sys.argv[1])):
    for cached in caches:  # a new page of an archive would find nothing in the text caches
        cached.cache_clear()
    papercut.split(page)
PY
count() {
  valgrind --tool=callgrind --callgrind-out-file="$out" .venv/bin/python "$script" "$1" 2>&1 \
    | grep -o "Collected : [0-9]*" | grep -o "[0-9]*"
}
# a first run compiles the patterns into the cache; both counts below must load them alike
.venv/bin/python -c "import papercut; papercut.split('x')"
base=$(count 0)
# 20 splits, not 5: when the cyclic collector's full passes fall moves a 5-split count by up to
# 9 M (the same code read 71 and 80 M); over 20 the count holds within 2 M
many=$(count 20)
echo "per split: $(( (many - base) / 20 / 1000000 )) M instructions"
