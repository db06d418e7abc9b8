// Bench: argmap's Dung search beside clingo's, solver against solver. The af-clingo bench times whole
// processes, where Node's start-up (a quarter second) dwarfs most searches; this one times argmap's search
// alone (`_af-search-worker.mjs`: CPU from the parsed framework to the answer) against clingo's own CPU
// time (grounding and solving, from its --stats), on the af-clingo families and the instances that were
// furthest behind. Prints one Markdown section; `npm run bench -- af-search` runs it alone.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { benchDir, requireBuild, root, writeWhole } from './_lib.mjs';
import { buster, erdosRenyi, grid, sccChain } from './_af-families.mjs';
import { ENCODING, clingoAnswer, digest, instanceFiles } from './_af-clingo-lib.mjs';

const dir = benchDir('af-search');
requireBuild();
const LIMIT = Number(process.env.AF_BENCH_LIMIT ?? 20);
const encFile = {};
for (const [sem, text] of Object.entries(ENCODING)) writeWhole((encFile[sem] = join(dir, `${sem}.lp`)), text);
const version = spawnSync('clingo', ['--version'], { encoding: 'utf8' });
if (version.status !== 0) {
  process.stdout.write('## Dung search alone: argmap beside clingo\n\nclingo is not installed (Debian: `apt-get install gringo`): nothing to compare.\n');
  process.exit(0);
}

/** A run cut at LIMIT CPU seconds (prlimit) or 4 × LIMIT wall seconds; null when cut. */
function run(cmd, args) {
  const res = spawnSync('timeout', ['-s', 'KILL', String(4 * LIMIT), 'prlimit', `--cpu=${LIMIT}`, cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const done = res.status === 0 || (cmd === 'clingo' && [10, 20, 30].includes(res.status));
  // Cut: killed by timeout (124, 137) or by the CPU limit (SIGXCPU or SIGKILL, as a signal or as 128 + it).
  if (!done && res.signal === null && ![124, 137, 152].includes(res.status)) throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}):\n${res.stderr}`);
  return done ? res.stdout : null;
}

function argmap(i23, sem, task, query) {
  const out = run(process.execPath, [join(root, 'scripts', 'bench', '_af-search-worker.mjs'), i23, sem, task, ...(query === undefined ? [] : [String(query)])]);
  return out === null ? null : JSON.parse(out);
}

/** As in af-clingo: DC adds `:- not in(q).`, DS `:- in(q).`; skeptical preferred enumerates and checks each extension. */
function clingo(facts, sem, task, query) {
  const files = [encFile[sem], facts];
  const ds = sem === 'preferred' && task === 'DS';
  if ((task === 'DC' || task === 'DS') && !ds) {
    const extra = join(dir, `query-${task}-${query}.lp`);
    writeWhole(extra, task === 'DC' ? `:- not in(${query}).\n` : `:- in(${query}).\n`);
    files.push(extra);
  }
  const opts = task === 'EE' || ds ? ['-n', '0'] : ['-n', '1', '-q'];
  if (sem === 'preferred') opts.push('--heuristic=Domain', '--enum-mode=domRec');
  // Printing every model can cost clingo ten times its search (a 929,026-extension grid: 9.7 s printed, 0.56 s
  // with -q), so the timed run prints none, as argmap's timed search keeps none; a second run prints them for the answer.
  const enumerates = task === 'EE' || ds;
  const timed = run('clingo', ['--stats', ...opts, ...(enumerates ? ['-q'] : []), ...files]);
  if (timed === null) return null;
  const cpu = Number(/CPU Time\s*:\s*([\d.]+)s/.exec(timed)?.[1]);
  const out = enumerates ? run('clingo', [...opts, ...files]) : timed;
  if (out === null) return null;
  if (ds) return { cpu, answer: clingoAnswer(out, 'EE').every((s) => s.split(' ').includes(String(query))) ? 'YES' : 'NO' };
  const answer = clingoAnswer(out, task);
  return { cpu, answer: task === 'EE' ? digest(answer) : answer };
}

const tasks = ['complete EE', 'preferred EE', 'stable EE', 'complete DC', 'preferred DS', 'stable DC', 'stable DS'];
const instances = [
  ['Erdős–Rényi', 'n=200 p=0.05', erdosRenyi(200, 0.05, 3), tasks],
  ['Erdős–Rényi', 'n=300 p=0.02', erdosRenyi(300, 0.02, 4), tasks],
  ['Erdős–Rényi', 'n=1,000 p=0.005', erdosRenyi(1000, 0.005, 5), ['complete DC', 'preferred DC']],
  ['grid', '6×6', grid(6, 6, 0.5, 34), tasks],
  ['grid', '7×7', grid(7, 7, 0.5, 18), tasks],
  ['grid', '8×8', grid(8, 8, 0.3, 35), tasks],
  // Enumerations long enough that clingo needs over 0.1 s, where per-extension costs show rather than start-up
  // (complete and preferred EE of the 10×10 grid pass 20 s on both sides).
  ['grid', '8×8 (half mutual)', grid(8, 8, 0.5, 5), ['complete EE', 'stable EE']],
  ['grid', '10×10', grid(10, 10, 0.5, 3), ['stable EE', 'complete DC', 'preferred DS', 'stable DC', 'stable DS']],
  ['SCC chain', '20×10', sccChain(20, 10, 21), tasks],
  ['SCC chain', '30×6', sccChain(30, 6, 37), tasks],
  ['buster', 'k=12', buster(12, 31), tasks],
  ['buster', 'k=14', buster(14, 32), tasks],
];

const rows = [];
const started = Date.now();
for (const [family, label, af, todo] of instances) {
  const { i23, facts, query } = instanceFiles(dir, family, label, af);
  for (const t of todo) {
    const [sem, task] = t.split(' ');
    const q = task === 'EE' ? undefined : query;
    const ours = argmap(i23, sem, task, q);
    const theirs = clingo(facts, sem, task, q);
    if (ours && theirs && ours.answer !== theirs.answer) throw new Error(`${family} ${label} ${t}: argmap says ${ours.answer}, clingo ${theirs.answer}`);
    rows.push({ family, label, sem, task: q === undefined ? task : `${task} ${q}`, group: `${family}|${t}`, ours, theirs });
    process.stderr.write(`af-search: ${family} ${label} ${t}: ${ours ? ours.cpu.toFixed(3) : '>' + LIMIT} / ${theirs ? theirs.cpu.toFixed(3) : '>' + LIMIT}\n`);
  }
}
const elapsed = (Date.now() - started) / 1000;

// Ratios floor both sides at 0.01 s (clingo reports milliseconds); a cut side counts as LIMIT.
const ratio = (r) => (r.ours || r.theirs ? Math.max(r.ours?.cpu ?? LIMIT, 0.01) / Math.max(r.theirs?.cpu ?? LIMIT, 0.01) : null);
// The same for argmap's second search in its process (run when the first took under 5 s), V8's compiled code
// by then: what is left of the gap once the JIT's warm-up is paid.
const warmRatio = (r) => (r.ours?.warm !== undefined && r.theirs ? Math.max(r.ours.warm, 0.01) / Math.max(r.theirs.cpu, 0.01) : null);
const times = (x) => (x === null || !Number.isFinite(x) ? '–' : `${x < 10 ? x.toFixed(2) : x.toFixed(0)}×`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const groups = new Map();
for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
// A cut side makes the ratio a bound: at least (argmap cut) or at most (clingo cut).
const bound = (r) => (r.ours && r.theirs ? '' : !r.ours && r.theirs ? '≥ ' : r.ours && !r.theirs ? '≤ ' : '');
const cell = (x) => (x ? x.cpu.toFixed(3) : `> ${LIMIT}`);
const answer = (r) => (r.ours ?? r.theirs)?.answer.split(':')[0] ?? '?';
const lines = [
  '## Dung search alone: argmap beside clingo, per instance',
  '',
  "CPU seconds of the search only: argmap's from the parsed framework to the answer, in a fresh process",
  `(\`scripts/bench/_af-search-worker.mjs\`), without Node's start-up; clingo's own "CPU Time" (${version.stdout.split('\n')[0]},`,
  "grounding and solving, the encodings and options of the af-clingo bench). For EE, argmap's timed searches read every",
  "extension (a checksum over its indices) and keep none, and clingo's timed run (-q) builds every model and prints none;",
  "untimed runs of both collect them for the comparison. The af-clingo bench's seeded instances and queries, and two longer grid enumerations;",
  `answers compared (extension sets as digests). Cut at ${LIMIT} CPU s. Ratio: argmap / clingo, both floored at 0.01 s; a cut run counts as the cut (≥, ≤: a bound).`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, shared (load average ${loadavg()[0].toFixed(1)} at the end); the bench took ${elapsed.toFixed(0)} s.`,
  '',
  "argmap's search runs a second time in the same process when the first took under 5 s: the second ratio is argmap's",
  "second search against clingo's one, the gap left once V8 has compiled the solver (a fresh process pays that",
  "warm-up on every first search; clingo's C++ pays none).",
  '',
  'Reproduce: `npm run bench -- af-search` (AF_BENCH_LIMIT=seconds changes the cut).',
  '',
  '| family | semantics, task | instances | median ratio | max ratio where clingo > 0.1 s | median ratio, second search |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...[...groups].map(([key, rs]) => {
    const [family, task] = key.split('|');
    const slow = rs
      .filter((r) => !r.theirs || r.theirs.cpu > 0.1)
      .map(ratio)
      .filter((x) => x !== null);
    const warm = rs.map(warmRatio).filter((x) => x !== null);
    return `| ${family} | ${task} | ${rs.length} | ${times(median(rs.map(ratio).filter((x) => x !== null)))} | ${slow.length ? times(Math.max(...slow)) : '–'} | ${warm.length ? times(median(warm)) : '–'} |`;
  }),
  '',
  '| family | instance | semantics | task | answer | argmap CPU s | clingo CPU s | ratio | argmap second search CPU s | second ratio |',
  '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.family} | ${r.label} | ${r.sem} | ${r.task} | ${answer(r)} | ${cell(r.ours)} | ${cell(r.theirs)} | ${bound(r)}${times(ratio(r))} | ${r.ours?.warm !== undefined ? r.ours.warm.toFixed(3) : '–'} | ${times(warmRatio(r))} |`,
  ),
];
process.stdout.write(lines.join('\n') + '\n');
