import type { ArgumentMap, Inference } from '../model/types.js';
import { idIndex } from '../io/id-index.js';

/**
 * Restatement classes: nodes joined by `restates` in either direction, transitively. One claim said twice
 * is one claim, so an analysis of what a conclusion rests on must not see a restated premise as a leaf
 * when its twin has support or attackers of its own. A `restates` between a premise and the conclusion of
 * the same inference joins nothing (see below).
 */
export interface Restatements {
  /** The member that stands for the class: the first in file order used as a premise, else the first in file order. */
  representative(id: string): string;
  /** Every member of the class of `id`, in file order (just `id` when nothing restates it). */
  members(id: string): readonly string[];
  /** True when some `restates` relation joins two nodes of the map. */
  any: boolean;
  /** Every class of two or more members, as node numbers (positions in `map.nodes`), each in file order. */
  groups: readonly (readonly number[])[];
}

const cache = new WeakMap<ArgumentMap, Restatements>();

/** A map that restates nothing: every node is its own class. */
const UNRESTATED: Restatements = { representative: (id) => id, members: (id) => [id], any: false, groups: [] };

export function restatements(map: ArgumentMap): Restatements {
  const hit = cache.get(map);
  if (hit) return hit;
  const index = idIndex(map);
  const { vertex, nodeCount } = index;
  const nodeAt = (id: string) => {
    const v = vertex.get(id);
    return v === undefined || v >= nodeCount ? undefined : v;
  };
  const pairs: [number, number][] = [];
  for (const r of map.relations ?? []) {
    if (r.type !== 'restates') continue;
    const a = nodeAt(r.from);
    const b = nodeAt(r.to);
    if (a !== undefined && b !== undefined && a !== b) pairs.push([a, b]);
  }
  if (pairs.length === 0) {
    cache.set(map, UNRESTATED);
    return UNRESTATED;
  }
  // Only the nodes some restates names are looked at again, so a big map with few restatements costs little.
  const involved = new Set(pairs.flat());
  // A claim the map derives in one step from its own restatement (a recommendation drawn from the prediction it
  // repeats) is kept apart from it: merged, the step would vanish and the claim would lose what it rests on.
  // Premises and conclusions are read as the id index's numbers: looking each id up again cost a second on a
  // million-node map.
  const steps = new Set<string>();
  const premises = new Set<number>();
  const { premiseStart, premise, conclusion } = index;
  for (let k = 0; k < conclusion.length; k++) {
    const c = conclusion[k]!;
    for (let a = premiseStart[k]!; a < premiseStart[k + 1]!; a++) {
      const v = premise[a]!;
      if (v < 0 || v >= nodeCount || !involved.has(v)) continue;
      premises.add(v);
      if (c >= 0 && c < nodeCount && involved.has(c)) steps.add(`${v} ${c}`);
    }
  }
  // Union-find on node numbers: each union joins two roots, so chains and cycles of restates end in one class.
  const parent = new Map<number, number>();
  const find = (i: number): number => {
    let root = i;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    for (let x = i; x !== root;) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  let any = false;
  for (const [a, b] of pairs) {
    if (steps.has(`${a} ${b}`) || steps.has(`${b} ${a}`)) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
    any = true;
  }
  const classes = new Map<number, number[]>();
  for (const v of [...involved].sort((x, y) => x - y)) {
    const root = find(v);
    const list = classes.get(root);
    if (list) list.push(v);
    else classes.set(root, [v]);
  }
  const ids = new Map<number, string[]>();
  const rep = new Map<number, string>();
  for (const [root, list] of classes) {
    ids.set(
      root,
      list.map((v) => map.nodes[v]!.id),
    );
    rep.set(root, map.nodes[list.find((v) => premises.has(v)) ?? list[0]!]!.id);
  }
  const rootOf = (id: string) => {
    const v = nodeAt(id);
    return v === undefined || !involved.has(v) ? undefined : find(v);
  };
  const result: Restatements = {
    representative: (id) => {
      const root = rootOf(id);
      return root === undefined ? id : rep.get(root)!;
    },
    members: (id) => {
      const root = rootOf(id);
      return root === undefined ? [id] : ids.get(root)!;
    },
    any,
    groups: [...classes.values()].filter((g) => g.length > 1),
  };
  cache.set(map, result);
  return result;
}

const merged = new WeakMap<ArgumentMap, ArgumentMap>();

/**
 * The map with each restatement class drawn as one node: every inference's premises and conclusion
 * name the class's representative, so support into or out of any member is support of the class. The
 * other members stay in the node list (keeping node numbers) with nothing attached. A step from a claim
 * to its own restatement says nothing and is dropped, lest the class appear to support itself.
 * The map itself when nothing is restated.
 */
export function restatementsMerged(map: ArgumentMap): ArgumentMap {
  const r = restatements(map);
  if (!r.any) return map;
  const hit = merged.get(map);
  if (hit) return hit;
  const inferences: Inference[] = [];
  for (const inf of map.inferences ?? []) {
    const conclusion = r.representative(inf.conclusion);
    const premises = [...new Set(inf.premises.map((p) => r.representative(p)))].filter((p) => p !== conclusion);
    if (premises.length > 0) inferences.push({ ...inf, premises, conclusion });
  }
  const out: ArgumentMap = { ...map, inferences };
  merged.set(map, out);
  return out;
}
