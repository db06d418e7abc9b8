// A fuzz campaign: cases seed, seed+1, … run `jobs` at a time until the budget is spent; the first case of each
// failure class is kept, shrunk line by line while it still fails the same way, and written out as a reproducer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCase } from './cases.mjs';
import { loadCorpus } from './corpus.mjs';
import { materialise, runCase } from './run.mjs';
import { signature } from './oracle.mjs';
import { show } from './markers.mjs';

/** Shrinking tries per failure class: enough to halve a small map a few times, not to stall on the memorandum. */
const SHRINK_TRIES = 16;

/**
 * @param o { root, seed, replay?: seeds run first, budget (s), cases? (after the replays), jobs, timeout (s), filter, minimise, failuresDir?, log }
 * @returns { seed, ran, seconds, failures: [{ signature, seed, count, kase, problem, run, dir? }] }
 */
export async function campaign(o) {
  const started = Date.now();
  const shareForShrinking = o.minimise ? 0.25 : 0;
  const deadline = started + o.budget * 1000 * (1 - shareForShrinking);
  const corpus = loadCorpus(o.root);
  const work = mkdtempSync(join(tmpdir(), 'argmap-fuzz-'));
  const cli = join(o.root, 'bin', 'argmap.js');
  const classes = new Map();
  let next = 0;
  let taken = 0;
  let ran = 0;
  // How cases ended: mostly exit 2 means the mutations rarely get past validation.
  const exits = {};
  const worker = async () => {
    const replay = o.replay ?? [];
    while (Date.now() < deadline && (o.cases === undefined || taken < replay.length + o.cases)) {
      // Seeds to replay first (cases that once failed), then seed, seed+1, …
      const i = next++;
      const seed = i < replay.length ? replay[i] : (o.seed + i - replay.length) >>> 0;
      let kase;
      try {
        kase = makeCase(corpus, seed, i < replay.length ? {} : o.filter);
      } catch (e) {
        // A bug in the fuzzer, not in argmap: say so and go on with the next seed.
        o.log?.(`fuzzer error on seed ${seed}: ${e.stack}`);
        continue;
      }
      if (!kase) continue;
      taken++;
      const { problems, run } = await runCase(kase, { work, cli, timeout: o.timeout });
      ran++;
      const end = run.timedOut ? 'timeout' : String(run.code ?? run.signal);
      exits[end] = (exits[end] ?? 0) + 1;
      for (const problem of problems) {
        const sig = signature(kase, problem);
        const known = classes.get(sig);
        if (known) known.count++;
        else {
          classes.set(sig, { signature: sig, seed: kase.seed, count: 1, kase, problem, run });
          o.log?.(`FAIL seed ${kase.seed}: ${sig}\n     ${problem.detail}`);
        }
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: o.jobs }, worker));
    const failures = [...classes.values()];
    if (o.minimise) {
      const stop = started + o.budget * 1000;
      // Each class gets an equal share of what is left, so one slow class cannot starve the rest.
      for (const [i, f] of failures.entries()) {
        const share = (stop - Date.now()) / (failures.length - i);
        if (share > 0) f.kase = await shrink(f.kase, f.signature, { work, cli, timeout: o.timeout, stop: Date.now() + share });
      }
    }
    if (o.failuresDir && failures.length) writeReproducers(failures, o);
    return { seed: o.seed, ran, exits, seconds: (Date.now() - started) / 1000, failures };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function stillFails(kase, sig, env) {
  const { problems } = await runCase(kase, env);
  return problems.some((p) => signature(kase, p) === sig);
}

/** Delta debugging over the input's lines (any format), bounded by `stop`. */
async function shrink(kase, sig, env) {
  const input = Object.keys(kase.files).find((p) => p.startsWith('in/input.'));
  const split = (buf) => {
    const parts = [];
    let from = 0;
    for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, from)) (parts.push(buf.subarray(from, i + 1)), (from = i + 1));
    if (from < buf.length) parts.push(buf.subarray(from));
    return parts;
  };
  let lines = split(kase.files[input]);
  const withLines = (ls) => ({ ...kase, files: { ...kase.files, [input]: Buffer.concat(ls) } });
  let n = 2;
  let tries = 0;
  while (lines.length >= 2 && Date.now() < env.stop && tries < SHRINK_TRIES) {
    const size = Math.ceil(lines.length / n);
    let reduced = false;
    for (let i = 0; i < n && Date.now() < env.stop && tries < SHRINK_TRIES; i++) {
      tries++;
      const candidate = [...lines.slice(0, i * size), ...lines.slice((i + 1) * size)];
      if (candidate.length && (await stillFails(withLines(candidate), sig, env))) {
        lines = candidate;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= lines.length) break;
      n = Math.min(n * 2, lines.length);
    }
  }
  return withLines(lines);
}

const quote = (a) => `'${a.replace(/'/g, `'\\''`)}'`;
const slug = (s) =>
  s
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

function writeReproducers(failures, o) {
  mkdirSync(o.failuresDir, { recursive: true });
  const lines = [];
  failures.forEach((f, i) => {
    const dir = join(o.failuresDir, `${String(i + 1).padStart(3, '0')}-${slug(f.signature)}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    materialise(f.kase, dir);
    const cmd = `node "\${ARGMAP:-${join(o.root, 'bin', 'argmap.js')}}" ${f.kase.argv.map(quote).join(' ')}`;
    writeFileSync(join(dir, 'repro.sh'), `#!/bin/sh\n# ${f.signature}\n# replay the case: npm run fuzz -- --seed ${f.seed} --cases 1\ncd "$(dirname "$0")" && ${cmd}\n`);
    chmodSync(join(dir, 'repro.sh'), 0o755);
    const summary = [
      `class:     ${f.signature}`,
      `symptom:   ${f.problem.detail}`,
      `seed:      ${f.seed} (npm run fuzz -- --seed ${f.seed} --cases 1); ${f.count} case(s) in this campaign`,
      `input:     ${f.kase.format}, from ${f.kase.source}`,
      `mutations: ${f.kase.mutations.join('; ') || 'none'}`,
      `command:   argmap ${f.kase.argv.map((a) => (/[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(a) ? show(a) : quote(a))).join(' ')}`,
      `exit:      ${f.run.timedOut ? 'killed after timeout' : (f.run.code ?? f.run.signal)}`,
      // Escapes spelled out: this file is for reading in a terminal that the raw stderr might reprogram.
      `stderr (first 3000 characters, control characters escaped; raw in stderr.raw):\n${show(f.run.stderr.slice(0, 3000)).slice(1, -1).replace(/\\n/g, '\n')}`,
    ];
    writeFileSync(join(dir, 'stderr.raw'), f.run.stderr);
    writeFileSync(join(dir, 'summary.txt'), summary.join('\n') + '\n');
    lines.push(`${dir.split('/').pop()}  seed ${f.seed}  ${f.signature}  -- ${f.problem.detail.slice(0, 120)}`);
  });
  writeFileSync(join(o.failuresDir, 'SUMMARY.txt'), lines.join('\n') + '\n');
}
