import type { ArgumentMap } from '../model/types.js';
import { supportIndex, supportSuccessors, supporterCount } from '../graph/support-index.js';
import { immediateDominators, withSource } from '../graph/algorithms/index.js';

/** The support dominator tree of a map: for any vertex, what every line of its support passes through. */
export interface SupportDominators {
  /** Vertices (SupportIndex numbers) on every support path from `v` down to a leaf, nearest first. */
  dominatorsOf(v: number): number[];
  /** The nearest of them, or -1 when none (a leaf, or support that reaches leaves on separate lines). */
  immediate(v: number): number;
}

const cache = new WeakMap<ArgumentMap, SupportDominators>();

/**
 * Dominators on the support graph. Support runs premise → inference → conclusion; a virtual source
 * joins every leaf (every vertex nothing supports). A vertex d dominates c from that source exactly
 * when every chain of support from c down to a leaf passes through d, so one dominator tree answers
 * for every conclusion at once.
 */
export function supportDominators(map: ArgumentMap): SupportDominators {
  const hit = cache.get(map);
  if (hit) return hit;
  const s = supportIndex(map);
  const n = s.ids.length;
  // Vertex 0 is the virtual source joining the leaves; map vertex v is v + 1. Successors in map order keep the DFS deterministic.
  const leaves: number[] = [];
  for (let v = 0; v < n; v++) if (supporterCount(s, v) === 0) leaves.push(v);
  const idom = immediateDominators(n + 1, withSource(supportSuccessors(s), leaves), 0);
  const result: SupportDominators = {
    dominatorsOf(v) {
      const out: number[] = [];
      if (idom[v + 1] === -1) return out;
      for (let d = idom[v + 1]!; d !== 0; d = idom[d]!) out.push(d - 1);
      return out;
    },
    immediate(v) {
      const d = idom[v + 1]!;
      return d <= 0 ? -1 : d - 1;
    },
  };
  cache.set(map, result);
  return result;
}
