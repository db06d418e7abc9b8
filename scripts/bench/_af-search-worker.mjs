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
const t0 = process.cpuUsage();
let answer;
const sets = [];
if (task === 'EE') enumerateBest(nf.core, sem, (ins) => void sets.push(ins));
else {
  const a = nf.names.indexOf(query);
  const d = task === 'DC' ? credulousIndex(nf.core, sem, a) : skepticalIndex(nf.core, sem, a);
  answer = d ? 'YES' : 'NO';
}
const used = process.cpuUsage(t0);
if (task === 'EE') {
  answer = digest(
    sets.map((s) =>
      Array.from(s, (i) => Number(nf.names[i]))
        .sort((x, y) => x - y)
        .join(' '),
    ),
  );
}
process.stdout.write(JSON.stringify({ answer, cpu: (used.user + used.system) / 1e6 }) + '\n');
