// Bench: `argmap af` beside clingo on seeded framework families (complete, preferred, stable; some
// acceptance tasks), each a fresh process end to end, in the same run. Prints one Markdown section;
// `node scripts/bench.mjs af-clingo` runs it alone (after `npm run build`). Needs `clingo` on PATH
// (Debian: apt-get install gringo); without it the section says so and times argmap alone.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { benchDir, cli, requireBuild, writeWhole } from './_lib.mjs';
import { barabasiAlbert, buster, erdosRenyi, grid, sccChain, toFacts, toI23 } from './_af-families.mjs';

const dir = benchDir('af-clingo');
requireBuild();
const LIMIT = Number(process.env.AF_BENCH_LIMIT ?? 60);

// Plain ASP encodings, written for this bench. A complete labelling: IN iff every attacker is OUT,
// OUT iff some attacker is IN. Preferred: complete, enumerated subset-maximal on `in` by clingo's
// domain heuristic (--enum-mode=domRec). Stable: conflict-free and attacking everything outside.
const ENCODING = {
  complete: `{ in(X) } :- arg(X).
out(X) :- att(Y,X), in(Y).
defended(X) :- arg(X), out(Y) : att(Y,X).
:- in(X), not defended(X).
:- defended(X), not in(X).
:- in(X), out(X).
#show in/1.
`,
  stable: `{ in(X) } :- arg(X).
:- in(X), in(Y), att(X,Y).
out(X) :- att(Y,X), in(Y).
:- arg(X), not in(X), not out(X).
#show in/1.
`,
};
ENCODING.preferred = ENCODING.complete + '#heuristic in(X) : arg(X). [1,true]\n';
const encFile = {};
for (const [sem, text] of Object.entries(ENCODING)) writeWhole((encFile[sem] = join(dir, `${sem}.lp`)), text);

const haveClingo = spawnSync('clingo', ['--version'], { encoding: 'utf8' }).status === 0;
const clingoVersion = haveClingo ? spawnSync('clingo', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] : 'clingo not installed';

/** Wall and CPU seconds of one run under /usr/bin/time, cut at LIMIT seconds (then `done` is false). */
function run(cmd, args) {
  const res = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', 'timeout', String(LIMIT), cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const [wall, user, sys, rss] = res.stderr.trim().split('\n').pop().split(' ').map(Number);
  const done = res.status === 0 || (cmd === 'clingo' && [10, 20, 30].includes(res.status));
  if (!done && res.status !== 124) throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}):\n${res.stderr}`);
  return { done, wall, cpu: user + sys, rssMiB: rss / 1024, stdout: res.stdout };
}

function argmap(file, sem, task, query) {
  const args = [cli, 'af', file, '--semantics', sem, '--format', 'text', '--task', task];
  if (query !== undefined) args.push('--query', String(query));
  const r = run(process.execPath, args);
  const answer = !r.done ? null : task === 'EE' ? r.stdout.split('\n').filter((l) => l.startsWith('[')).length : r.stdout.trim();
  return { ...r, answer };
}

/** clingo: EE counts models (-n 0, models not printed); DC adds `:- not in(q).`, DS `:- in(q).`. */
function clingo(facts, sem, task, query) {
  if (!haveClingo) return null;
  const files = [encFile[sem], facts];
  if (task !== 'EE') {
    const extra = join(dir, `query-${task}-${query}.lp`);
    writeWhole(extra, task === 'DC' ? `:- not in(${query}).\n` : `:- in(${query}).\n`);
    files.push(extra);
  }
  const opts = task === 'EE' ? ['-n', '0', '-q'] : ['-n', '1', '-q'];
  if (sem === 'preferred') opts.push('--heuristic=Domain', '--enum-mode=domRec');
  const r = run('clingo', [...opts, ...files]);
  if (!r.done) return { ...r, answer: null };
  const models = Number(/Models\s*:\s*(\d+)/.exec(r.stdout)?.[1] ?? NaN);
  const sat = /^SATISFIABLE/m.test(r.stdout);
  const answer = task === 'EE' ? models : task === 'DC' ? (sat ? 'YES' : 'NO') : sat ? 'NO' : 'YES';
  return { ...r, answer };
}

const instances = [
  ['ER n=100 p=0.05', erdosRenyi(100, 0.05, 1)],
  ['ER n=200 p=0.02', erdosRenyi(200, 0.02, 2)],
  ['ER n=200 p=0.05', erdosRenyi(200, 0.05, 3)],
  ['ER n=300 p=0.02', erdosRenyi(300, 0.02, 4)],
  ['ER n=1000 p=0.005', erdosRenyi(1000, 0.005, 5)],
  ['BA n=1000 k=2', barabasiAlbert(1000, 2, 6)],
  ['BA n=100000 k=2', barabasiAlbert(100_000, 2, 7)],
  ['grid 10×10', grid(10, 10, 0.5, 8)],
  ['grid 30×30', grid(30, 30, 0.5, 9)],
  ['SCC chain 30×10', sccChain(30, 10, 10)],
  ['SCC chain 100×10', sccChain(100, 10, 11)],
  ['buster k=60', buster(60, 12)],
  ['ER n=1000000 m≈2M', erdosRenyi(1_000_000, 2e-6, 13)],
];
const semantics = (name) => (name.includes('1000000') || name.includes('100000') ? ['complete', 'stable'] : ['complete', 'preferred', 'stable']);

const rows = [];
const ratios = { complete: [], preferred: [], stable: [] };
for (const [name, af] of instances) {
  const slug = name.replace(/[^A-Za-z0-9]+/g, '-');
  const i23 = join(dir, `${slug}.i23`);
  const facts = join(dir, `${slug}.lp`);
  writeWhole(i23, toI23(af));
  writeWhole(facts, toFacts(af));
  const tasks = semantics(name).map((sem) => [sem, 'EE', undefined]);
  // Acceptance of argument 1: credulous complete and skeptical stable, one solver call for clingo.
  tasks.push(['complete', 'DC', 1], ['stable', 'DS', 1]);
  for (const [sem, task, query] of tasks) {
    const ours = argmap(i23, sem, task, query);
    const theirs = clingo(facts, sem, task, query);
    if (theirs && ours.answer !== null && theirs.answer !== null && String(ours.answer) !== String(theirs.answer))
      throw new Error(`${name} ${sem} ${task}: argmap says ${ours.answer}, clingo ${theirs.answer}`);
    if (theirs && task === 'EE' && ours.done && theirs.done) ratios[sem].push(ours.cpu / Math.max(theirs.cpu, 0.01));
    rows.push({ name, n: af.n, m: af.attacks.length, sem, task, ours, theirs });
  }
}

const fmt = (r) => (!r ? '–' : r.done ? `${r.wall.toFixed(2)} / ${r.cpu.toFixed(2)}` : `> ${LIMIT}`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const lines = [
  '## `argmap af` beside clingo: complete, preferred, stable and acceptance',
  '',
  `Seeded families from \`scripts/bench/_af-families.mjs\` (Erdős–Rényi, Barabási–Albert, grids with half the links mutual,`,
  'chains of strongly connected components, admissibility busters), written as i23 for argmap and as ASP facts for',
  `${clingoVersion} with plain encodings the bench writes into \`.bench/af-clingo/\` (preferred by clingo's domain heuristic,`,
  '`--enum-mode=domRec`). Each cell is one fresh process end to end: wall seconds / CPU seconds (user + system), cut at',
  `${LIMIT} s. clingo runs with \`-q\` (models counted, not printed); argmap prints every extension. Answers (extension counts, YES/NO)`,
  `are checked equal whenever both finish. DC/DS ask about argument 1. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, shared and loaded.`,
  '',
  'Reproduce: `apt-get install gringo; npm run build && node scripts/bench.mjs af-clingo`.',
  '',
  '| family | args | attacks | semantics | task | answer | argmap wall / CPU s | clingo wall / CPU s | CPU ratio |',
  '| --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |',
  ...rows.map(({ name, n, m, sem, task, ours, theirs }) => {
    const ratio = theirs && ours.done && theirs.done ? (ours.cpu / Math.max(theirs.cpu, 0.01)).toFixed(1) + '×' : '–';
    return `| ${name} | ${n.toLocaleString('en')} | ${m.toLocaleString('en')} | ${sem} | ${task} | ${ours.answer ?? theirs?.answer ?? '?'} | ${fmt(ours)} | ${fmt(theirs)} | ${ratio} |`;
  }),
  '',
  `Median CPU ratio argmap/clingo on EE (clingo's CPU floored at 0.01 s): complete ${median(ratios.complete).toFixed(1)}×, preferred ${median(ratios.preferred).toFixed(1)}×, stable ${median(ratios.stable).toFixed(1)}×.`,
  "argmap's figures include Node's start-up (about 0.1 s); see the text under the table in BENCHMARKS.md for what is left to do.",
];
process.stdout.write(lines.join('\n') + '\n');
