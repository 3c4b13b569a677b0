// Input latency of the search page in Chromium: types queries into search/ one key at a time, as a person does
// (120 ms apart), and reports the Event Timing durations of the key and input events (from the key press to the
// next frame painted), the measure behind Interaction to Next Paint. Per key press it takes the longest of its
// events (one interaction); Chromium reports none under 16 ms, so a key with no entry counts as under 16 ms.
// RUNS=3 types each query three times, in fresh pages, and pools the key presses. PAUSE=400 (ms) after each word.
//   npm i --prefix bench/node puppeteer-core   (once)
//   node bench/search-input-latency.mjs SITE_FOLDER   (a built site, e.g. of 10,000 generated incidents)
// CHROME_PATH defaults to /usr/bin/chromium. The site is served from a local port by Python's http.server.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, 'node', 'package.json'));
const puppeteer = require('puppeteer-core');
const site = process.argv[2];
if (!site) { console.error('usage: node bench/search-input-latency.mjs SITE_FOLDER'); process.exit(2); }
const port = Number(process.env.PORT || 8798);
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', site], { stdio: 'ignore' });
const queries = ['deadlock', 'certificate expired', 'replication lag', 'checkout latency service:checkout', 'why did checkout get slow after the deploy'];

const show = (ms) => (ms === 0 ? 'under 16 ms' : `${ms} ms`);
const percentile = (values, p) => values.length === 0 ? 0 : values.slice().sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];

try {
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
  const runs = Number(process.env.RUNS || 1);
  const pause = Number(process.env.PAUSE || 400);
  const all = [];
  for (const query of queries) {
   const presses = [];
   let slow = 0;
   for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      window.__events = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__events.push({ name: e.name, duration: e.duration, interaction: e.interactionId })))
        .observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'load' });
    await page.click('#search-page-q');
    // A pause after each word, as people make, lets results render while the next word is typed.
    for (const key of query) {
      await page.keyboard.type(key);
      await new Promise((resolve) => setTimeout(resolve, key === ' ' ? pause : 120));
    }
    await page.waitForSelector(`[data-search-results][data-query="${query}"] .search-result`, { timeout: 30000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const events = await page.evaluate(() => window.__events);
    const keys = events.filter((e) => ['keydown', 'keypress', 'keyup', 'input', 'beforeinput'].includes(e.name)).map((e) => e.duration);
    slow += keys.length;
    const byPress = new Map();
    events.filter((e) => e.interaction > 0).forEach((e) => byPress.set(e.interaction, Math.max(byPress.get(e.interaction) || 0, e.duration)));
    const measured = [...byPress.values()];
    presses.push(...measured, ...new Array(Math.max(0, query.length - measured.length)).fill(0));
    await page.close();
   }
   all.push(...presses);
   console.log(`${query.padEnd(36)} ${query.length} keys x ${runs}  events over 16 ms: ${slow}  per key: median ${show(percentile(presses, 0.5))}  p75 ${show(percentile(presses, 0.75))}  max ${show(Math.max(...presses))}`);
  }
  console.log(`${'all key presses'.padEnd(36)} ${all.length}  median ${show(percentile(all, 0.5))}  p75 ${show(percentile(all, 0.75))}  max ${show(Math.max(...all))}`);
  await browser.close();
} finally {
  server.kill();
}
