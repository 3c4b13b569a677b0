#!/bin/sh
# Regenerates the screenshots in this folder from the sample library: home, an incident, search, the action
# register and the incident list, at 1280 px (desktop) and 390 px (phone) wide. Needs the .NET SDK and Chromium.
# Usage: docs/screenshots/make.sh [port]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
shots="$root/docs/screenshots"
port="${1:-5097}"
chromium="${CHROMIUM:-chromium}"
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

# A plain static server, as GitHub Pages is: serve's live-reload stream would keep the page from ever settling.
dotnet run --project "$root/src/PostmortemSite" -c Release -- \
  build --input "$root/input" --output "$work/site" --site-url "http://127.0.0.1:$port" --ticket-url 'https://tracker.example/browse/{id}' >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >"$work/serve.log" 2>&1 &
server=$!

tries=0
until curl -sf "http://127.0.0.1:$port/" >/dev/null; do
  tries=$((tries + 1))
  if [ "$tries" -gt 600 ]; then echo "serve did not start:" >&2; cat "$work/serve.log" >&2; exit 1; fi
  sleep 0.2
done

shoot() { # name path width height
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-color-profile=srgb \
    --user-data-dir="$work/profile" --window-size="$3,$4" --virtual-time-budget=4000 \
    --screenshot="$shots/$1.png" "http://127.0.0.1:$port$2" >/dev/null 2>&1
}

for size in 1280x900 390x844; do
  width=${size%x*}
  height=${size#*x}
  shoot "home-$width" "/" "$width" "$height"
  shoot "incident-$width" "/incidents/2023-02-14-orders-missing-index/" "$width" "$height"
  shoot "search-$width" "/search/?q=index" "$width" "$height"
  shoot "actions-$width" "/actions/" "$width" "$height"
  shoot "incidents-$width" "/incidents/" "$width" "$height"
done
echo "Wrote $(ls "$shots"/*.png | wc -l) screenshots to $shots"
