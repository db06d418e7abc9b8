// One search of the af-search bench in a fresh process (not a bench itself: the name starts with `_`):
// `node _af-search-worker.mjs file.i23 semantics task [query]` prints {answer, cpu} as JSON, cpu being
// the CPU seconds from the parsed framework to the answer (indexing, grounded labelling, encoding,
// search): the solver's share, without Node's start-up or the reading of the file.
import { join } from 'node:path';
import { root } from './_lib.mjs';
import { digest } from './_af-clingo-lib.mjs';

const dist = (m) => import(join(root, 'dist', m));
const { readFramework, toNamedFramework } = await dist('interop/iccma.js');
const { credulousIndex, skepticalIndex } = await dist('analysis/dung-solve.js');
const { enumerateBest } = await dist('analysis/dung-scc.js');

const [file, sem, task, query] = process.argv.slice(2);
const nf = toNamedFramework(readFramework(file));
// The search runs twice when the first is short: the second, on code V8 has compiled by then, shows how much
// of the first was the JIT's warm-up rather than the search. Timed searches read every extension (a running
// checksum over its indices) but keep none, as clingo -q builds each model and prints none; an untimed run
// afterwards collects the extensions for the answer the bench compares.
const searchWith = (onExtension) => {
  if (task === 'EE') return (enumerateBest(nf.core, sem, onExtension), undefined);
  const a = nf.names.indexOf(query);
  const d = task === 'DC' ? credulousIndex(nf.core, sem, a) : skepticalIndex(nf.core, sem, a);
  return d ? 'YES' : 'NO';
};
let checksum = 0;
const timed = () => {
  const t0 = process.cpuUsage();
  const decided = searchWith((ins) => {
    for (let i = 0; i < ins.length; i++) checksum = (checksum * 31 + ins[i]) | 0;
  });
  const spent = process.cpuUsage(t0);
  return { decided, cpu: (spent.user + spent.system) / 1e6 };
};
const first = timed();
const second = first.cpu < 5 ? timed() : undefined;
let answer = first.decided;
if (task === 'EE') {
  const sets = [];
  searchWith((ins) => void sets.push(ins));
  answer = digest(
    sets.map((s) =>
      Array.from(s, (i) => Number(nf.names[i]))
        .sort((x, y) => x - y)
        .join(' '),
    ),
  );
}
process.stdout.write(JSON.stringify({ answer, cpu: first.cpu, ...(second ? { warm: second.cpu } : {}) }) + '\n');
