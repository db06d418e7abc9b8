// Bench: `argmap af` beside clingo on seeded framework families (complete, preferred, stable; acceptance
// tasks; grounded on big frameworks), each a fresh process end to end, in the same run. Prints one
// Markdown section; `npm run bench -- af-clingo` runs it alone. Needs `clingo` on PATH (Debian: apt-get
// install gringo); without it the section says so and times argmap alone.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { benchDir, cli, requireBuild, writeWhole } from './_lib.mjs';
import { barabasiAlbert, buster, erdosRenyi, grid, sccChain } from './_af-families.mjs';
import { ENCODING, clingoAnswer, digest, instanceFiles, summarise } from './_af-clingo-lib.mjs';

const dir = benchDir('af-clingo');
requireBuild();
const LIMIT = Number(process.env.AF_BENCH_LIMIT ?? 20);
// AF_BENCH_SMALL=1: the families of up to a few hundred arguments only (where start-up weighs most), for a loaded machine.
const SMALL = Boolean(process.env.AF_BENCH_SMALL);
const encFile = {};
for (const [sem, text] of Object.entries(ENCODING)) writeWhole((encFile[sem] = join(dir, `${sem}.lp`)), text);

const haveClingo = spawnSync('clingo', ['--version'], { encoding: 'utf8' }).status === 0;
const clingoVersion = haveClingo ? spawnSync('clingo', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] : 'clingo not installed';

/**
 * Wall and CPU seconds of one run under /usr/bin/time, cut at LIMIT CPU seconds (`prlimit --cpu`, so
 * that a loaded machine does not cut a run that had little of the CPU), or at 4 × LIMIT wall seconds;
 * then `done` is false. SIGKILL at the wall cut: argmap's SIGTERM handler cannot run during a search.
 */
function run(cmd, args) {
  const res = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', 'timeout', '-s', 'KILL', String(4 * LIMIT), 'prlimit', `--cpu=${LIMIT}`, cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const [wall, user, sys, rss] = res.stderr.trim().split('\n').pop().split(' ').map(Number);
  // clingo's exit code is a bit set: 10 satisfiable, 20 unsatisfiable, 30 both seen while enumerating.
  const done = res.status === 0 || (cmd === 'clingo' && [10, 20, 30].includes(res.status));
  // 137: killed at the wall cut; 152 (SIGXCPU) or 137 at the CPU cut.
  if (!done && ![124, 137, 152].includes(res.status)) throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}):\n${res.stderr}`);
  return { done, wall, cpu: user + sys, rssMiB: rss / 1024, stdout: done ? res.stdout : '' };
}

function argmap(file, sem, task, query) {
  const args = [cli, 'af', file, '--semantics', sem, '--format', 'text', '--task', task];
  if (query !== undefined) args.push('--query', String(query));
  const r = run(process.execPath, args);
  if (!r.done) return { ...r, answer: null };
  if (task !== 'EE') return { ...r, answer: r.stdout.trim() };
  const sets = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('['))
    .map((l) =>
      l
        .slice(1, -1)
        .split(',')
        .filter(Boolean)
        .map(Number)
        .sort((a, b) => a - b)
        .join(' '),
    );
  return { ...r, answer: digest(sets), count: sets.length };
}

/**
 * clingo prints every model for EE (as argmap does); DC adds `:- not in(q).`, DS `:- in(q).`. Skeptical
 * preferred is beyond one call of this encoding (a maximal model among those without q need not be
 * preferred), so clingo enumerates the preferred extensions and the bench checks that each holds q.
 */
function clingo(facts, sem, task, query) {
  if (!haveClingo) return null;
  if (sem === 'preferred' && task === 'DS') {
    const r = clingo(facts, sem, 'EE');
    if (!r.done) return { ...r, answer: null };
    const sets = clingoAnswer(r.stdout, 'EE');
    return { ...r, answer: sets.every((s) => s.split(' ').includes(String(query))) ? 'YES' : 'NO' };
  }
  const files = [encFile[sem], facts];
  if (task === 'DC' || task === 'DS') {
    const extra = join(dir, `query-${task}-${query}.lp`);
    writeWhole(extra, task === 'DC' ? `:- not in(${query}).\n` : `:- in(${query}).\n`);
    files.push(extra);
  }
  const opts = task === 'EE' ? ['-n', '0'] : ['-n', '1', '-q'];
  if (sem === 'preferred') opts.push('--heuristic=Domain', '--enum-mode=domRec');
  const r = run('clingo', [...opts, ...files]);
  if (!r.done) return { ...r, answer: null };
  const answer = clingoAnswer(r.stdout, task);
  return { ...r, answer: task === 'EE' ? digest(answer) : answer, count: task === 'EE' ? answer.length : undefined };
}

// [family, label, framework, tasks]: EE on every semantics up to a few hundred arguments, acceptance and
// grounded on the big ones (clingo grounds the whole program, so 10^6 arguments only for grounded).
const small = ['complete EE', 'preferred EE', 'stable EE', 'complete DC', 'preferred DS', 'stable DC', 'stable DS'];
const big = ['grounded EE', 'complete DC', 'preferred DC', 'preferred DS'];
const instances = [
  ['Erdős–Rényi', 'n=100 p=0.05', erdosRenyi(100, 0.05, 1), small],
  ['Erdős–Rényi', 'n=200 p=0.02', erdosRenyi(200, 0.02, 2), small],
  ['Erdős–Rényi', 'n=200 p=0.05', erdosRenyi(200, 0.05, 3), small],
  ['Erdős–Rényi', 'n=300 p=0.01', erdosRenyi(300, 0.01, 14), small],
  ['Erdős–Rényi', 'n=300 p=0.02', erdosRenyi(300, 0.02, 4), small],
  ['Barabási–Albert', 'n=100 k=2', barabasiAlbert(100, 2, 15), small],
  ['Barabási–Albert', 'n=200 k=2', barabasiAlbert(200, 2, 16), small],
  ['Barabási–Albert', 'n=300 k=3', barabasiAlbert(300, 3, 17), small],
  ['grid', '6×6', grid(6, 6, 0.5, 34), small],
  ['grid', '7×7', grid(7, 7, 0.5, 18), small],
  ['grid', '8×8', grid(8, 8, 0.3, 35), small],
  ['grid', '10×10', grid(10, 10, 0.2, 36), small],
  ['SCC chain', '10×10', sccChain(10, 10, 20), small],
  ['SCC chain', '20×10', sccChain(20, 10, 21), small],
  ['SCC chain', '30×6', sccChain(30, 6, 37), small],
  ['buster', 'k=10', buster(10, 22), small],
  ['buster', 'k=12', buster(12, 31), small],
  ['buster', 'k=14', buster(14, 32), small],
  ['Erdős–Rényi (big)', 'n=1,000 p=0.005', erdosRenyi(1000, 0.005, 5), big],
  ['Barabási–Albert (big)', 'n=100,000 k=2', barabasiAlbert(100_000, 2, 7), big],
  // Skeptical preferred on this chain (every argument an ancestor of the query) is past both solvers' cut.
  ['SCC chain (big)', '10,000×10', sccChain(10_000, 10, 24), big.slice(0, 3)],
  ['Erdős–Rényi (big)', 'n=1,000,000 m≈2M', erdosRenyi(1_000_000, 2e-6, 13), ['grounded EE']],
];

// Node's start-up, reading and printing on a one-argument framework: the floor under every argmap figure.
const tiny = join(dir, 'tiny.i23');
writeWhole(tiny, 'p af 1\n');
const startup = Math.min(...[0, 1, 2].map(() => run(process.execPath, [cli, 'af', tiny, '--format', 'text']).cpu));

const rows = [];
const started = Date.now();
for (const [family, label, af, tasks] of SMALL ? instances.filter(([family]) => !family.includes('(big)')) : instances) {
  const { i23, facts, query } = instanceFiles(dir, family, label, af);
  for (const t of tasks) {
    const [sem, task] = t.split(' ');
    const q = task === 'DC' || task === 'DS' ? query : undefined;
    const ours = argmap(i23, sem, task, q);
    const theirs = clingo(facts, sem, task, q);
    if (theirs && ours.answer !== null && theirs.answer !== null && ours.answer !== theirs.answer)
      throw new Error(`${family} ${label} ${sem} ${task}: argmap says ${ours.answer}, clingo ${theirs.answer}`);
    rows.push({ family, label, n: af.n, m: af.attacks.length, sem, task, query: q, ours, theirs });
    process.stderr.write(`af-clingo: ${family} ${label} ${t}: ${ours.done ? ours.cpu.toFixed(2) : '>' + LIMIT} / ${theirs?.done ? theirs.cpu.toFixed(2) : '>' + LIMIT}\n`);
  }
}
const elapsed = (Date.now() - started) / 1000;

const fmt = (r) => (!r ? '–' : r.done ? `${r.wall.toFixed(2)} / ${r.cpu.toFixed(2)}` : `> ${LIMIT}`);
const shown = (r) => {
  const a = r.ours.done ? r.ours : r.theirs?.done ? r.theirs : null;
  if (!a) return '?';
  return r.task === 'EE' ? (r.sem === 'grounded' ? '1' : String(a.count)) : a.answer;
};
const { ratioText, table } = summarise(rows, LIMIT, startup);
const lines = [
  '## `argmap af` beside clingo: complete, preferred, stable, acceptance and grounded',
  '',
  'Seeded families from `scripts/bench/_af-families.mjs` (Erdős–Rényi, Barabási–Albert, grids with some links mutual,',
  'chains of strongly connected components, admissibility busters), written as i23 for argmap and as ASP facts for',
  `${clingoVersion} with plain encodings of the published definitions that the bench writes into \`.bench/af-clingo/\``,
  "(preferred: complete plus clingo's domain heuristic, `--enum-mode=domRec`; grounded: the positive program whose least",
  'model is the grounded labelling). Each cell is one fresh process end to end: wall seconds / CPU seconds (user + system),',
  `cut at ${LIMIT} CPU seconds (or ${4 * LIMIT} s of wall time). Both solvers print every extension for EE; the extension sets are compared (as an order-free digest),`,
  'and the YES/NO of DC/DS, whenever both finish — the bench stops on any disagreement. DC/DS ask about the last argument',
  'the grounded labelling leaves undecided. Ratios are CPU argmap / CPU clingo, each floored at 0.01 s; "≥" when argmap',
  `hit the cut. argmap's CPU includes Node's start-up, ${startup.toFixed(2)} s on a one-argument framework in this run;`,
  "the last column takes it off argmap's side.",
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, shared with other work (load average ${loadavg()[0].toFixed(1)} at the end);`,
  `the whole bench took ${elapsed.toFixed(0)} s${SMALL ? ' (AF_BENCH_SMALL: the families of up to a few hundred arguments only)' : ''}.`,
  '',
  'Reproduce: `apt-get install gringo; npm run bench -- af-clingo` (AF_BENCH_LIMIT=seconds changes the cut; AF_BENCH_SMALL=1 skips the big families).',
  '',
  ...table,
  '',
  '<details><summary>Every instance</summary>',
  '',
  '| family | instance | args | attacks | semantics | task | answer | argmap wall / CPU s | clingo wall / CPU s | CPU ratio |',
  '| --- | --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => {
    const task = r.query === undefined ? r.task : `${r.task} ${r.query}`;
    return `| ${r.family} | ${r.label} | ${r.n.toLocaleString('en')} | ${r.m.toLocaleString('en')} | ${r.sem} | ${task} | ${shown(r)} | ${fmt(r.ours)} | ${fmt(r.theirs)} | ${ratioText(r)} |`;
  }),
  '',
  '</details>',
];
process.stdout.write(lines.join('\n') + '\n');
