// `npm run bench`: runs every scripts/bench/*.mjs in its own process and writes BENCHMARKS.md.
// Each bench prints one Markdown section (## heading, the commands, a table) to stdout.
// `npm run bench -- af` runs only the benches whose file names contain "af".
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync, renameSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const benches = readdirSync(join(root, 'scripts', 'bench'))
  .filter((f) => f.endsWith('.mjs') && !f.startsWith('_') && (!only || f.includes(only)))
  .sort();

const sections = [];
for (const f of benches) {
  process.stderr.write(`bench: ${f}\n`);
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', join(root, 'scripts', 'bench', f)], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  sections.push(out.trim());
}

const cpu = cpus();
const header = [
  '# Benchmarks',
  '',
  'Made by `npm run bench` (not part of `npm test`). Each figure is from a fresh Node process; the',
  'machine is shared and noisy, so treat differences under about 30 % as noise.',
  '',
  `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${release()}`,
  `- Node ${process.version}; run on ${new Date().toISOString().slice(0, 10)}`,
  '',
].join('\n');
const text = header + '\n' + sections.join('\n\n') + '\n';
if (only) {
  process.stdout.write(text);
} else {
  writeFileSync(join(root, 'BENCHMARKS.md.tmp'), text);
  renameSync(join(root, 'BENCHMARKS.md.tmp'), join(root, 'BENCHMARKS.md'));
  process.stderr.write('bench: wrote BENCHMARKS.md\n');
}
