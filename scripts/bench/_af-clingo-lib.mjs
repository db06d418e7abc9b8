// The clingo side of the af-clingo bench (not a bench itself: the name starts with `_`): the ASP
// encodings, reading clingo's answer, a grounded labelling to pick queries, and the summary table.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeWhole } from './_lib.mjs';
import { toFacts, toI23 } from './_af-families.mjs';

// Plain ASP encodings of the published definitions. A complete labelling: IN iff every attacker is OUT,
// OUT iff some attacker is IN. Preferred: complete, enumerated subset-maximal on `in` by clingo's domain
// heuristic (with --heuristic=Domain --enum-mode=domRec). Stable: conflict-free and attacking everything
// outside. Grounded: a positive program, so its one (least) model is the least fixpoint.
export const ENCODING = {
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
  grounded: `in(X) :- arg(X), out(Y) : att(Y,X).
out(X) :- att(Y,X), in(Y).
#show in/1.
`,
};
ENCODING.preferred = ENCODING.complete + '#heuristic in(X) : arg(X). [1,true]\n';

/** Extensions as one digest (order-free): compared between the two solvers instead of keeping millions of sets. */
export function digest(sets) {
  const h = createHash('sha1');
  for (const s of sets.sort()) h.update(s + '\n');
  return `${sets.length}:${h.digest('hex').slice(0, 12)}`;
}

/** EE: every model as a sorted "1 3 7" string. DC: YES when a model exists; DS: YES when none does. */
export function clingoAnswer(stdout, task) {
  const lines = stdout.split('\n');
  if (task === 'EE') {
    const sets = [];
    for (let i = 0; i < lines.length; i++)
      if (lines[i].startsWith('Answer:')) {
        const atoms = lines[i + 1].match(/in\((\d+)\)/g) ?? [];
        sets.push(
          atoms
            .map((a) => Number(a.slice(3, -1)))
            .sort((a, b) => a - b)
            .join(' '),
        );
      }
    return sets;
  }
  const sat = lines.some((l) => l.startsWith('SATISFIABLE'));
  return task === 'DC' ? (sat ? 'YES' : 'NO') : sat ? 'NO' : 'YES';
}

/**
 * Writes a framework as i23 (argmap) and ASP facts (clingo) into `dir`, and picks the query of DC/DS: the
 * last argument the grounded labelling leaves undecided (else the last one), so that they ask something
 * the grounded extension does not already settle.
 */
export function instanceFiles(dir, family, label, af) {
  const slug = `${family}-${label}`.replace(/[^A-Za-z0-9]+/g, '-');
  const i23 = join(dir, `${slug}.i23`);
  const facts = join(dir, `${slug}.lp`);
  writeWhole(i23, toI23(af));
  writeWhole(facts, toFacts(af));
  const label0 = groundedOf(af);
  let query = af.n;
  for (let a = af.n; a >= 1; a--)
    if (label0[a] === 'undec') {
      query = a;
      break;
    }
  return { i23, facts, query };
}

/** Grounded labels of arguments 1..n ('in' | 'out' | 'undec'; index 0 unused), to pick a query it leaves open. */
export function groundedOf({ n, attacks }) {
  const attackersLeft = new Int32Array(n + 1);
  const targets = Array.from({ length: n + 1 }, () => []);
  for (const [a, b] of attacks) {
    attackersLeft[b]++;
    targets[a].push(b);
  }
  const label = new Array(n + 1).fill('undec');
  const queue = [];
  for (let a = 1; a <= n; a++)
    if (attackersLeft[a] === 0) {
      queue.push(a);
      label[a] = 'in';
    }
  while (queue.length > 0) {
    const a = queue.pop();
    for (const t of targets[a]) {
      if (label[t] !== 'undec') continue;
      label[t] = 'out';
      for (const u of targets[t])
        if (--attackersLeft[u] === 0 && label[u] === 'undec') {
          queue.push(u);
          label[u] = 'in';
        }
    }
  }
  return label;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const times = (x) => (!Number.isFinite(x) ? '–' : `${x < 10 ? x.toFixed(2) : x.toFixed(0)}×`);

/**
 * Per family and task: how many instances, how many each solver left unfinished, and the median and
 * maximum CPU ratio (a cut run counts as LIMIT seconds, so a ratio with argmap cut is a lower bound).
 */
export function summarise(rows, limit, startup) {
  const ratio = (r, minus = 0) => {
    if (!r.theirs || (!r.ours.done && !r.theirs.done)) return null;
    const ours = r.ours.done ? r.ours.cpu : limit;
    const theirs = r.theirs.done ? r.theirs.cpu : limit;
    return Math.max(ours - minus, 0.01) / Math.max(theirs, 0.01);
  };
  const ratioText = (r) => {
    const x = ratio(r);
    return x === null ? '–' : (r.ours.done ? '' : '≥ ') + (r.theirs.done ? '' : '≤ ') + times(x);
  };
  const groups = new Map();
  for (const r of rows) {
    const key = `${r.family}|${r.sem} ${r.task}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  const table = [
    '| family | semantics, task | instances | argmap cut | clingo cut | median CPU ratio | max CPU ratio | max where clingo > 0.1 s | median net of start-up |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [key, rs] of groups) {
    const [family, task] = key.split('|');
    const rated = rs.filter((r) => ratio(r) !== null);
    const slow = rated.filter((r) => !r.theirs.done || r.theirs.cpu > 0.1);
    const cut = (side) => rs.filter((r) => r[side] && !r[side].done).length;
    table.push(
      `| ${family} | ${task} | ${rs.length} | ${cut('ours')} | ${cut('theirs')} | ${times(median(rated.map((r) => ratio(r))))} | ${times(Math.max(...rated.map((r) => ratio(r))))} | ${slow.length ? times(Math.max(...slow.map((r) => ratio(r)))) : '–'} | ${times(median(rated.map((r) => ratio(r, startup))))} |`,
    );
  }
  return { ratioText, table };
}
