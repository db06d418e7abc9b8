import type { ArgumentMap } from '../model/types.js';
import type { DrawnRating } from './style.js';
import { restsOn, type ArgumentGraph } from '../graph/argument-graph.js';

/** Which vertices (node and inference ids) a view draws; edges are those with both ends inside. */
export type Selection = Set<string>;

const ATTACKS = new Set(['attacks', 'undercuts', 'contradicts']);

/**
 * A focus view: the node, its whole support tree (everything it rests on, through inferences), whatever
 * attacks, undercuts or contradicts any part of that tree, and the hedges that qualify any of it.
 */
export function focusSelection(g: ArgumentGraph, id: string): Selection {
  if (!g.hasNode(id)) throw new Error(`no node ${JSON.stringify(id)}`);
  const tree = new Set<string>([id, ...restsOn(g, id)]);
  const out = new Set(tree);
  for (const member of tree) {
    g.forEachInEdge(member, (_e, link, source) => {
      if (ATTACKS.has(link.type) || link.type === 'qualifies') out.add(source);
    });
    // `contradicts` is symmetric: a node the tree contradicts also stands against it.
    g.forEachOutEdge(member, (_e, link, _s, target) => {
      if (link.type === 'contradicts') out.add(target);
    });
  }
  return out;
}

/**
 * A hypothesis-set view: the competing hypotheses, the evidence the set considers (its `evidence` list,
 * else every item it rates), and the inferences whose premises and conclusion are all among them.
 */
export function hypothesisSetSelection(map: ArgumentMap, g: ArgumentGraph, setId: string): Selection {
  const set = (map.hypothesisSets ?? []).find((s) => s.id === setId);
  if (!set) throw new Error(`no hypothesis set ${JSON.stringify(setId)}`);
  const out = new Set<string>(set.hypotheses);
  for (const e of set.evidence ?? []) out.add(e);
  for (const r of set.ratings ?? []) out.add(r.evidence);
  for (const inf of map.inferences ?? []) {
    if (out.has(inf.conclusion) && inf.premises.every((p) => out.has(p))) out.add(inf.id);
  }
  for (const id of out) if (!g.hasNode(id)) out.delete(id);
  return out;
}

/**
 * A part of the map drawn alone (one box of the overview): the given nodes and the steps of reasoning
 * made wholly inside them. A step with a premise outside is left out rather than drawn with a premise
 * missing, which would read as the whole reason.
 */
export function partSelection(map: ArgumentMap, g: ArgumentGraph, nodes: readonly string[]): Selection {
  const out = new Set(nodes.filter((id) => g.hasNode(id)));
  for (const inf of map.inferences ?? []) {
    if (out.has(inf.conclusion) && inf.premises.every((p) => out.has(p))) out.add(inf.id);
  }
  return out;
}

/** Every vertex of the map. */
export function wholeMap(g: ArgumentGraph): Selection {
  return new Set(g.nodes());
}

/** Rated pairs of a hypothesis set as [evidence, hypothesis] (every pair when nothing is rated yet). */
export function ratedPairs(map: ArgumentMap, setId: string): [string, string][] {
  const set = (map.hypothesisSets ?? []).find((s) => s.id === setId);
  if (!set) return [];
  if (set.ratings && set.ratings.length > 0) return set.ratings.filter((r) => r.rating !== 'NA').map((r) => [r.evidence, r.hypothesis]);
  return (set.evidence ?? []).flatMap((e) => set.hypotheses.map((h): [string, string] => [e, h]));
}

/** The set's ratings a view draws as lines (consistent or inconsistent), in the map's order. */
export function drawnRatings(map: ArgumentMap, setId: string): { evidence: string; hypothesis: string; rating: DrawnRating }[] {
  const set = (map.hypothesisSets ?? []).find((s) => s.id === setId);
  const out: { evidence: string; hypothesis: string; rating: DrawnRating }[] = [];
  for (const r of set?.ratings ?? []) {
    if (r.rating !== 'N' && r.rating !== 'NA') out.push({ evidence: r.evidence, hypothesis: r.hypothesis, rating: r.rating });
  }
  return out;
}
