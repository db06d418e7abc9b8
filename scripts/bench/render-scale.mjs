// Bench: `argmap render` on big maps: the whole map laid out in full up to the drawing limit, and past it
// the overview drawn instead (with its note on stderr), up to a million nodes. Seeded synthetic maps of the
// check bench (scripts/bench/_synthetic-map.mjs). Prints one Markdown section; `node scripts/bench.mjs
// render-scale` runs it alone (after `npm run build`). Target: every size finishes, 10k nodes under 10 s.
// The layout runs in a worker thread, so CPU time (the process's, all threads) is reported beside wall time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, requireBuild, root, writeWhole } from './_lib.mjs';
import { generate } from './_synthetic-map.mjs';

const dir = benchDir('render-scale');
const out = benchDir('render-scale', 'out');
requireBuild();

const RUNNER = `
import { main } from ${JSON.stringify(join(root, 'dist', 'cli', 'main.js'))};
let out = '';
let err = '';
const t0 = performance.now();
const c0 = process.cpuUsage();
const code = await main(process.argv.slice(1), { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, isTTY: false });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ code, ms, cpu: (cpu.user + cpu.system) / 1000, out, err, rss: process.resourceUsage().maxRSS * 1024 }));
`;

const { DRAWING_LIMIT } = await import(join(root, 'dist', 'render', 'render.js'));
const sizes = [1_000, 2_000, 3_000, 10_000, 100_000, 1_000_000];
const rows = [];
for (const n of sizes) {
  // The check bench's files where they exist (same generator and seed), else this bench's own.
  const shared = join(root, '.bench', `check-${n}.json`);
  const file = existsSync(shared) ? shared : join(dir, `map-${n}.json`);
  const map = file === shared ? undefined : generate(n, 20260 + n);
  if (map && !existsSync(file)) writeWhole(file, JSON.stringify(map));
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', '--input-type=module', '-e', RUNNER, 'render', file, '--stats', '--out-dir', out], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const wall = performance.now() - t0;
  if (run.status !== 0) throw new Error(`render of ${n} nodes failed (${run.status}): ${run.stderr}`);
  const r = JSON.parse(run.stdout);
  if (r.code !== 0) throw new Error(`render of ${n} nodes exited ${r.code}: ${r.err}`);
  const stats = /: (\d+) nodes, (\d+) inferences, (\d+) edges/.exec(r.out);
  const boxes = /holds (\d+) boxes/.exec(r.err);
  rows.push({
    n,
    wall,
    inner: r.ms,
    cpu: r.cpu,
    rss: r.rss / 2 ** 20,
    drawn: boxes ? `overview (${Number(boxes[1]).toLocaleString('en')} boxes)` : `full: ${stats[1]} nodes, ${stats[2]} inferences, ${stats[3]} edges`,
  });
  process.stderr.write(`render-scale: ${n} nodes ${(wall / 1000).toFixed(1)} s\n`);
}

const fmt = (x, d = 2) => x.toFixed(d);
const lines = [
  '## Render of big maps (`argmap render` past the drawing limit)',
  '',
  `The whole map of seeded synthetic maps (the check bench's generator: 0.4 inferences per node, relations of every kind), \`argmap render <map> --stats\` in a fresh process. Up to ${DRAWING_LIMIT.boxes.toLocaleString('en')} boxes (nodes and inferences) and ${DRAWING_LIMIT.links.toLocaleString('en')} links ELK lays the map out in full; past that render draws the overview (one box per section, or per locator part) and says so on stderr, so every size finishes. CPU time is the process's, the ELK worker thread included; wall time on a shared machine is mostly other people's work.`,
  '',
  '```',
  "node scripts/bench.mjs render-scale    # maps in .bench/render-scale/ (or the check bench's .bench/check-*.json)",
  'argmap render .bench/check-1000000.json --stats',
  '```',
  '',
  '| nodes | drawn as | wall (s) | in main (s) | CPU in main (s) | peak RSS (MB) |',
  '|---:|---|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${r.drawn} | ${fmt(r.wall / 1000)} | ${fmt(r.inner / 1000)} | ${fmt(r.cpu / 1000)} | ${fmt(r.rss, 0)} |`),
];
process.stdout.write(lines.join('\n') + '\n');
