#!/usr/bin/env bash
# Times search queries in headless Chromium against a built site's index, once the files a query needs are loaded.
# Usage: bench/search-latency.sh SITE_FOLDER   (a site built with `postmortemsite build`, e.g. of 10,000 generated incidents)
set -euo pipefail
site=${1:?usage: bench/search-latency.sh SITE_FOLDER}
here=$(cd "$(dirname "$0")" && pwd)
port=${PORT:-8799}
cp "$here/search-latency.html" "$site/search-latency.html"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
profile=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$profile" "$site/search-latency.html"' EXIT
sleep 1
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" --dump-dom "http://127.0.0.1:$port/search-latency.html" 2>/dev/null \
  | sed -n '/^<\/head><body><pre id="out">DONE/,/<\/pre>/p' | sed -e 's/.*DONE//' -e 's/<\/pre>.*//' | sed '/^$/d'
