// The explorer's chain view (issue 10): how long the page takes to lay out a node's chain itself (ELK
// bundled into the page, on its main thread), and how big the one offline file is.
/* global document, location -- read inside the page by Playwright's evaluate callbacks */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { benchDir, cli, requireBuild, root } from './_lib.mjs';

requireBuild();
const MAP = 'arguments/soviet-policies-1953.yaml';
const dir = benchDir('explorer');
const page = join(dir, 'soviet-policies-1953.html');
execFileSync(process.execPath, [cli, 'html', MAP, '-o', page], { cwd: root, stdio: 'ignore' });
const bytes = statSync(page).size;
const client = statSync(join(root, 'dist', 'explorer-client.js')).size;
const elk = statSync(join(root, 'node_modules', 'elkjs', 'lib', 'elk.bundled.js')).size;

const RUNS = 7;
const load = loadavg()[0];
const browser = await chromium.launch({ executablePath: process.env.ARGMAP_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const tab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const cdp = await tab.context().newCDPSession(tab);
await cdp.send('Performance.enable');
await tab.goto(pathToFileURL(page).href);
await tab.waitForSelector('body[data-ready="true"]');
const conclusions =
  readFileSync(join(root, MAP), 'utf8')
    .match(/^\s*- id: (\S+)\n\s+kind: conclusion/gm)
    ?.map((m) => /id: (\S+)/.exec(m)[1]) ?? [];

async function threadMs() {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
}

/** Selects `id` through its link and returns the page's own timing and the main thread's CPU time. */
async function time(id) {
  await tab.evaluate(() => (location.hash = ''));
  await tab.waitForFunction(() => document.querySelector('#chain-view')?.hidden !== false);
  const before = await threadMs();
  await tab.evaluate((i) => (location.hash = `#node=${encodeURIComponent(i)}`), id);
  await tab.waitForFunction((i) => document.querySelector('#chain-view')?.getAttribute('data-node') === i, id);
  const cpu = (await threadMs()) - before;
  const view = await tab.$eval('#chain-view', (v) => ({
    ms: Number(v.getAttribute('data-layout-ms')),
    boxes: v.querySelectorAll('g.node, g.inference').length,
    crossings: Number(v.getAttribute('data-crossings')),
    width: Number(v.querySelector('svg').getAttribute('width')),
    height: Number(v.querySelector('svg').getAttribute('height')),
  }));
  return { ...view, cpu };
}

const rows = [];
for (const id of conclusions) rows.push({ id, first: await time(id) });
const largest = rows.reduce((a, b) => (b.first.boxes > a.first.boxes ? b : a));
const warm = [];
for (let k = 0; k < RUNS; k++) warm.push(await time(largest.id));
await browser.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x) => x.toFixed(0);
const out = [
  '## Explorer: chain view laid out in the page',
  '',
  'Commands: `npm run build && node scripts/bench.mjs explorer` (the page is written to `.bench/explorer/`).',
  `Headless Chromium at 1440 × 900 opens the memorandum's explorer page; each conclusion is selected through its`,
  '`#node=` link, which lays its chain out in the page: ELK bundled into the page on the main thread, then the render',
  'layer\'s own boxes and SVG writer. "In page" is the page\'s own `performance.now()` around that work (the',
  '`data-layout-ms` it records); "CPU" is the main thread\'s CPU time over the same selection (Chrome\'s `ThreadTime`',
  'metric), which counts less of other processes on this shared machine. The first conclusion pays for loading ELK',
  `and for the JIT's first pass. Load average while measuring: ${load.toFixed(1)} on ${cpus().length} cores.`,
  '',
  '| conclusion | vertices | crossings | drawing (px) | in page, first selection (ms) | CPU (ms) |',
  '|---|---:|---:|---|---:|---:|',
  ...rows.map((r) => `| ${r.id} | ${r.first.boxes} | ${r.first.crossings} | ${r.first.width}×${r.first.height} | ${f(r.first.ms)} | ${f(r.first.cpu)} |`),
  '',
  `Largest chain (${largest.id}, ${largest.first.boxes} vertices), selected again ${RUNS} times: in page median ${f(median(warm.map((w) => w.ms)))} ms ` +
    `(fastest ${f(Math.min(...warm.map((w) => w.ms)))}), CPU median ${f(median(warm.map((w) => w.cpu)))} ms (least ${f(Math.min(...warm.map((w) => w.cpu)))}). Target: under 300 ms.`,
  '',
  `Page size: ${bytes.toLocaleString('en')} bytes, one offline file; ${client.toLocaleString('en')} of them are the browser script, most of that elkjs` +
    ` (its bundle is ${elk.toLocaleString('en')} bytes before minifying).`,
];
process.stdout.write(out.join('\n') + '\n');
