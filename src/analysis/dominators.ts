import type { ArgumentMap } from '../model/types.js';
import { forEachSupported, supportIndex, supporterCount } from '../graph/support-index.js';

/** A directed graph over vertices 0..n-1 as compressed successor lists: succ[start[v] .. start[v+1]). */
export interface Csr {
  start: Int32Array;
  succ: Int32Array;
}

/** Packs successor lists into a Csr. */
export function toCsr(lists: readonly (readonly number[])[]): Csr {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, v) => (start[v + 1] = start[v]! + l.length));
  const succ = new Int32Array(start[lists.length]!);
  lists.forEach((l, v) => succ.set(l, start[v]!));
  return { start, succ };
}

/**
 * Immediate dominators of a directed graph over vertices 0..n-1, from `root`.
 * graphology has no dominator algorithm, so this is Cooper, Harvey and Kennedy's iterative one ("A
 * Simple, Fast Dominance Algorithm", 2001): number the vertices in reverse postorder, then repeat
 * idom(v) = intersect of the processed predecessors' idoms until nothing changes. On graphs like
 * argument maps (almost acyclic) it settles in two passes, so it runs in near-linear time. Typed
 * arrays throughout: a million-vertex map would otherwise allocate millions of small lists.
 * Returns idom[v] (idom[root] = root; -1 where v cannot be reached from root).
 */
export function immediateDominators(n: number, g: Csr, root: number): Int32Array {
  const { start, succ } = g;
  // Iterative DFS for the postorder: maps of 100k+ vertices would overflow a recursive one.
  const post = new Int32Array(n).fill(-1);
  const rpo = new Int32Array(n);
  let reached = 0;
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const next = start.slice(0, n);
  let top = 0;
  stack[top++] = root;
  seen[root] = 1;
  let counter = 0;
  while (top > 0) {
    const v = stack[top - 1]!;
    if (next[v]! < start[v + 1]!) {
      const w = succ[next[v]!++]!;
      if (!seen[w]) {
        seen[w] = 1;
        stack[top++] = w;
      }
    } else {
      top--;
      post[v] = counter++;
      rpo[reached++] = v;
    }
  }
  const order = rpo.subarray(0, reached).reverse();
  // Predecessors among reached vertices, as a Csr.
  const predStart = new Int32Array(n + 1);
  for (const v of order) for (let a = start[v]!; a < start[v + 1]!; a++) predStart[succ[a]! + 1]!++;
  for (let v = 0; v < n; v++) predStart[v + 1]! += predStart[v]!;
  const preds = new Int32Array(predStart[n]!);
  const fill = predStart.slice(0, n);
  for (const v of order) for (let a = start[v]!; a < start[v + 1]!; a++) preds[fill[succ[a]!]!++] = v;
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
    for (const v of order) {
      if (v === root) continue;
      let d = -1;
      for (let a = predStart[v]!; a < predStart[v + 1]!; a++) {
        const p = preds[a]!;
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
  const start = new Int32Array(n + 2);
  let leaves = 0;
  for (let v = 0; v < n; v++) {
    if (supporterCount(s, v) === 0) leaves++;
    start[v + 2] = v < s.nodeCount ? s.useStart[v + 1]! - s.useStart[v]! : 1;
  }
  start[1] = leaves;
  for (let v = 1; v <= n + 1; v++) start[v]! += start[v - 1]!;
  const succ = new Int32Array(start[n + 1]!);
  let leaf = 0;
  for (let v = 0; v < n; v++) {
    if (supporterCount(s, v) === 0) succ[leaf++] = v + 1;
    let at = start[v + 1]!;
    forEachSupported(s, v, (w) => void (succ[at++] = w + 1));
  }
  const idom = immediateDominators(n + 1, { start, succ }, 0);
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
