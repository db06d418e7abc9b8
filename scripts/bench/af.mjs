// Bench: `argmap af` end to end (fresh process: start-up, parse, solve, print) on seeded random
// frameworks, beside a plain linear-time Python 3 grounded solver as a yardstick.
// Prints one Markdown section; `node scripts/bench.mjs af` runs it alone (after `npm run build`).
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { benchDir, cli, prng, requireBuild, root, writeWhole } from './_lib.mjs';

const dir = benchDir();
requireBuild();

/**
 * A random framework of n arguments and m attacks (uniform pairs), each answered by a counter-attack
 * with probability `mutual`, as ICCMA 2023 and apx files.
 */
function generate(name, n, m, seed, mutual = 0) {
  const rand = prng(seed);
  const i23 = [`p af ${n}`];
  const apx = [];
  for (let a = 1; a <= n; a++) apx.push(`arg(a${a}).`);
  const attack = (a, b) => {
    i23.push(`${a} ${b}`);
    apx.push(`att(a${a},a${b}).`);
  };
  for (let k = 0; k < m; k++) {
    const a = 1 + Math.floor(rand() * n);
    const b = 1 + Math.floor(rand() * n);
    attack(a, b);
    if (mutual > 0 && rand() < mutual) attack(b, a);
  }
  const files = { i23: join(dir, `${name}.i23`), apx: join(dir, `${name}.apx`) };
  writeWhole(files.i23, i23.join('\n') + '\n');
  writeWhole(files.apx, apx.join('\n') + '\n');
  return files;
}

// The yardstick: what a careful person writes in Python in a few minutes (lists, deque, one pass).
const PYTHON = `
import sys
from collections import deque
def main(path):
    n = 0
    attackers_left = None
    targets = None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            if line.startswith('p'):
                n = int(line.split()[2])
                attackers_left = [0] * n
                targets = [[] for _ in range(n)]
                continue
            i, j = line.split()
            i = int(i) - 1; j = int(j) - 1
            targets[i].append(j)
            attackers_left[j] += 1
    label = [0] * n  # 0 undec, 1 in, 2 out
    queue = deque(a for a in range(n) if attackers_left[a] == 0)
    for a in queue:
        label[a] = 1
    while queue:
        a = queue.popleft()
        for t in targets[a]:
            if label[t] != 0:
                continue
            label[t] = 2
            for u in targets[t]:
                attackers_left[u] -= 1
                if attackers_left[u] == 0 and label[u] == 0:
                    label[u] = 1
                    queue.append(u)
    ext = sorted(str(a + 1) for a in range(n) if label[a] == 1)
    sys.stdout.write('[' + ','.join(ext) + ']\\n')
main(sys.argv[1])
`;
const pyFile = join(dir, 'grounded.py');
writeWhole(pyFile, PYTHON);

/** Best of `runs` wall-clock seconds and the peak RSS (MiB) of that run, via /usr/bin/time. */
function time(cmd, args, runs = 3) {
  let best = { seconds: Infinity, rssMiB: 0, stdout: '' };
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    const res = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}):\n${res.stderr}`);
    const rssKiB = Number(res.stderr.trim().split('\n').pop());
    if (seconds < best.seconds) best = { seconds, rssMiB: rssKiB / 1024, stdout: res.stdout };
  }
  return best;
}

const rel = (p) => p.slice(root.length + 1);
const rows = [];
const big = generate('af-100k', 100_000, 200_000, 1953);
const node = (file, semantics, runs) => time(process.execPath, [cli, 'af', file, '--semantics', semantics, '--format', 'text'], runs);

// The headline comparison: best of 5 each, alternating argmap and Python so that both meet the same
// load on a shared machine.
let ours = { seconds: Infinity };
let py = { seconds: Infinity };
for (let r = 0; r < 5; r++) {
  const o = node(big.i23, 'grounded', 1);
  if (o.seconds < ours.seconds) ours = o;
  const p = time('python3', [pyFile, big.i23], 1);
  if (p.seconds < py.seconds) py = p;
}
const oursApx = node(big.apx, 'grounded');
// The two must agree, or the comparison means nothing.
if (ours.stdout.trim() !== py.stdout.trim()) throw new Error('argmap and the Python yardstick disagree on the grounded extension');
const size = ours.stdout.trim() === '[]' ? 0 : ours.stdout.split(',').length;
rows.push([`\`argmap af ${rel(big.i23)} --semantics grounded\``, 'i23', 'grounded', ours]);
rows.push([`\`argmap af ${rel(big.apx)} --semantics grounded\``, 'apx', 'grounded', oursApx]);
rows.push([`\`python3 ${rel(pyFile)} ${rel(big.i23)}\` (yardstick)`, 'i23', 'grounded', py]);

// The search-based semantics are exponential in the worst case: time them on the big framework (few
// extensions), and on a small one built to have thousands (half the attacks answered by a counter-attack).
for (const sem of ['complete', 'preferred', 'stable']) rows.push([`\`argmap af ${rel(big.i23)} --semantics ${sem}\``, 'i23', sem, node(big.i23, sem)]);
const many = generate('af-50-mutual', 50, 100, 1954, 0.5);
for (const sem of ['complete', 'preferred', 'stable']) rows.push([`\`argmap af ${rel(many.i23)} --semantics ${sem}\``, 'i23', sem, node(many.i23, sem)]);

const version = execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim();
const lines = [
  '## `argmap af`: Dung semantics',
  '',
  'Seeded random frameworks (uniform attack pairs) made by `scripts/bench/af.mjs` in `.bench/`:',
  `\`af-100k\` has 100,000 arguments and 200,000 attacks (its grounded extension has ${size.toLocaleString('en')} arguments);`,
  '`af-50-mutual` has 50 arguments and 100 random attacks, half of them answered by a counter-attack (thousands of',
  'extensions). Each figure is the best of 3 runs (5 for the argmap–Python comparison, alternated) of a fresh process, end to end',
  '(start-up, reading and parsing the file, solving, printing the extensions as text), with the peak resident',
  `memory of that run from \`/usr/bin/time -f %M\`. The yardstick is a plain queue-based linear-time grounded solver in ${version},`,
  "written into `.bench/grounded.py` by the bench; its answer is checked equal to argmap's.",
  '',
  'Reproduce: `npx tsc -p tsconfig.build.json && node scripts/bench.mjs af`.',
  '',
  '| command | input | semantics | extensions | seconds | peak RSS (MiB) |',
  '| --- | --- | --- | ---: | ---: | ---: |',
  ...rows.map(
    ([cmd, fmt, sem, r]) => `| ${cmd} | ${fmt} | ${sem} | ${r.stdout.trim() === '' ? 0 : r.stdout.trim().split('\n').length} | ${r.seconds.toFixed(2)} | ${r.rssMiB.toFixed(0)} |`,
  ),
  '',
  `Grounded on 100k/200k: argmap ${ours.seconds.toFixed(2)} s against ${py.seconds.toFixed(2)} s for the Python yardstick (${(py.seconds / ours.seconds).toFixed(1)}× faster).`,
];
process.stdout.write(lines.join('\n') + '\n');
