#!/usr/bin/env bash
# Builds synthetic libraries of each size with PostmortemSite and with Hugo, alternately, several times,
# and reports median wall time, peak memory and output sizes in bench/results.md, with start-up (a build of an
# empty library) on its own line. The CLI is published precompiled (ReadyToRun) as the installed tool ships.
#   bench/run.sh [sizes...]        default: 1000 10000 50000 (about 12 minutes; pass 1000 10000 for a quick run)
#   RUNS=5 SEED=1 WORK=/tmp/pm-bench SEARCH_BUDGET=0 bench/run.sh 1000 10000
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 50000)
runs="${RUNS:-3}"
seed="${SEED:-1}"
work="${WORK:-${TMPDIR:-/tmp}/postmortemsite-bench}"
results="$repo/bench/results.md"

if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y time >/dev/null; else echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; fi
fi
hugo_bin="$(command -v hugo || true)"
if [ -z "$hugo_bin" ] && [ "$(id -u)" = 0 ]; then
  apt-get install -y hugo >/dev/null 2>&1 || true
  hugo_bin="$(command -v hugo || true)"
fi
[ -z "$hugo_bin" ] && echo "hugo is not installed and cannot be installed here: measuring PostmortemSite alone." >&2

echo "publishing the Release CLI (ReadyToRun, as the tool package) and building the generator once"
rm -rf "$work/cli"
dotnet publish -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
  -o "$work/cli" "$repo/src/PostmortemSite" -v quiet -nologo >/dev/null
dotnet build -c Release "$repo/bench/PostmortemSite.Bench" -v quiet -nologo >/dev/null
cli="$work/cli/postmortemsite.dll"
generator="$repo/bench/PostmortemSite.Bench/bin/Release/net10.0/PostmortemSite.Bench.dll"

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Runs a command under /usr/bin/time and appends "seconds peak-KB" to the file given first.
measure() {
  local into="$1"; shift
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { echo "failed: $*" >&2; tail -20 "$work/last.log" >&2; exit 1; }
  cat "$work/time.txt" >>"$into"
}
kb() { du -sk "$1" | cut -f1; }
files() { find "$1" -type f | wc -l; }

mkdir -p "$work"
{
  echo "# Benchmark results"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM,"
  hugo_version="not run"; [ -n "$hugo_bin" ] && hugo_version="$("$hugo_bin" version | cut -d' ' -f2)"
  echo "seed $seed, median of $runs alternating runs; Hugo $hugo_version. The machine may be shared: compare ratios from one run."
  echo
  echo "| Incidents | Ours (s) | Ours peak (MB) | Hugo (s) | Hugo peak (MB) | Ours / Hugo | Ours cached, one edit (s) | Our output (MB, files) | Search index (KB, files) | Hugo output (MB, files) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$results.tmp"

# Start-up: what every build pays before its first incident (runtime, JIT, theme assets, writing the empty site).
mkdir -p "$work/empty/input"
: >"$work/startup.txt"
for r in $(seq "$runs"); do
  rm -rf "$work/empty/out"
  measure "$work/startup.txt" dotnet "$cli" build --input "$work/empty/input" --output "$work/empty/out"
done
startup_s=$(cut -d' ' -f1 "$work/startup.txt" | median)
startup_mb=$(cut -d' ' -f2 "$work/startup.txt" | median | awk '{ printf "%.0f", $1 / 1024 }')

declare -A ours_seconds
for n in "${sizes[@]}"; do
  lib="$work/$n"
  if [ ! -f "$lib/.seed-$seed" ]; then
    echo "generating $n incidents"
    rm -rf "$lib"
    dotnet "$generator" generate --count "$n" --seed "$seed" --out "$lib/input" ${hugo_bin:+--hugo "$lib/hugo"} >/dev/null
    touch "$lib/.seed-$seed"
  fi
  : >"$work/ours.txt"; : >"$work/hugo.txt"
  for r in $(seq "$runs"); do
    echo "size $n run $r/$runs: PostmortemSite"
    rm -rf "$lib/out"
    measure "$work/ours.txt" dotnet "$cli" build --input "$lib/input" --output "$lib/out"
    if [ -n "$hugo_bin" ]; then
      echo "size $n run $r/$runs: Hugo"
      rm -rf "$lib/hugo-out"
      measure "$work/hugo.txt" "$hugo_bin" --quiet --source "$lib/hugo" --destination "$lib/hugo-out"
    fi
  done
  # Cached builds, reported apart from the clean ones the targets are about: a copy of the library whose first
  # postmortem gets one more sentence before each run, built with a page cache filled by one build beforehand.
  rm -rf "$lib/cached-input" "$lib/cache" "$lib/cached-out"
  cp -r "$lib/input" "$lib/cached-input"
  edited="$(find "$lib/cached-input" -name '*.md' | sort | sed -n 1p)"  # sed reads to the end: head would close the pipe and pipefail end the script
  dotnet "$cli" build --input "$lib/cached-input" --output "$lib/cached-out" --cache "$lib/cache" >/dev/null 2>&1
  : >"$work/cached.txt"
  for r in $(seq "$runs"); do
    echo "size $n run $r/$runs: PostmortemSite with the page cache, one postmortem edited"
    echo "Edited before cached run $r." >>"$edited"
    measure "$work/cached.txt" dotnet "$cli" build --input "$lib/cached-input" --output "$lib/cached-out" --cache "$lib/cache"
  done
  cached_s=$(cut -d' ' -f1 "$work/cached.txt" | median)
  ours_s=$(cut -d' ' -f1 "$work/ours.txt" | median)
  ours_mb=$(cut -d' ' -f2 "$work/ours.txt" | median | awk '{ printf "%.0f", $1 / 1024 }')
  ours_seconds[$n]=$ours_s
  out="$(kb "$lib/out" | awk '{ printf "%.1f", $1 / 1024 }'), $(files "$lib/out")"
  search="$(kb "$lib/out/search"), $(files "$lib/out/search")"
  if [ -n "$hugo_bin" ]; then
    hugo_s=$(cut -d' ' -f1 "$work/hugo.txt" | median)
    hugo_mb=$(cut -d' ' -f2 "$work/hugo.txt" | median | awk '{ printf "%.0f", $1 / 1024 }')
    ratio=$(awk -v a="$ours_s" -v b="$hugo_s" 'BEGIN { printf "%.2f", a / b }')
    hugo_out="$(kb "$lib/hugo-out" | awk '{ printf "%.1f", $1 / 1024 }'), $(files "$lib/hugo-out")"
  else
    hugo_s="-"; hugo_mb="-"; ratio="-"; hugo_out="-"
  fi
  echo "| $n | $ours_s | $ours_mb | $hugo_s | $hugo_mb | $ratio | $cached_s | $out | $search | $hugo_out |" | tee -a "$results.tmp"
done

echo >>"$results.tmp"
echo "Start-up (a build of an empty library, median of $runs): $startup_s s, peak $startup_mb MB." | tee -a "$results.tmp"

if [ -n "${ours_seconds[10000]:-}" ] && [ -n "${ours_seconds[50000]:-}" ]; then
  echo >>"$results.tmp"
  awk -v a="${ours_seconds[50000]}" -v b="${ours_seconds[10000]}" \
    'BEGIN { printf "Scaling: our 50,000 build takes %.2f times our 10,000 build (target: at most 5.5).\n", a / b }' | tee -a "$results.tmp"
fi

if [ "${SEARCH_BUDGET:-1}" != 0 ]; then
  # The first search's requests and bytes at 10,000 incidents, measured by the search budget test.
  echo >>"$results.tmp"
  echo "First search at 10,000 incidents (requests, data read by a cold engine):" >>"$results.tmp"
  echo '```' >>"$results.tmp"
  dotnet test "$repo/tests/PostmortemSite.Tests" --filter "FullyQualifiedName~SearchBudgetTests" \
    --logger "console;verbosity=detailed" 2>&1 | grep -E 'requests|generated and indexed' | sed 's/^ *//' >>"$results.tmp" || true
  echo '```' >>"$results.tmp"
fi

mv "$results.tmp" "$results"
echo "wrote $results"
