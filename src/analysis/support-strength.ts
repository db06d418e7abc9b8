import type { ArgumentMap, Level, Node } from '../model/types.js';
import type { ArgumentGraph } from '../graph/argument-graph.js';
import { supportOrder } from '../graph/support-order.js';
import { bandRange, matchEstimativeLanguage, type EstimativeMatch } from './estimative-language.js';

/**
 * How strongly each node is stated and how strongly its chain of support bears it out, on a 0–1 scale.
 *
 * Stated strength: the midpoint of the node's likelihood band (its `hedge.band`, else the band of the
 * strongest banded phrase in its hedge phrases or quote). A node with no estimative language at all is
 * a flat assertion and counts as stated certain (1). A node hedged only with words that carry no band
 * ("may", "seems": Kent left "possible" off his scale) has no stated strength, and is not compared.
 *
 * Supported strength, Baconian weighting as in Cogent (Tecuci, Schum) and Uncharted's Argument Mapper:
 * - leaves: evidence and sources by credibility, high 0.9 / medium 0.7 / low 0.5, and 0.7 when not
 *   graded. The numbers sit inside the PHIA bands "highly likely", "likely" and "realistic
 *   possibility"/"likely" boundary, so a well-sourced fact can carry a "highly likely" judgement and an
 *   ungraded one only a "likely" one. Premises (assumptions) count as 0.7 unless graded: an untested
 *   assumption is worth no more than an ungraded report. Any other unsupported node (an assertion
 *   nothing backs) counts as 0.5, an even chance.
 * - an inference is as strong as its weakest premise (linked premises combine by minimum);
 * - each undercut of an inference multiplies it by 0.7, each hedge node that qualifies a node multiplies
 *   that node by 0.85 (a caveat lowers confidence, an undercut strikes at the step itself, so more);
 * - a node is as strong as its strongest inference (convergent lines combine by maximum);
 * - what a node passes on to the inferences it feeds is the lower of its supported and stated strength:
 *   an author who says "may" cannot then lean on the claim as if certain.
 * Vertices on a cycle of support have no supported strength (circular-support reports them).
 */
export interface Strength {
  stated?: number;
  supported?: number;
}

export const CREDIBILITY: Readonly<Record<Level, number>> = { high: 0.9, medium: 0.7, low: 0.5 };
export const UNGRADED = 0.7;
export const UNBACKED = 0.5;
export const UNDERCUT_FACTOR = 0.7;
export const QUALIFIER_FACTOR = 0.85;

/** Estimative phrases of a node: its recorded hedge phrases if any, else what the matcher finds in its quote or text. */
export function nodePhrases(node: Node): EstimativeMatch[] {
  if (node.hedge && node.hedge.phrases.length > 0) return node.hedge.phrases.flatMap((p) => matchEstimativeLanguage(p));
  if (node.hedge) return [];
  return matchEstimativeLanguage(node.source?.quote ?? node.text);
}

/** Stated strength of a node (see `Strength`); undefined when hedged with words that carry no band. */
export function statedStrength(node: Node): number | undefined {
  if (node.hedge?.band) {
    const r = bandRange(node.hedge.band.yardstick, node.hedge.band.term);
    if (r) return (r.min + r.max) / 2;
  }
  const phrases = nodePhrases(node).filter((m) => m.entry.kind !== 'absence-of-evidence');
  if (phrases.length === 0) return node.hedge && node.hedge.phrases.length > 0 ? undefined : 1;
  let best: number | undefined;
  for (const m of phrases) {
    const r = m.entry.phia ? bandRange('PHIA', m.entry.phia) : undefined;
    if (r) best = best === undefined ? (r.min + r.max) / 2 : Math.max(best, (r.min + r.max) / 2);
  }
  return best;
}

function leafStrength(node: Node): number {
  if (node.kind === 'evidence' || node.kind === 'source' || node.kind === 'premise') {
    return node.credibility ? CREDIBILITY[node.credibility] : UNGRADED;
  }
  return UNBACKED;
}

const cache = new WeakMap<ArgumentGraph, Map<string, Strength>>();

/** Stated and supported strength of every node and inference, in one pass in topological order. */
export function supportStrength(map: ArgumentMap, g: ArgumentGraph): Map<string, Strength> {
  const hit = cache.get(g);
  if (hit) return hit;
  const undercuts = new Map<string, number>();
  const qualifiers = new Map<string, number>();
  for (const r of map.relations ?? []) {
    if (r.type === 'undercuts') undercuts.set(r.to, (undercuts.get(r.to) ?? 0) + 1);
    if (r.type === 'qualifies') qualifiers.set(r.to, (qualifiers.get(r.to) ?? 0) + 1);
  }
  const out = new Map<string, Strength>();
  const passes = new Map<string, number>();
  for (const key of supportOrder(g).order) {
    const v = g.getNodeAttributes(key);
    if (v.type === 'inference') {
      let s = 1;
      for (const p of v.inference.premises) s = Math.min(s, passes.get(p) ?? UNBACKED);
      s *= UNDERCUT_FACTOR ** (undercuts.get(key) ?? 0);
      out.set(key, { supported: s });
      passes.set(key, s);
      continue;
    }
    let best: number | undefined;
    g.forEachInEdge(key, (_e, link, source) => {
      if (link.type === 'conclusion') best = Math.max(best ?? 0, passes.get(source) ?? 0);
    });
    let supported = best ?? leafStrength(v.node);
    supported *= QUALIFIER_FACTOR ** (qualifiers.get(key) ?? 0);
    const stated = statedStrength(v.node);
    const strength: Strength = { supported };
    if (stated !== undefined) strength.stated = stated;
    out.set(key, strength);
    passes.set(key, stated === undefined ? supported : Math.min(stated, supported));
  }
  cache.set(g, out);
  return out;
}
