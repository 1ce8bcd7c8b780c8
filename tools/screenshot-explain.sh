#!/usr/bin/env bash
# Look at `papercut explain --html` as a person would: render it in headless Chromium and save a
# screenshot. Needs Debian's chromium (apt-get install chromium fonts-noto-cjk).
#   tools/screenshot-explain.sh samples/zhejiang-2018-03-30.txt /tmp/explain.png
set -euo pipefail
page=${1:-samples/zhejiang-2018-03-30.txt}
png=${2:-explain.png}
html=$(mktemp --suffix=.html)
profile=$(mktemp -d)
trap 'rm -rf "$html" "$profile"' EXIT
"$(dirname "$0")/../.venv/bin/papercut" explain --html -o "$html" "$page"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" \
  --window-size=1400,1000 --screenshot="$png" "file://$html" 2>/dev/null
echo "$png"
