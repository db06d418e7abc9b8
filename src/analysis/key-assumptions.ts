/**
 * A Key Assumptions Check (Heuer and Pherson, Structured Analytic Techniques, ch. 8): for each
 * conclusion, the assumptions it rests on, stated or unstated, with what would undermine each and where
 * an ACH matrix rates it.
 */
import type { ArgumentMap, Node } from '../model/types.js';
import { supportIndex, type SupportIndex } from '../graph/support-index.js';
import { supportDominators, type SupportDominators } from './dominators.js';

export interface KeyAssumption {
  id: string;
  text: string;
  kind: Node['kind'];
  /** Stated in the text, or implicit: added by the analyst. */
  status: 'stated' | 'implicit';
  /** What would undermine it: nodes that attack or contradict it. */
  underminedBy: { node: string; how: 'attacks' | 'contradicts' }[];
  /** Hypothesis sets that rate it as a row. */
  rowIn: string[];
}

/** What a conclusion needs (if any of these fails, the conclusion loses its support), sorted by what it is. */
export interface ConclusionNeeds {
  /** Needed and taken as true with no inference of the map behind them: what a Key Assumptions Check examines. */
  assumptions: string[];
  /** Needed conclusions with support of their own: their assumptions are listed under them, not repeated. */
  conclusions: string[];
  /** Needed judgements with support of their own: links of the chain, whose grounds are listed instead. */
  judgements: string[];
  /** Needed evidence and sources (single-point-of-evidence weighs those). */
  evidence: string[];
  /** Needed, unsupported, and accepted by the map as needing no grounds (it suppresses unsupported-conclusion on them). */
  given: string[];
}

export interface ConclusionAssumptions extends Omit<ConclusionNeeds, 'assumptions'> {
  conclusion: string;
  text: string;
  assumptions: KeyAssumption[];
  /**
   * Every key assumption is implicit: the text states none of them, so what the check lists is the
   * analyst's reconstruction of what the argument needs, not the author's words.
   */
  reconstructed: boolean;
  /** What would undermine the needed judgements and evidence: attacks and contradictions of them, undercuts of the inferences into them. */
  challenges: { node: string; how: 'attacks' | 'contradicts' | 'undercuts'; of: string; inference?: string }[];
  /** The needed judgements and evidence that hypothesis sets rate as rows, with those sets. */
  rows: { node: string; sets: string[] }[];
  /**
   * Nodes tagged `key-assumption` that its support reaches at any depth, through other conclusions too,
   * and not already listed as key assumptions. Two lines of support can each rest on the same presumption
   * in different words, so no single node is needed and the dominator test lists nothing; the tag is the
   * map's own word that these are what the judgement rests on.
   */
  taggedPresumptions: string[];
}

/**
 * Whether a conclusion's key assumptions are all unstated (analyst-added). A Key Assumptions Check that
 * lists only the reader's premises tests the reconstruction, not the author (Heuer and Pherson, ch. 8, tell
 * stated from unstated assumptions; ICD 203 asks that assumptions be told from judgements), so the report
 * must say so rather than let the premises pass for the text's.
 */
export function onlyReconstructed(ids: readonly string[], isAnalysts: (id: string) => boolean): boolean {
  return ids.length > 0 && ids.every(isAnalysts);
}

/** The tag by which a map marks a presumption its judgements rest on. */
export const KEY_ASSUMPTION_TAG = 'key-assumption';

/** The rule whose suppression says a node needs no grounds: a truism or a framing, not an assumption to test. */
const NEEDS_NO_GROUNDS = 'unsupported-conclusion';

/** Every conclusion that needs anything, in file order, each assumption with what undermines it and the sets that rate it. */
export function keyAssumptions(map: ArgumentMap): ConclusionAssumptions[] {
  const underminers = new Map<string, KeyAssumption['underminedBy']>();
  const add = (id: string, u: KeyAssumption['underminedBy'][number]) => underminers.set(id, [...(underminers.get(id) ?? []), u]);
  for (const r of map.relations ?? []) {
    if (r.type === 'attacks' || r.type === 'contradicts') add(r.to, { node: r.from, how: r.type });
    if (r.type === 'contradicts') add(r.from, { node: r.to, how: 'contradicts' });
  }
  const undercutters = new Map<string, string[]>();
  for (const r of map.relations ?? []) if (r.type === 'undercuts') undercutters.set(r.to, [...(undercutters.get(r.to) ?? []), r.from]);
  const into = new Map<string, string[]>();
  for (const i of map.inferences ?? []) into.set(i.conclusion, [...(into.get(i.conclusion) ?? []), i.id]);
  const nodeOf = new Map(map.nodes.map((n) => [n.id, n]));
  const out: ConclusionAssumptions[] = [];
  map.nodes.forEach((n, v) => {
    if (n.kind !== 'conclusion') return;
    const needs = conclusionNeeds(map, v);
    const listed = new Set(needs.assumptions);
    const taggedPresumptions = supportReaches(map, v)
      .filter((w) => map.nodes[w]!.tags?.includes(KEY_ASSUMPTION_TAG) && !listed.has(map.nodes[w]!.id))
      .map((w) => map.nodes[w]!.id);
    if (taggedPresumptions.length === 0 && Object.values(needs).every((ids: string[]) => ids.length === 0)) return;
    const rowIn = (id: string) => (map.hypothesisSets ?? []).filter((set) => set.evidence?.includes(id)).map((set) => set.id);
    const assumptions = needs.assumptions.map((id): KeyAssumption => {
      const node = nodeOf.get(id)!;
      return { id, text: node.text, kind: node.kind, status: node.analyst ? 'implicit' : 'stated', underminedBy: underminers.get(id) ?? [], rowIn: rowIn(id) };
    });
    const challenges: ConclusionAssumptions['challenges'] = [];
    for (const of of [...needs.judgements, ...needs.evidence]) {
      for (const u of underminers.get(of) ?? []) challenges.push({ ...u, of });
      for (const inference of into.get(of) ?? []) for (const node of undercutters.get(inference) ?? []) challenges.push({ node, how: 'undercuts', of, inference });
    }
    const rows = [...needs.judgements, ...needs.evidence].map((node) => ({ node, sets: rowIn(node) })).filter((r) => r.sets.length > 0);
    const reconstructed = onlyReconstructed(needs.assumptions, (id) => nodeOf.get(id)!.analyst === true);
    out.push({ conclusion: n.id, text: n.text, ...needs, assumptions, reconstructed, challenges, rows, taggedPresumptions });
  });
  return out;
}

/** What the conclusion at node index `v` needs, sorted into assumptions, conclusions, judgements, evidence and the given. */
export function conclusionNeeds(map: ArgumentMap, v: number): ConclusionNeeds {
  const s = supportIndex(map);
  const result: ConclusionNeeds = { assumptions: [], conclusions: [], judgements: [], evidence: [], given: [] };
  for (const w of needed(s, supportDominators(map), map, v)) {
    const node = map.nodes[w]!;
    const supported = s.supportStart[w + 1]! > s.supportStart[w]!;
    if (node.kind === 'evidence' || node.kind === 'source') result.evidence.push(node.id);
    else if (supported) (node.kind === 'conclusion' ? result.conclusions : result.judgements).push(node.id);
    else if (node.suppress?.some((x) => x.rule === NEEDS_NO_GROUNDS)) result.given.push(node.id);
    else result.assumptions.push(node.id);
  }
  return result;
}

/**
 * The nodes conclusion `c` needs, in the order found, stopping at any other supported conclusion (which
 * answers for its own needs). A node is needed when it dominates a needed node on the support graph
 * (every chain of support passes through it), when it is a linked premise of a dominating inference,
 * or when it is a premise of every inference into a needed node (two lines of support that share a
 * premise are not independent). Linked premises are followed to any depth. Each walk up the dominator
 * tree stops at the first vertex already seen, whose own walk covers the rest, so a conclusion costs
 * time in proportion to what it needs.
 */
function needed(s: SupportIndex, dom: SupportDominators, map: ArgumentMap, c: number): number[] {
  const seen = new Set<number>([c]);
  const out: number[] = [];
  // Each entry: a needed node, and whether its dominators have still to be walked.
  const queue: [number, boolean][] = [[c, true]];
  const isOtherConclusion = (w: number) => w !== c && map.nodes[w]!.kind === 'conclusion' && s.supportStart[w + 1]! > s.supportStart[w]!;
  const need = (w: number, walk: boolean) => {
    if (seen.has(w)) return;
    seen.add(w);
    out.push(w);
    if (!isOtherConclusion(w)) queue.push([w, walk]);
  };
  const linkedPremises = (k: number) => {
    for (let a = s.premiseStart[k]!; a < s.premiseStart[k + 1]!; a++) need(s.premise[a]!, true);
  };
  for (let head = 0; head < queue.length; head++) {
    const [v, walk] = queue[head]!;
    for (let d = walk ? dom.immediate(v) : -1; d !== -1 && !seen.has(d); d = dom.immediate(d)) {
      if (d >= s.nodeCount) {
        seen.add(d);
        linkedPremises(d - s.nodeCount);
        continue;
      }
      // Found on v's walk: the rest of the walk covers d's dominators, so d needs only its shared premises checked.
      need(d, false);
      if (isOtherConclusion(d)) break;
    }
    sharedPremises(s, v).forEach((p) => need(p, true));
  }
  return out;
}

/** Premises common to every inference into node `v`, when it has more than one (with one, that inference dominates). */
function sharedPremises(s: SupportIndex, v: number): number[] {
  const from = s.supportStart[v]!;
  const to = s.supportStart[v + 1]!;
  if (to - from < 2) return [];
  const premisesOf = (k: number) => s.premise.subarray(s.premiseStart[k]!, s.premiseStart[k + 1]!);
  let common = [...new Set(premisesOf(s.supportedBy[from]!))];
  for (let a = from + 1; a < to && common.length > 0; a++) {
    const here = new Set(premisesOf(s.supportedBy[a]!));
    common = common.filter((p) => here.has(p));
  }
  return common;
}

/** Every node the support of node `v` reaches, premises of premises to any depth, in the order found. */
function supportReaches(map: ArgumentMap, v: number): number[] {
  const s = supportIndex(map);
  const seen = new Set<number>([v]);
  const queue = [v];
  for (let head = 0; head < queue.length; head++) {
    const w = queue[head]!;
    for (let a = s.supportStart[w]!; a < s.supportStart[w + 1]!; a++) {
      const k = s.supportedBy[a]!;
      for (let b = s.premiseStart[k]!; b < s.premiseStart[k + 1]!; b++) {
        const p = s.premise[b]!;
        if (seen.has(p)) continue;
        seen.add(p);
        queue.push(p);
      }
    }
  }
  return queue.slice(1);
}
