import { supportGraph, type ArgumentGraph } from '../graph/argument-graph.js';
import { mapRank } from '../graph/support-order.js';

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
  /** Vertex ids (nodes and inferences) on every support path from `id` down to a leaf, nearest first. */
  dominatorsOf(id: string): string[];
}

const cache = new WeakMap<ArgumentGraph, SupportDominators>();

/**
 * Dominators on the support graph. Support runs premise → inference → conclusion; a virtual source
 * joins every leaf (every vertex nothing supports). A vertex d dominates c from that source exactly
 * when every chain of support from c down to a leaf passes through d, so one dominator tree answers
 * for every conclusion at once.
 */
export function supportDominators(g: ArgumentGraph): SupportDominators {
  const hit = cache.get(g);
  if (hit) return hit;
  const s = supportGraph(g);
  const ids: string[] = [];
  const index = new Map<string, number>();
  const nodeCount = g.filterNodes((_k, v) => v.type === 'node').length;
  const ranked = s.nodes().map((key) => ({ key, rank: mapRank(s.getNodeAttributes(key), nodeCount) }));
  ranked.sort((a, b) => a.rank - b.rank);
  // Vertex 0 is the virtual source; map vertices follow in map order so the DFS is deterministic.
  ranked.forEach(({ key }, i) => {
    ids.push(key);
    index.set(key, i + 1);
  });
  const succ: number[][] = [[]];
  for (const key of ids) {
    const out: number[] = [];
    s.forEachOutNeighbor(key, (next) => void out.push(index.get(next)!));
    succ.push(out);
    if (s.inDegree(key) === 0) succ[0]!.push(index.get(key)!);
  }
  const idom = immediateDominators(ids.length + 1, succ, 0);
  const result: SupportDominators = {
    dominatorsOf(id) {
      const out: string[] = [];
      const start = index.get(id);
      if (start === undefined || idom[start] === -1) return out;
      for (let v = idom[start]!; v !== 0; v = idom[v]!) out.push(ids[v - 1]!);
      return out;
    },
  };
  cache.set(g, result);
  return result;
}
