// `npm run fuzz [-- --seed N --replay N,N… --budget SECONDS --format F --command C --cases N --jobs N --timeout S --no-minimise]`
// Runs the built CLI (npm run build first) on mutated inputs of every format; see scripts/fuzz/ and README.md.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './bench/_lib.mjs';
import { campaign } from './fuzz/campaign.mjs';
import { FORMATS } from './fuzz/cases.mjs';
import { COMMANDS_BY_FORMAT, MAP_COMMANDS } from './fuzz/commands.mjs';

const COMMANDS = [...MAP_COMMANDS, 'import'];
const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    replay: { type: 'string', multiple: true },
    budget: { type: 'string', default: '60' },
    cases: { type: 'string' },
    format: { type: 'string', multiple: true },
    command: { type: 'string', multiple: true },
    jobs: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '30' },
    'no-minimise': { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, '.fuzz', 'failures') },
  },
});

const int = (name, v) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} wants a whole number, got ${v}`);
  return n;
};
const list = (name, xs, allowed) => {
  const all = xs?.flatMap((x) => x.split(','));
  for (const x of all ?? []) if (!allowed.includes(x)) throw new Error(`--${name} ${x}: expected one of ${allowed.join(', ')}`);
  return all;
};

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('fuzz: build first (npm run build): the fuzzer runs bin/argmap.js, which runs dist/');
  process.exit(2);
}
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : int('seed', values.seed);
const options = {
  root,
  seed,
  replay: values.replay?.flatMap((x) => x.split(',')).map((x) => int('replay', x)),
  budget: int('budget', values.budget),
  cases: values.cases === undefined ? undefined : int('cases', values.cases),
  jobs: Math.max(1, int('jobs', values.jobs)),
  timeout: int('timeout', values.timeout),
  filter: { formats: list('format', values.format, FORMATS), commands: list('command', values.command, COMMANDS) },
  minimise: !values['no-minimise'],
  failuresDir: values.out,
  log: (line) => console.log(line),
};
const { formats, commands } = options.filter;
if (!FORMATS.some((f) => (!formats || formats.includes(f)) && COMMANDS_BY_FORMAT[f].some((c) => !commands || commands.includes(c)))) {
  console.error(`fuzz: no input format among ${formats ?? FORMATS} is read by ${commands}`);
  process.exit(2);
}
rmSync(options.failuresDir, { recursive: true, force: true });
console.log(`fuzz: seed ${seed}, budget ${options.budget} s, ${options.jobs} jobs, timeout ${options.timeout} s (replay a case: --seed <its seed> --cases 1)`);
const result = await campaign(options);
console.log(
  `fuzz: ${result.ran} cases in ${result.seconds.toFixed(1)} s from seed ${seed} (exits: ${Object.entries(result.exits)
    .map(([k, n]) => `${k} ${n}x`)
    .join(', ')}): ${result.failures.length} failure class(es)`,
);
for (const f of result.failures) console.log(`  seed ${f.seed} (${f.count}x)  ${f.signature}`);
if (result.failures.length) console.log(`reproducers: ${options.failuresDir}/SUMMARY.txt`);
process.exit(result.failures.length ? 1 : 0);
