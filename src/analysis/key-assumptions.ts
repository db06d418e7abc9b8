/**
 * A Key Assumptions Check (Heuer and Pherson, Structured Analytic Techniques, ch. 8): for each
 * conclusion, the assumptions it rests on, stated or unstated, with what would undermine each and where
 * an ACH matrix rates it. One claim said twice is one claim: the check reads each restatement class as one
 * node (graph/restatements.ts), so a premise's twin lends it support, attackers and matrix rows, and a
 * class is named by its representative with the other members beside it.
 */
import type { ArgumentMap, Node } from '../model/types.js';
import { forEachSupported, forEachSupporter, reachFrom, supportIndex, type SupportIndex } from '../graph/support-index.js';
import { restatements, restatementsMerged } from '../graph/restatements.js';
import { idIndex } from '../io/id-index.js';
import { supportDominators, type SupportDominators } from './dominators.js';
import { threatIndex, type Underminer } from './underminers.js';
import { keyJudgements, restatesAConclusion } from './key-judgements.js';

export interface KeyAssumption {
  id: string;
  text: string;
  kind: Node['kind'];
  /** Stated in the text, or implicit: added by the analyst. */
  status: 'stated' | 'implicit';
  /** The other members of its restatement class: one claim said twice is one claim, so their support and attackers count as its own. */
  restatedAs: string[];
  /**
   * What would undermine it: attackers of it and of its restatements, undercuts of the inferences using it
   * as a premise and of the inferences on its lines of support to the conclusion.
   */
  underminedBy: Underminer[];
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
  /** The node examined: a policy conclusion, or a judgement (a key judgement, or one asked for by id). */
  conclusion: string;
  /** Whether the node examined is a policy conclusion or a judgement; the reports list the two apart. */
  anchor: 'conclusion' | 'judgement';
  text: string;
  /** The other members of the conclusion's restatement class, whose support counts as its own. */
  restatedAs: string[];
  assumptions: KeyAssumption[];
  /**
   * Every key assumption is implicit: the text states none of them, so what the check lists is the
   * analyst's reconstruction of what the argument needs, not the author's words.
   */
  reconstructed: boolean;
  /** What would undermine the needed judgements and evidence: attacks and contradictions of them, undercuts of the inferences into them. */
  challenges: { node: string; how: 'attacks' | 'contradicts' | 'undercuts'; of: string; inference?: string; restatement?: string }[];
  /** The needed judgements and evidence that hypothesis sets rate as rows, with those sets. */
  rows: { node: string; sets: string[] }[];
  /**
   * Nodes tagged `key-assumption` that its support reaches at any depth, through other conclusions too,
   * and not already listed as key assumptions. Two lines of support can each rest on the same presumption
   * in different words, so no single node is needed and the dominator test lists nothing; the tag is the
   * map's own word that these are what the judgement rests on.
   */
  taggedPresumptions: string[];
  /** What would undermine each tagged presumption, as for a key assumption; only those the map gives anything for. */
  taggedUnderminedBy: { presumption: string; underminedBy: Underminer[] }[];
  /** The needed conclusions, judgements, evidence and givens that stand for a restatement class, with its other members. */
  restated: { node: string; as: string[] }[];
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

/** The hypothesis sets that rate `id`, or a restatement of it, as a row: one claim said twice is one row. */
export function setsRating(map: ArgumentMap): (id: string) => string[] {
  const r = restatements(map);
  return (id) => {
    const members = new Set(r.members(id));
    return (map.hypothesisSets ?? []).filter((set) => set.evidence?.some((e) => members.has(e))).map((set) => set.id);
  };
}

/** Stated when the author says it in any of its restatements; implicit when every one is the analyst's. */
export function statusOf(map: ArgumentMap, id: string): 'stated' | 'implicit' {
  const r = restatements(map);
  return r.members(id).some((m) => map.nodes[idIndex(map).vertex.get(m)!]?.analyst !== true) ? 'stated' : 'implicit';
}

/** The tag by which a map marks a presumption its judgements rest on. */
export const KEY_ASSUMPTION_TAG = 'key-assumption';

/** The rule whose suppression says a node needs no grounds: a truism or a framing, not an assumption to test. */
const NEEDS_NO_GROUNDS = 'unsupported-conclusion';

/**
 * Every conclusion that needs anything, then every key judgement (analysis/key-judgements.ts) that does,
 * each in file order, each assumption with what undermines it and the sets that rate it. With `nodes`,
 * only those nodes (each with support of its own), in file order, each listed even when it needs nothing.
 */
export function keyAssumptions(map: ArgumentMap, nodes?: readonly string[]): ConclusionAssumptions[] {
  const r = restatements(map);
  const merged = restatementsMerged(map);
  const s = supportIndex(merged);
  const nodeOf = new Map(map.nodes.map((n) => [n.id, n]));
  const threats = threatIndex(map);
  const others = (id: string) => r.members(id).filter((m) => m !== id);
  const rowIn = setsRating(map);
  // Nothing tagged: the walk for tagged presumptions could only come back empty, and on a big map it is most of the cost.
  const anyTagged = map.nodes.some((n) => n.tags?.includes(KEY_ASSUMPTION_TAG));
  const tagged = (id: string) => r.members(id).filter((m) => nodeOf.get(m)!.tags?.includes(KEY_ASSUMPTION_TAG));
  const asked = nodes === undefined ? undefined : new Set(nodes);
  const judgements = asked ? new Set<string>() : new Set(keyJudgements(map));
  const out: ConclusionAssumptions[] = [];
  map.nodes.forEach((n, v) => {
    if (asked ? !asked.has(n.id) : n.kind !== 'conclusion' && !judgements.has(n.id)) return;
    const needs = conclusionNeeds(map, v, { acrossRestatements: true });
    const start = s.vertex.get(r.representative(n.id))!;
    const support = anyTagged || needs.assumptions.length > 0 ? reachFrom(s, start, forEachSupporter) : [];
    const listed = new Set(needs.assumptions);
    const taggedPresumptions = anyTagged ? support.filter((w) => w < s.nodeCount && !listed.has(s.ids[w]!)).flatMap((w) => tagged(s.ids[w]!)) : [];
    if (!asked && taggedPresumptions.length === 0 && Object.values(needs).every((ids: string[]) => ids.length === 0)) return;
    // A key judgement resting only on evidence and supported steps gives a Key Assumptions Check nothing to
    // examine, and listing it would bury the ones that do; asked for by id, it is listed all the same.
    if (!asked && judgements.has(n.id) && needs.assumptions.length === 0 && taggedPresumptions.length === 0) return;
    const within = new Set(support);
    const assumptions = needs.assumptions.map((id): KeyAssumption => {
      const node = nodeOf.get(id)!;
      const line = lineTo(s, s.vertex.get(id)!, within);
      return { id, text: node.text, kind: node.kind, status: statusOf(map, id), restatedAs: others(id), underminedBy: threats.of(id, line), rowIn: rowIn(id) };
    });
    const challenges: ConclusionAssumptions['challenges'] = [];
    for (const of of [...needs.judgements, ...needs.evidence]) {
      for (const member of r.members(of)) {
        const restatement = member === of ? {} : { restatement: member };
        for (const u of threats.attackers.get(member) ?? []) challenges.push({ ...u, of, ...restatement });
        for (const inference of threats.into.get(member) ?? []) {
          for (const node of threats.undercutters.get(inference) ?? []) challenges.push({ node, how: 'undercuts', of, inference, ...restatement });
        }
      }
    }
    const rows = [...needs.judgements, ...needs.evidence].map((node) => ({ node, sets: rowIn(node) })).filter((x) => x.sets.length > 0);
    const taggedUnderminedBy = taggedPresumptions
      .map((presumption) => ({ presumption, underminedBy: threats.of(presumption, lineTo(s, s.vertex.get(r.representative(presumption))!, within)) }))
      .filter((x) => x.underminedBy.length > 0);
    const reconstructed = onlyReconstructed(needs.assumptions, (id) => statusOf(map, id) === 'implicit');
    const restated = [...needs.conclusions, ...needs.judgements, ...needs.evidence, ...needs.given].map((node) => ({ node, as: others(node) })).filter((x) => x.as.length > 0);
    out.push({
      conclusion: n.id,
      anchor: restatesAConclusion(map, n.id) ? 'conclusion' : 'judgement',
      text: n.text,
      restatedAs: others(n.id),
      ...needs,
      assumptions,
      reconstructed,
      challenges,
      rows,
      taggedPresumptions,
      taggedUnderminedBy,
      restated,
    });
  });
  // Conclusions first: a judgement a conclusion rests on is read after the advice it grounds, as in an estimate.
  return [...out.filter((c) => c.anchor === 'conclusion'), ...out.filter((c) => c.anchor === 'judgement')];
}

/**
 * Said once of a whole report when the map tags no presumption and no conclusion has a key assumption: the
 * walk for tagged presumptions was skipped, and the map gives the check nothing to examine.
 */
export function nothingToExamine(map: ArgumentMap, report: readonly ConclusionAssumptions[]): boolean {
  return !map.nodes.some((n) => n.tags?.includes(KEY_ASSUMPTION_TAG)) && report.every((c) => c.assumptions.length === 0);
}

/** What the conclusion at node index `v` needs, sorted into assumptions, conclusions, judgements, evidence and the given. */
export function conclusionNeeds(map: ArgumentMap, v: number, options: { acrossRestatements?: boolean } = {}): ConclusionNeeds {
  const across = options.acrossRestatements === true;
  const r = restatements(map);
  const m = across ? restatementsMerged(map) : map;
  const s = supportIndex(m);
  // Node numbers are the same in the merged map; a lookup map built here would cost the whole map per conclusion.
  const nodeOf = (id: string) => map.nodes[s.vertex.get(id)!]!;
  // Across restatements a vertex stands for its whole class: what any member is, the class is. With no class
  // of two, a vertex is its own node, read by number: a lookup by id for every vertex the walk met cost half a
  // second on a million-node map.
  const members = (w: number): Node[] => (across && r.any ? r.members(s.ids[w]!).map(nodeOf) : [map.nodes[w]!]);
  const isConclusion = (w: number) => members(w).some((x) => x.kind === 'conclusion');
  const start = across ? s.vertex.get(r.representative(map.nodes[v]!.id))! : v;
  const result: ConclusionNeeds = { assumptions: [], conclusions: [], judgements: [], evidence: [], given: [] };
  for (const w of needed(s, supportDominators(m), isConclusion, start)) {
    const nodes = members(w);
    const supported = s.supportStart[w + 1]! > s.supportStart[w]!;
    if (nodes.some((x) => x.kind === 'evidence' || x.kind === 'source')) result.evidence.push(s.ids[w]!);
    else if (supported) (isConclusion(w) ? result.conclusions : result.judgements).push(s.ids[w]!);
    else if (nodes.some((x) => x.suppress?.some((y) => y.rule === NEEDS_NO_GROUNDS))) result.given.push(s.ids[w]!);
    else result.assumptions.push(s.ids[w]!);
  }
  return result;
}

/**
 * The nodes conclusion `c` needs, in the order found, stopping at any other supported conclusion (which
 * answers for its own needs). A node is needed when it dominates a needed node on the support graph
 * (every chain of support passes through it), when it is a linked premise of a dominating inference,
 * or when every inference into a needed node needs it, at any depth (two lines of support that share a
 * premise are not independent). Linked premises are followed to any depth. Each walk up the dominator
 * tree stops at the first vertex already seen, whose own walk covers the rest, so a conclusion costs
 * time in proportion to what it needs.
 */
function needed(s: SupportIndex, dom: SupportDominators, isConclusion: (w: number) => boolean, c: number): number[] {
  const seen = new Set<number>([c]);
  const out: number[] = [];
  // Each entry: a needed node, and whether its dominators have still to be walked.
  const queue: [number, boolean][] = [[c, true]];
  const isOtherConclusion = (w: number) => w !== c && isConclusion(w) && s.supportStart[w + 1]! > s.supportStart[w]!;
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
    sharedNeeds(s, v, isOtherConclusion).forEach((p) => need(p, true));
  }
  return out;
}

/**
 * What every inference into node `v` needs, at any depth, when it has more than one (with one, that
 * inference dominates and the dominator walk finds its needs). Line i needs the union of what its
 * premises need, so the lines share the intersection of those unions: a premise one line states directly
 * and another reaches three links down is needed all the same. Other conclusions answer for their own
 * needs and are not looked into; a node met again on its own line (circular support) adds nothing.
 */
function sharedNeeds(s: SupportIndex, v: number, isOtherConclusion: (w: number) => boolean): number[] {
  if (s.supportStart[v + 1]! - s.supportStart[v]! < 2) return [];
  const memo = new Map<number, number[]>();
  const open = new Set<number>();
  const needsOf = (w: number): number[] => (isOtherConclusion(w) ? [w] : [w, ...common(w)]);
  const common = (w: number): number[] => {
    const hit = memo.get(w);
    if (hit) return hit;
    if (open.has(w)) return [];
    open.add(w);
    let shared: number[] | undefined;
    for (let a = s.supportStart[w]!; a < s.supportStart[w + 1]!; a++) {
      const k = s.supportedBy[a]!;
      const line = new Set<number>();
      for (let b = s.premiseStart[k]!; b < s.premiseStart[k + 1]!; b++) for (const x of needsOf(s.premise[b]!)) line.add(x);
      shared = shared === undefined ? [...line] : shared.filter((x) => line.has(x));
      if (shared.length === 0) break;
    }
    open.delete(w);
    const result = (shared ?? []).filter((x) => x !== w);
    memo.set(w, result);
    return result;
  };
  return common(v);
}

/** The inferences on the lines of support from vertex `a` up to the conclusion whose support is `within`, in the order found. */
function lineTo(s: SupportIndex, a: number, within: ReadonlySet<number>): string[] {
  const seen = new Set<number>([a]);
  const queue = [a];
  for (let head = 0; head < queue.length; head++) {
    forEachSupported(s, queue[head]!, (w) => {
      if (seen.has(w) || !within.has(w)) return;
      seen.add(w);
      queue.push(w);
    });
  }
  return queue.filter((w) => w >= s.nodeCount).map((w) => s.ids[w]!);
}
