// Bench: argmap over a corpus (issue 14 item 4). A seeded corpus of 1,000 generated AIF dialogues is
// imported with --lenient into a folder of maps, and the maps are checked, each a fresh `argmap` process
// writing JSON Lines. Then the same two runs on a pool of child processes instead of worker threads, and
// the batch-engine way (one `argmap` per file) on a slice, for the per-file cost of starting Node.
// Times are wall clock and CPU (user + system of the process and everything it started, from the shell's
// `times`), since the machine is shared. `node scripts/bench.mjs corpus` runs it alone (after a build).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchDir, cli, requireBuild, root } from './_lib.mjs';
import { writeAifCorpus } from './_aif-corpus.mjs';

requireBuild();
const COUNT = 1000;
const SEED = 2026;
const corpus = join(benchDir(), `corpus-aif-${COUNT}-${SEED}`);
if (!existsSync(corpus)) writeAifCorpus(corpus, COUNT, SEED);
const out = join(benchDir(), 'corpus-maps');

// Runs the corpus runner in a fresh Node process with the given transport (the CLI has no switch for it).
const RUNNER = `
import { COMMANDS } from ${JSON.stringify(join(root, 'dist', 'cli', 'registry.js'))};
import { CORPUS_SPECS } from ${JSON.stringify(join(root, 'dist', 'cli', 'corpus', 'spec.js'))};
import { runCorpus } from ${JSON.stringify(join(root, 'dist', 'cli', 'corpus', 'run.js'))};
const [transport, name, input, options] = process.argv.slice(1);
const command = COMMANDS.find((c) => c.name === name);
const io = { stdout: () => {}, stderr: (t) => process.stderr.write(t), isTTY: false };
process.exitCode = await runCorpus(command, CORPUS_SPECS[name], [input], JSON.parse(options), io, transport);
`;

/** Wall and CPU seconds of a shell command, with its children, and its exit status. */
function measure(shell, allowed = [0, 1]) {
  const t0 = performance.now();
  const run = spawnSync('bash', ['-c', `${shell} > /dev/null; status=$?; times; exit $status`], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  const wall = (performance.now() - t0) / 1000;
  const children = run.stdout.trim().split('\n').at(-1).split(/\s+/);
  const seconds = (t) => {
    const m = /^(\d+)m([\d.]+)s$/.exec(t);
    return Number(m[1]) * 60 + Number(m[2]);
  };
  if (!allowed.includes(run.status)) throw new Error(`${shell} exited ${run.status}: ${run.stderr}`);
  return { wall, cpu: seconds(children[0]) + seconds(children[1]), status: run.status };
}

const q = (s) => `'${s.replace(/'/g, "'\\''")}'`;
const rows = [];
const load = () => loadavg()[0].toFixed(1);
for (const transport of ['thread', 'process']) {
  rmSync(out, { recursive: true, force: true });
  const viaCli = transport === 'thread';
  const run = (name, input, options, cliArgs) =>
    viaCli ? measure(`node ${q(cli)} ${cliArgs}`) : measure(`node --input-type=module -e ${q(RUNNER)} ${transport} ${name} ${q(input)} ${q(JSON.stringify(options))}`);
  const before = load();
  const imp = run('import', corpus, { lenient: true, 'out-dir': out, format: 'jsonl' }, `import --lenient ${q(corpus)} --out-dir ${q(out)} --format jsonl`);
  const chk = run('check', out, { format: 'jsonl' }, `check ${q(out)} --format jsonl`);
  rows.push({ transport, imp, chk, load: `${before}–${load()}` });
  process.stderr.write(`corpus: ${transport}: import ${imp.wall.toFixed(1)} s, check ${chk.wall.toFixed(1)} s\n`);
}

// The batch-engine way, one process per file, on a slice (it is slow by design: Node starts each time).
const SLICE = 40;
const slice = readdirSync(join(out, 'part-00'))
  .sort()
  .slice(0, SLICE)
  .map((f) => q(join(out, 'part-00', f)));
const one = measure(`printf '%s\\n' ${slice.join(' ')} | xargs -P ${availableParallelism()} -n 1 node ${q(cli)} check --format json`, [0, 123]); // xargs: 123 when a map has findings (exit 1)

const f = (x) => x.toFixed(1);
const total = (r) => r.imp.wall + r.chk.wall;
const cpu = (r) => r.imp.cpu + r.chk.cpu;
const lines = [
  '## argmap over a corpus (`--jobs`, JSON Lines)',
  '',
  `${COUNT} generated AIF dialogues (\`scripts/bench/_aif-corpus.mjs\`, seed ${SEED}: 3 to ~210 I-nodes each, most small; I, RA, CA, MA, PA, L, YA`,
  'and TA nodes, locutions and participants; one in twenty with a defect for `--lenient` to repair), in ten sub-folders. Both',
  `steps run on all ${availableParallelism()} cores (\`--jobs\` defaults to the number of cores); target: both together under 60 s on 2 cores.`,
  '',
  '```sh',
  'argmap import --lenient corpus/ --out-dir maps/ --format jsonl > import.jsonl',
  'argmap check maps/ --format jsonl > check.jsonl',
  '```',
  '',
  'CPU is user + system time of the process and everything it started (threads and child processes), which',
  'load from other work on the machine disturbs far less than wall time; the load average (1 min) is given',
  'before and after each pair.',
  '',
  '| workers | import: wall s | import: CPU s | check: wall s | check: CPU s | both: wall s | load |',
  '|---|---:|---:|---:|---:|---:|---|',
  ...rows.map(
    (r) =>
      `| ${r.transport === 'thread' ? 'worker threads (default; the CLI)' : 'child processes'} | ${f(r.imp.wall)} | ${f(r.imp.cpu)} | ${f(r.chk.wall)} | ${f(r.chk.cpu)} | ${f(total(r))} | ${r.load} |`,
  ),
  '',
  `Both transports cost about the same CPU (${f(cpu(rows[0]))} s with threads, ${f(cpu(rows[1]))} s with processes, import and check together);`,
  'worker threads are the default: no second Node per worker, and wall times on a loaded machine say nothing either way.',
  `On a quiet machine a run takes about its CPU time over the cores: about ${(cpu(rows[0]) / availableParallelism()).toFixed(0)} s for both steps here (target: under 60 s).`,
  '',
  `One \`argmap check\` process per file (how a batch engine would run it; \`xargs -P ${availableParallelism()}\`) on ${SLICE} of the maps: ${f(one.wall)} s wall,`,
  `${f(one.cpu)} s CPU, i.e. ${f((one.cpu / SLICE) * 1000)} ms of CPU per file against ${f((rows[0].chk.cpu / COUNT) * 1000)} ms in the pool: Node's start-up and`,
  'loading argmap are paid per file. Worth it across machines; on one machine, give the folder to one `argmap`.',
];
process.stdout.write(lines.join('\n') + '\n');
