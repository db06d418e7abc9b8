// Bench: `argmap check` end to end (fresh process: start-up, load, every rule, JSON output) on seeded
// synthetic argument maps of 10k, 100k and 1M nodes. The source-text rules are skipped: synthetic maps
// have no documents. Prints one Markdown section; `node scripts/bench.mjs check` runs it alone (after
// `npm run build`). Targets: 100k nodes under 3 s and 1 GB, 1M nodes under 6 s and 1.5 GB; 10x the nodes at
// most 11x the time. Growth is judged on CPU time, which other work on a shared machine disturbs far less
// than wall time. Then the 1M map's check step by step, to show where the time goes.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, requireBuild, root, writeWhole } from './_lib.mjs';
import { generate } from './_synthetic-map.mjs';

const dir = benchDir();
requireBuild();

// Runs the CLI in a fresh process and reports its wall time and peak RSS; output is counted, not kept.
const RUNNER = `
import { main } from ${JSON.stringify(join(root, 'dist', 'cli', 'main.js'))};
let bytes = 0;
const t0 = performance.now();
const c0 = process.cpuUsage();
const code = await main(process.argv.slice(1), { stdout: (t) => { bytes += t.length; }, stderr: (t) => process.stderr.write(t), isTTY: false });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ code, ms, cpu: (cpu.user + cpu.system) / 1000, bytes, rss: process.resourceUsage().maxRSS * 1024 }));
`;

const sizes = [10_000, 100_000, 1_000_000];
const rows = [];
for (const n of sizes) {
  const file = join(dir, `check-${n}.json`);
  if (!existsSync(file)) writeWhole(file, JSON.stringify(generate(n, 20260 + n)));
  const args = ['check', '--format', 'json', file];
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', '--input-type=module', '-e', RUNNER, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  const wall = performance.now() - t0;
  if (run.status !== 0) throw new Error(`check on ${n} nodes failed (${run.status}): ${run.stderr}`);
  const r = JSON.parse(run.stdout);
  if (r.code > 1) throw new Error(`check on ${n} nodes exited ${r.code}: ${run.stderr}`);
  rows.push({ n, mb: statSync(file).size / 2 ** 20, wall, inner: r.ms, cpu: r.cpu, rss: r.rss / 2 ** 20, out: r.bytes / 2 ** 20 });
  process.stderr.write(`check: ${n} nodes ${(wall / 1000).toFixed(2)} s\n`);
}

const PHASE_SIZE = 1_000_000;
// The same steps as `argmap check`, timed one by one in a fresh process (scripts/bench/_check-phases.mjs).
const phaseRun = spawnSync(process.execPath, ['--max-old-space-size=8192', join(root, 'scripts', 'bench', '_check-phases.mjs'), join(dir, `check-${PHASE_SIZE}.json`)], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 1 << 20,
});
if (phaseRun.status !== 0) throw new Error(`phase timing failed (${phaseRun.status}): ${phaseRun.stderr}`);
const phases = JSON.parse(phaseRun.stdout);
// Rules under 1 % of the CPU time are summed into one row, so the table shows where the time goes.
const totalCpu = phases.rows.reduce((a, r) => a + r.cpu, 0);
const shown = [];
const small = { name: '', ms: 0, cpu: 0, count: 0, rss: 0 };
for (const r of phases.rows) {
  if (r.name.startsWith('rule ') && r.cpu < totalCpu / 100) {
    small.ms += r.ms;
    small.cpu += r.cpu;
    small.count++;
    small.rss = Math.max(small.rss, r.rss);
  } else shown.push(r);
}
if (small.count > 0) shown.push({ name: `the other ${small.count} rules`, ms: small.ms, cpu: small.cpu, rss: small.rss });

const fmt = (x, d = 2) => x.toFixed(d);
const lines = [
  '## argmap check',
  '',
  'Every rule except the two that read source texts, on seeded synthetic maps (JSON; 0.4 inferences per',
  'node with 1-3 premises, attacks, contradicts, undercuts, qualifies, cites, hedges and dates). Wall time',
  'is the whole fresh process (Node start-up, load and validation, all rules, JSON output); "in main" is',
  "the time inside the CLI's main(), and its CPU time (user + system, all threads: less sensitive than wall",
  "time to other work on a shared machine). Peak RSS from the process's own resource usage.",
  '',
  '```',
  'node scripts/bench.mjs check    # generates .bench/check-{10000,100000,1000000}.json once',
  'argmap check --format json .bench/check-100000.json',
  '```',
  '',
  '| nodes | file (MB) | wall (s) | in main (s) | CPU in main (s) | peak RSS (MB) | output (MB) | CPU vs 10x fewer |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r, i) =>
      `| ${r.n.toLocaleString('en')} | ${fmt(r.mb, 1)} | ${fmt(r.wall / 1000)} | ${fmt(r.inner / 1000)} | ${fmt(r.cpu / 1000)} | ${fmt(r.rss, 0)} | ${fmt(r.out, 1)} | ${i === 0 ? '' : `${fmt(r.cpu / rows[i - 1].cpu, 1)}x`} |`,
  ),
  '',
  `### Where the time goes (${PHASE_SIZE.toLocaleString('en')} nodes)`,
  '',
  'The steps of `argmap check --format json` run one by one in a fresh process (the phase runner scripts/bench/_check-phases.mjs, which runs alone on any map), each with its wall time, CPU time (user + system, all threads, garbage collection included) and the resident memory after it (for the small rules summed into one row, the most after any of them). The output is built but counted, not written.',
  '',
  '| step | wall (s) | CPU (s) | share of CPU | RSS after (MB) |',
  '|---|---:|---:|---:|---:|',
  ...shown.map((r) => `| ${r.name} | ${fmt(r.ms / 1000)} | ${fmt(r.cpu / 1000)} | ${fmt((100 * r.cpu) / totalCpu, 0)} % | ${fmt(r.rss / 2 ** 20, 0)} |`),
  `| **total** | ${fmt(phases.rows.reduce((a, r) => a + r.ms, 0) / 1000)} | ${fmt(totalCpu / 1000)} | | peak ${fmt(phases.rss / 2 ** 20, 0)} |`,
];
process.stdout.write(lines.join('\n') + '\n');
