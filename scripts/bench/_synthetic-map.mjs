// The seeded synthetic argument map of the check bench, shared with scripts/measure-map-limits.mjs.
import { prng } from './_lib.mjs';

const KINDS = [
  ['evidence', 0.34],
  ['claim', 0.3],
  ['premise', 0.1],
  ['hypothesis', 0.06],
  ['prediction', 0.06],
  ['hedge', 0.05],
  ['conclusion', 0.05],
  ['source', 0.04],
];
const PHRASES = [
  ['probably', 'likely'],
  ['it is unlikely', 'unlikely'],
  ['may well', undefined],
  ['almost certainly', 'almost certain'],
  ['there is no evidence', undefined],
  ['seems', undefined],
];
const SUPPORTED = new Set(['claim', 'conclusion', 'hypothesis', 'prediction']);

/**
 * An argument-like map: nodes of every kind, about 0.4 inferences per node with 1-3 premises drawn
 * from the preceding 300 nodes (support flows forward, as in a document), a few attacks, contradicts,
 * undercuts, qualifies and cites, hedges on a third of the judgements and dates on some nodes.
 */
export function generate(n, seed) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const kindOf = () => {
    let r = rand();
    for (const [k, p] of KINDS) if ((r -= p) < 0) return k;
    return 'claim';
  };
  const nodes = [];
  const byKind = { hedge: [], source: [] };
  for (let i = 0; i < n; i++) {
    const kind = kindOf();
    const node = { id: `n${i}`, kind, text: `Synthetic ${kind} number ${i} of the benchmark map` };
    if (kind === 'evidence' || kind === 'source') node.credibility = pick(['high', 'medium', 'low']);
    if (SUPPORTED.has(kind) && rand() < 0.35) {
      const [phrase, term] = pick(PHRASES);
      node.hedge = { phrases: [phrase], ...(term ? { band: { yardstick: rand() < 0.95 ? 'PHIA' : 'ICD203', term } } : {}) };
    }
    if (rand() < 0.03) {
      const event = `event-${Math.floor(rand() * (n / 40))}`;
      node.dates = [
        rand() < 0.8
          ? { event, date: `19${50 + Math.floor(rand() * 3)}-0${1 + Math.floor(rand() * 9)}` }
          : { event, relative: { event: `event-${(Number(event.slice(6)) + 1) % Math.floor(n / 40)}`, offset: 'P1Y' } },
      ];
    }
    if (byKind[kind]) byKind[kind].push(i);
    nodes.push(node);
  }
  const inferences = [];
  const target = Math.round(0.4 * n);
  for (let k = 0; inferences.length < target && k < target * 4; k++) {
    const c = 1 + Math.floor(rand() * (n - 1));
    if (!SUPPORTED.has(nodes[c].kind)) continue;
    const count = 1 + Math.floor(rand() * 3);
    const premises = new Set();
    for (let j = 0; j < count; j++) premises.add(`n${Math.max(0, c - 1 - Math.floor(rand() * 300))}`);
    inferences.push({ id: `i${inferences.length}`, premises: [...premises], conclusion: `n${c}` });
  }
  const relations = [];
  const near = (i) => `n${Math.max(0, Math.min(n - 1, i + Math.floor(rand() * 200) - 100))}`;
  for (let k = 0; k < n * 0.02; k++) {
    const a = Math.floor(rand() * n);
    const from = `n${a}`;
    const to = near(a);
    if (from !== to) relations.push({ type: 'attacks', from, to });
  }
  for (let k = 0; k < n * 0.01; k++) {
    const a = Math.floor(rand() * n);
    const to = near(a);
    if (`n${a}` !== to) relations.push({ type: 'contradicts', from: `n${a}`, to });
  }
  for (let k = 0; k < n * 0.005; k++) relations.push({ type: 'undercuts', from: `n${Math.floor(rand() * n)}`, to: `i${Math.floor(rand() * inferences.length)}` });
  for (const h of byKind.hedge) relations.push({ type: 'qualifies', from: `n${h}`, to: near(h) });
  for (const s of byKind.source) relations.push({ type: 'cites', from: near(s), to: `n${s}` });
  // A node relating to itself is dropped: the loader would accept it, but no author writes one.
  const valid = relations.filter((r) => r.from !== r.to);
  return { title: `Synthetic benchmark map, ${n} nodes`, nodes, inferences, relations: valid };
}
