// Measures what the loader costs for YAML and JSON maps of growing size (a fresh `argmap validate`
// per file: wall time and peak RSS), the numbers behind the size limits in src/io/input.ts.
// Usage (after `npm run build`): node scripts/measure-map-limits.mjs [yaml|json] [nodes...]
// Inputs are the check bench's seeded synthetic maps, written under .bench/limits/.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { benchDir, requireBuild, root, writeWhole } from './bench/_lib.mjs';
import { generate } from './bench/_synthetic-map.mjs';

requireBuild();
const [format = 'yaml', ...counts] = process.argv.slice(2);
const sizes = counts.length > 0 ? counts.map(Number) : [25_000, 50_000, 100_000, 200_000];
const dir = benchDir('limits');

// What \`argmap validate\` does after reading the file (parse, schema, references), called below the size
// limit so files above it can be measured too; peak RSS as the kernel counts it.
const RUNNER = `
import { readFileSync } from 'node:fs';
import { loadMapText, formatOf } from ${JSON.stringify(join(root, 'dist', 'io', 'load.js'))};
const file = process.argv[1];
const t0 = performance.now();
loadMapText(readFileSync(file, 'utf8'), file, formatOf(file));
process.stdout.write(JSON.stringify({ code: 0, ms: performance.now() - t0, rss: process.resourceUsage().maxRSS * 1024 }));
`;

console.log(`| format | nodes | file (MB) | exit | load (s) | peak RSS (MB) |`);
console.log(`|---|---:|---:|---:|---:|---:|`);
for (const n of sizes) {
  const file = join(dir, `map-${n}.${format}`);
  if (!existsSync(file)) {
    const map = generate(n, 20260 + n);
    writeWhole(file, format === 'json' ? JSON.stringify(map) : stringify(map, { lineWidth: 0 }));
  }
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', RUNNER, file], { cwd: root, encoding: 'utf8' });
  const mb = statSync(file).size / 2 ** 20;
  let r = { code: `died (${run.status ?? run.signal})`, ms: NaN, rss: NaN };
  try {
    r = JSON.parse(run.stdout);
  } catch {
    process.stderr.write(run.stderr.slice(-400));
  }
  console.log(`| ${format} | ${n.toLocaleString('en')} | ${mb.toFixed(1)} | ${r.code} | ${(r.ms / 1000).toFixed(1)} | ${(r.rss / 2 ** 20).toFixed(0)} |`);
}
