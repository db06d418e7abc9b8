import type { ArgumentMap } from '../model/types.js';
import { forEachSupported, supportIndex, supporterCount } from '../graph/support-index.js';

/**
 * Immediate dominators of a directed graph given as successor lists over vertices 0..n-1, from `root`.
 * graphology has no dominator algorithm, so this is Cooper, Harvey and Kennedy's iterative one ("A
 * Simple, Fast Dominance Algorithm", 2001): number the vertices in reverse postorder, then repeat
 * idom(v) = intersect of the processed predecessors' idoms until nothing changes. On graphs like
 * argument maps (almost acyclic) it settles in two passes, so it runs in near-linear time.
 * Returns idom[v] (idom[root] = root; -1 where v cannot be reached from root).
 */
export function immediateDominators(n: number, succ: readonly (readonly number[])[], root: number): Int32Array {
  // Iterative DFS for the postorder: maps of 100k+ vertices would overflow a recursive one.
  const post = new Int32Array(n).fill(-1);
  const rpo: number[] = [];
  const seen = new Uint8Array(n);
  const stack: number[] = [root];
  const next = new Int32Array(n);
  seen[root] = 1;
  let counter = 0;
  while (stack.length > 0) {
    const v = stack[stack.length - 1]!;
    const out = succ[v]!;
    if (next[v]! < out.length) {
      const w = out[next[v]!++]!;
      if (!seen[w]) {
        seen[w] = 1;
        stack.push(w);
      }
    } else {
      stack.pop();
      post[v] = counter++;
      rpo.push(v);
    }
  }
  rpo.reverse();
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (const v of rpo) for (const w of succ[v]!) preds[w]!.push(v);
  const idom = new Int32Array(n).fill(-1);
  idom[root] = root;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (post[a]! < post[b]!) a = idom[a]!;
      while (post[b]! < post[a]!) b = idom[b]!;
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const v of rpo) {
      if (v === root) continue;
      let d = -1;
      for (const p of preds[v]!) {
        if (idom[p] === -1) continue;
        d = d === -1 ? p : intersect(p, d);
      }
      if (d !== idom[v]) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  return idom;
}

/** The support dominator tree of a map: for any vertex, what every line of its support passes through. */
export interface SupportDominators {
  /** Vertices (SupportIndex numbers) on every support path from `v` down to a leaf, nearest first. */
  dominatorsOf(v: number): number[];
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
  // Vertex 0 is the virtual source; map vertex v is v + 1. Successors in map order keep the DFS deterministic.
  const succ: number[][] = [[]];
  for (let v = 0; v < n; v++) {
    const out: number[] = [];
    forEachSupported(s, v, (w) => void out.push(w + 1));
    succ.push(out);
    if (supporterCount(s, v) === 0) succ[0]!.push(v + 1);
  }
  const idom = immediateDominators(n + 1, succ, 0);
  const result: SupportDominators = {
    dominatorsOf(v) {
      const out: number[] = [];
      if (idom[v + 1] === -1) return out;
      for (let d = idom[v + 1]!; d !== 0; d = idom[d]!) out.push(d - 1);
      return out;
    },
  };
  cache.set(map, result);
  return result;
}
