#!/usr/bin/env bash
# Measures serve's edit-to-reload time: starts `postmortemsite serve` on a copy of a generated library, waits for
# the first build, then saves one postmortem EDITS times and times each save until the reload event reaches a
# client on the live-reload stream, waiting for the background rebuild between edits (or only PAUSE seconds, so
# each edit lands while a rebuild runs).
#   bench/serve-latency.sh [count]        default: 10000 incidents
#   EDITS=20 PORT=5199 SEED=1 WORK=/tmp/pm-bench bench/serve-latency.sh 1000
#   PAUSE=3 bench/serve-latency.sh        edits during background rebuilds
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-10000}"
edits="${EDITS:-10}"
port="${PORT:-5199}"
seed="${SEED:-1}"
work="${WORK:-${TMPDIR:-/tmp}/postmortemsite-bench}"
library="$work/$count/input"
copy="$work/serve-$count"

echo "building the Release CLI and the generator once"
dotnet build -c Release "$repo/src/PostmortemSite" -v quiet -nologo >/dev/null
cli="$repo/src/PostmortemSite/bin/Release/net10.0/postmortemsite.dll"
if [ ! -d "$library" ]; then
  echo "generating $count incidents into $library"
  dotnet build -c Release "$repo/bench/PostmortemSite.Bench" -v quiet -nologo >/dev/null
  dotnet "$repo/bench/PostmortemSite.Bench/bin/Release/net10.0/PostmortemSite.Bench.dll" generate --count "$count" --seed "$seed" --out "$library" >/dev/null
fi

# The library is shared with bench/run.sh: edit a copy, never the original.
rm -rf "$copy"
mkdir -p "$copy"
cp -r "$library" "$copy/input"
postmortem="$(find "$copy/input" -name '*.md' | sort | sed -n '2p')"

dotnet "$cli" serve --input "$copy/input" --output "$copy/output" --port "$port" >"$copy/serve.log" 2>&1 &
serve=$!
# TERM, not INT: a script's background jobs ignore SIGINT. serve stops cleanly on either.
trap 'kill -TERM "$serve" 2>/dev/null || true; wait "$serve" 2>/dev/null || true' EXIT

echo "waiting for the first build of $count incidents"
until grep -q '^Serving ' "$copy/serve.log"; do
  kill -0 "$serve" 2>/dev/null || { echo "serve stopped:" >&2; tail -20 "$copy/serve.log" >&2; exit 1; }
  sleep 1
done
grep '^Built ' "$copy/serve.log" || true

echo "editing $(basename "$postmortem") $edits times"
python3 "$repo/bench/serve-latency.py" "http://127.0.0.1:$port/" "$postmortem" "$copy/serve.log" "$edits" ${PAUSE:+"$PAUSE"}
echo "serve's own account (quick updates and background rebuilds):"
grep -E '^(Updated|Rebuilt|Build failed)' "$copy/serve.log" | tail -n $((edits * 2))
