import { restatements } from '../graph/restatements.js';
import type { ArgumentMap, Level, Node } from '../model/types.js';
import { supportOrder } from '../graph/support-order.js';
import { bandRange, matchEstimativeLanguage, type EstimativeMatch } from './estimative-language.js';

/**
 * How strongly each node is stated and how strongly its chain of support bears it out, on a 0–1 scale.
 *
 * Stated strength: the midpoint of the node's likelihood band (its `hedge.band`, else the band of the
 * strongest banded phrase in its hedge phrases or quote). A node with no estimative language at all is
 * a flat assertion and counts as stated certain (1). A node hedged only with words that carry no band
 * ("may", "seems": Kent left "possible" off his scale) has no stated strength, and is not compared; nor
 * has a node whose hedge records phrases and a note but no band: the note says why no band fits.
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
 * - a claim said twice (`restates`) is one claim: each statement is as well supported as its best-supported
 *   twin.
 * Vertices on a cycle of support have no supported strength (circular-support reports them).
 */
export const CREDIBILITY: Readonly<Record<Level, number>> = { high: 0.9, medium: 0.7, low: 0.5 };
export const UNGRADED = 0.7;
export const UNBACKED = 0.5;
export const UNDERCUT_FACTOR = 0.7;
export const QUALIFIER_FACTOR = 0.85;
/** How many times support is lifted across restatements: chains of restated claims deeper than this are rare. */
export const LIFT_ROUNDS = 4;

/** The numbers above as one value, so a config can change them (overconfident-conclusion's options). */
export interface StrengthWeights {
  credibility: Readonly<Record<Level, number>>;
  ungraded: number;
  unbacked: number;
  undercut: number;
  qualifier: number;
}

export const DEFAULT_WEIGHTS: StrengthWeights = { credibility: CREDIBILITY, ungraded: UNGRADED, unbacked: UNBACKED, undercut: UNDERCUT_FACTOR, qualifier: QUALIFIER_FACTOR };

/** Estimative phrases of a node: its recorded hedge phrases if any, else what the matcher finds in its quote or text. */
export function nodePhrases(node: Node): EstimativeMatch[] {
  if (node.hedge && node.hedge.phrases.length > 0) return node.hedge.phrases.flatMap((p) => matchEstimativeLanguage(p));
  if (node.hedge) return [];
  return matchEstimativeLanguage(node.source?.quote ?? node.text);
}

/** Stated strength of a node (see above); undefined when hedged with words that carry no band. */
export function statedStrength(node: Node, phrasesOf: (node: Node, v?: number) => EstimativeMatch[] = nodePhrases, v?: number): number | undefined {
  if (node.hedge?.band) {
    const r = bandRange(node.hedge.band.yardstick, node.hedge.band.term);
    if (r) return (r.min + r.max) / 2;
  }
  // Phrases recorded with a note and no band are a deliberate "no band fits here" (a concessive "no doubt",
  // say): the lexicon's usual band for the words would overrule the person who read them in context.
  if (node.hedge && node.hedge.phrases.length > 0 && node.hedge.note !== undefined) return undefined;
  // Absence-of-evidence phrases say nothing of likelihood: passed over, as if absent.
  let any = false;
  let best: number | undefined;
  for (const m of phrasesOf(node, v)) {
    if (m.entry.kind === 'absence-of-evidence') continue;
    any = true;
    const r = m.entry.phia ? bandRange('PHIA', m.entry.phia) : undefined;
    if (r) best = best === undefined ? (r.min + r.max) / 2 : Math.max(best, (r.min + r.max) / 2);
  }
  if (!any) return node.hedge && node.hedge.phrases.length > 0 ? undefined : 1;
  return best;
}

function leafStrength(node: Node, w: StrengthWeights): number {
  if (node.kind === 'evidence' || node.kind === 'source' || node.kind === 'premise') {
    return node.credibility ? w.credibility[node.credibility] : w.ungraded;
  }
  return w.unbacked;
}

/** Stated and supported strength per vertex (SupportIndex numbers); NaN where there is none. */
export interface Strengths {
  stated: Float64Array;
  supported: Float64Array;
  /** What a vertex with no supported strength passes on (the weights' `unbacked`). */
  unbacked: number;
}

const cache = new WeakMap<ArgumentMap, WeakMap<StrengthWeights, Strengths>>();

/** What a vertex passes on to the inferences it feeds: the lower of supported and stated. */
export function passes(st: Strengths, v: number): number {
  const stated = st.stated[v]!;
  const supported = st.supported[v]!;
  if (Number.isNaN(supported)) return st.unbacked;
  return Number.isNaN(stated) ? supported : Math.min(stated, supported);
}

/** Stated and supported strength of every node and inference, in one pass in topological order. */
export function supportStrength(map: ArgumentMap, phrasesOf: (node: Node, v?: number) => EstimativeMatch[] = nodePhrases, w: StrengthWeights = DEFAULT_WEIGHTS): Strengths {
  const byWeights = cache.get(map) ?? new WeakMap<StrengthWeights, Strengths>();
  cache.set(map, byWeights);
  const hit = byWeights.get(w);
  if (hit) return hit;
  const { index: s, order } = supportOrder(map);
  const n = s.ids.length;
  const undercuts = new Int32Array(n);
  const qualifiers = new Int32Array(n);
  for (const r of map.relations ?? []) {
    const to = s.vertex.get(r.to);
    if (to === undefined) continue;
    if (r.type === 'undercuts') undercuts[to]!++;
    if (r.type === 'qualifies') qualifiers[to]!++;
  }
  const st: Strengths = { stated: new Float64Array(n).fill(NaN), supported: new Float64Array(n).fill(NaN), unbacked: w.unbacked };
  // One claim said twice is one claim: each statement of it is as well supported as the best-supported one, and
  // passes that on. A statement's lift can lift another class further on, so the pass runs again while floors
  // rise, at most LIFT_ROUNDS times: a map may chain restated claims without end, and a hostile one must not make
  // this quadratic. Past that depth the lower value stands, which can only report more, never hide a finding.
  // Node numbers here are the support index's vertices too: nodes come first, in map order.
  const { groups } = restatements(map);
  const floor = groups.length > 0 ? new Float64Array(n).fill(-1) : undefined;
  for (let round = 0; ; round++) {
    strengthPass(map, s, order, st, undercuts, qualifiers, w, round === 0 ? phrasesOf : undefined, floor);
    if (!floor || round >= LIFT_ROUNDS || !raiseFloors(groups, st, floor)) break;
  }
  byWeights.set(w, st);
  return st;
}

/** Lifts each member of a class to the class's best supported strength; true when some floor rose. */
function raiseFloors(groups: readonly (readonly number[])[], st: Strengths, floor: Float64Array): boolean {
  let raised = false;
  for (const g of groups) {
    let best = -1;
    for (const v of g) if (!Number.isNaN(st.supported[v]!)) best = Math.max(best, st.supported[v]!);
    for (const v of g) {
      if (best > floor[v]! && best > st.supported[v]!) {
        floor[v] = best;
        raised = true;
      }
    }
  }
  return raised;
}

function strengthPass(
  map: ArgumentMap,
  s: ReturnType<typeof supportOrder>['index'],
  order: Iterable<number>,
  st: Strengths,
  undercuts: Int32Array,
  qualifiers: Int32Array,
  w: StrengthWeights,
  // Stated strength depends on the words alone, so only the first pass reads them (undefined after).
  phrasesOf: ((node: Node, v?: number) => EstimativeMatch[]) | undefined,
  floor: Float64Array | undefined,
): void {
  for (const v of order) {
    if (v >= s.nodeCount) {
      const k = v - s.nodeCount;
      let x = 1;
      for (let a = s.premiseStart[k]!; a < s.premiseStart[k + 1]!; a++) x = Math.min(x, passes(st, s.premise[a]!));
      st.supported[v] = x * w.undercut ** undercuts[v]!;
      continue;
    }
    const node = map.nodes[v]!;
    let supported = -1;
    for (let a = s.supportStart[v]!; a < s.supportStart[v + 1]!; a++) supported = Math.max(supported, st.supported[s.nodeCount + s.supportedBy[a]!]!);
    if (supported < 0) supported = leafStrength(node, w);
    st.supported[v] = Math.max(supported * w.qualifier ** qualifiers[v]!, floor ? floor[v]! : -1);
    if (!phrasesOf) continue;
    const stated = statedStrength(node, phrasesOf, v);
    if (stated !== undefined) st.stated[v] = stated;
  }
}
