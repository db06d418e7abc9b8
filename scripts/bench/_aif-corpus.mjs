// A seeded generator of AIF files (AIFdb/OVA3 JSON) for the corpus bench and the corpus runner's tests:
// dialogues of varied size with every node type (I, RA, CA, MA, PA, L, YA, TA), locutions and
// participants, shaped like the files of test/fixtures/aif-corpus/, and a few of the defects real corpora
// hold (an MA-node whose target is one of its sources, an RA-node without premise, an edge to a missing node).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { prng, writeWhole } from './_lib.mjs';

const WORDS = 'harbour tide silt survey ships dredging cost delay winter spoil budget pilot channel berth cargo crane quay storm insurer council'.split(' ');
const SCHEMES = ['RA', 'Default Inference', 'Argument From Consequences', 'Argument From Expert Opinion', 'Argument From Sign'];
const SPEAKERS = [
  ['Ann', 'Lee'],
  ['Ben', 'Ode'],
  ['Cy', 'Roe'],
  ['Dee', 'Fox'],
];

/** One AIF dialogue of about `size` I-nodes; `defect` plants one defect when true. */
export function aifDialogue(size, seed, defect = false) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const nodes = [];
  const edges = [];
  const locutions = [];
  let id = 1;
  const add = (type, text) => {
    const nodeID = String(id++);
    nodes.push({ nodeID, text, type, timestamp: `2026-11-30 21:${String(nodes.length % 60).padStart(2, '0')}:00` });
    return nodeID;
  };
  const edge = (from, to) => edges.push({ edgeID: `${from}-${to}`, fromID: from, toID: to, formEdgeID: null });
  const sentence = () => {
    const n = 4 + Math.floor(rand() * 9);
    const words = Array.from({ length: n }, () => pick(WORDS));
    return words[0][0].toUpperCase() + words.join(' ').slice(1);
  };
  const inodes = [];
  const ras = [];
  let previousL;
  for (let i = 0; i < size; i++) {
    const text = sentence();
    const inode = add('I', text);
    inodes.push(inode);
    // Each I-node is said by someone: a locution anchored to it by an illocution, turns linked by transitions.
    const speaker = Math.floor(rand() * SPEAKERS.length);
    const l = add('L', `${SPEAKERS[speaker].join(' ')}: ${text.toLowerCase()}`);
    locutions.push({ nodeID: l, personID: speaker + 1, timestamp: '2026-11-30 21:00:00', start: null, end: null, source: null });
    const ya = add('YA', pick(['Asserting', 'Arguing', 'Disagreeing', 'Restating']));
    edge(l, ya);
    edge(ya, inode);
    if (previousL) {
      const ta = add('TA', 'Default Transition');
      edge(previousL, ta);
      edge(ta, l);
    }
    previousL = l;
    if (i === 0) continue;
    const r = rand();
    const earlier = () => inodes[Math.floor(rand() * (inodes.length - 1))];
    if (r < 0.5) {
      // Support: this node and maybe another earlier one are the premises of an earlier conclusion.
      const ra = add('RA', pick(SCHEMES));
      ras.push(ra);
      const conclusion = earlier();
      edge(inode, ra);
      if (rand() < 0.3 && inodes.length > 2) {
        const other = earlier();
        if (other !== conclusion) edge(other, ra);
      }
      edge(ra, conclusion);
    } else if (r < 0.7) {
      const ca = add('CA', 'Default Conflict');
      edge(inode, ca);
      edge(ca, ras.length > 0 && rand() < 0.3 ? pick(ras) : earlier());
    } else if (r < 0.8) {
      const ma = add('MA', 'Default Rephrase');
      edge(earlier(), ma);
      edge(ma, inode);
    } else if (r < 0.85) {
      const pa = add('PA', 'Default Preference');
      edge(inode, pa);
      edge(pa, earlier());
    }
  }
  if (defect) {
    const kind = Math.floor(rand() * 3);
    if (kind === 0) {
      const ma = add('MA', 'Default Rephrase');
      edge(inodes[0], ma);
      edge(ma, inodes[0]);
    } else if (kind === 1) {
      const ra = add('RA', 'Default Inference');
      edge(ra, inodes[0]);
    } else edge(inodes[0], '999999');
  }
  const participants = SPEAKERS.map(([firstname, surname], i) => ({ participantID: i + 1, firstname, surname }));
  return { nodes, edges, locutions, participants };
}

/**
 * Writes `count` dialogues into `dir`, ten sub-folders deep one level (as a corpus is often split), sizes
 * spread from 3 to about 200 I-nodes (most small, as in QT30 and AraucariaDB), one in twenty with a defect.
 */
export function writeAifCorpus(dir, count, seed) {
  const rand = prng(seed);
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `part-${String(i % 10).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    const size = Math.max(3, Math.round(3 * Math.exp(rand() * Math.log(70))));
    writeWhole(join(sub, `map-${String(i).padStart(4, '0')}.json`), JSON.stringify(aifDialogue(size, seed * 7919 + i, rand() < 0.05), null, 1));
  }
}
