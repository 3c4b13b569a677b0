#!/bin/sh
# Regenerates the screenshots in this folder from the sample library: home, an incident, search, the action
# register and the incident list, at 1280 px (desktop) and 390 px (phone) wide. Needs the .NET SDK, Chromium, Node
# and npm (puppeteer-core drives Chromium, so a page is shot once its search worker has answered).
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

# Chromium's one-shot --screenshot does not wait for a Web Worker, so the search page would show no results:
# a real browser session waits for each page to settle, and for the results on the search page.
npm install --silent --no-audit --no-fund --prefix "$work/node" puppeteer-core@24 >"$work/npm.log" 2>&1 \
  || { cat "$work/npm.log" >&2; exit 1; }
cat >"$work/shoot.cjs" <<'JS'
const puppeteer = require(process.env.PUPPETEER);
const [chromium, origin, folder] = process.argv.slice(2);
const pages = [["home", "/"], ["incident", "/incidents/2023-02-14-orders-missing-index/"], ["search", "/search/?q=index"],
  ["actions", "/actions/"], ["incidents", "/incidents/"]];
(async () => {
  const browser = await puppeteer.launch({ executablePath: chromium, args: ["--no-sandbox", "--hide-scrollbars", "--force-color-profile=srgb"] });
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    for (const [name, path] of pages) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      await page.goto(origin + path, { waitUntil: "networkidle0" });
      if (name === "search") { await page.waitForSelector(".search-result", { timeout: 15000 }); }
      await page.screenshot({ path: `${folder}/${name}-${width}.png` });
      await page.close();
    }
  }
  await browser.close();
})().catch(e => { console.error(e.message); process.exit(1); });
JS
PUPPETEER="$work/node/node_modules/puppeteer-core" node "$work/shoot.cjs" "$(command -v "$chromium")" "http://127.0.0.1:$port" "$shots"
echo "Wrote $(ls "$shots"/*.png | wc -l) screenshots to $shots"
