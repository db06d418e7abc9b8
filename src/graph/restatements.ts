import type { ArgumentMap, Inference } from '../model/types.js';

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
}

const cache = new WeakMap<ArgumentMap, Restatements>();

export function restatements(map: ArgumentMap): Restatements {
  const hit = cache.get(map);
  if (hit) return hit;
  const order = new Map(map.nodes.map((n, i) => [n.id, i]));
  // Union-find by index: each union joins two roots, so chains and cycles of restates end in one class.
  const parent = map.nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // A claim the map derives in one step from its own restatement (a recommendation drawn from the prediction it
  // repeats) is kept apart from it: merged, the step would vanish and the claim would lose what it rests on.
  const steps = new Set<string>();
  for (const i of map.inferences ?? []) for (const p of i.premises) steps.add(`${p}\u0000${i.conclusion}`);
  let any = false;
  for (const r of map.relations ?? []) {
    if (r.type !== 'restates' || steps.has(`${r.from}\u0000${r.to}`) || steps.has(`${r.to}\u0000${r.from}`)) continue;
    const a = order.get(r.from);
    const b = order.get(r.to);
    if (a === undefined || b === undefined || a === b) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    any = true;
  }
  const classes = new Map<number, string[]>();
  map.nodes.forEach((n, i) => {
    const root = find(i);
    classes.set(root, [...(classes.get(root) ?? []), n.id]);
  });
  const premises = new Set((map.inferences ?? []).flatMap((i) => i.premises));
  const rep = new Map<number, string>();
  for (const [root, ids] of classes) rep.set(root, ids.find((id) => premises.has(id)) ?? ids[0]!);
  const rootOf = (id: string) => {
    const i = order.get(id);
    return i === undefined ? undefined : find(i);
  };
  const result: Restatements = {
    representative: (id) => {
      const root = rootOf(id);
      return root === undefined ? id : rep.get(root)!;
    },
    members: (id) => {
      const root = rootOf(id);
      return root === undefined ? [id] : classes.get(root)!;
    },
    any,
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
