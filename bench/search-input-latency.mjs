// Input latency of the search page in Chromium: types queries into search/ one key at a time, as a person does
// (120 ms apart), and reports the Event Timing durations of the key and input events (from the key press to the
// next frame painted), the measure behind Interaction to Next Paint.
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
const queries = ['deadlock', 'certificate expired', 'replication lag', 'checkout latency service:checkout'];

const percentile = (values, p) => values.length === 0 ? 0 : values.slice().sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];

try {
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
  for (const query of queries) {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      window.__events = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__events.push({ name: e.name, duration: e.duration })))
        .observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'load' });
    await page.click('#search-page-q');
    await page.keyboard.type(query, { delay: 120 });
    await page.waitForSelector(`[data-search-results][data-query="${query}"] .search-result`, { timeout: 30000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const events = await page.evaluate(() => window.__events);
    const keys = events.filter((e) => ['keydown', 'keypress', 'keyup', 'input', 'beforeinput'].includes(e.name)).map((e) => e.duration);
    const longTasks = await page.evaluate(() => performance.getEntriesByType('longtask').length);
    console.log(`${query.padEnd(36)} ${query.length} keys  events over 16 ms: ${keys.length}  p75 ${percentile(keys, 0.75)} ms  max ${keys.length ? Math.max(...keys) : 0} ms`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
