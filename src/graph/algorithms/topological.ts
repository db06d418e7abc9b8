import { inDegrees, vertexCount, type Csr } from './csr.js';

/** A topological order of the acyclic part of a graph, and what was left over. */
export interface TopologicalOrder {
  /** Every vertex not on a cycle and not reachable from one, each after all its predecessors. */
  order: Int32Array;
  /** 1 for a vertex on a cycle or downstream of one: Kahn's algorithm never frees it. */
  cyclic: Uint8Array;
}

/**
 * Kahn's algorithm, seeded in vertex order and following successor lists in order, so the result is
 * deterministic. Unlike graphology-dag's topologicalSort it does not throw on the first cycle: the
 * analyses need the acyclic part ordered and the cyclic remainder named.
 */
export function topologicalOrder(g: Csr): TopologicalOrder {
  const n = vertexCount(g);
  const indeg = inDegrees(g);
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indeg[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let a = g.start[v]!; a < g.start[v + 1]!; a++) {
      const w = g.succ[a]!;
      if (--indeg[w]! === 0) order[tail++] = w;
    }
  }
  const cyclic = new Uint8Array(n);
  for (let v = 0; v < n; v++) if (indeg[v]! > 0) cyclic[v] = 1;
  return { order: order.slice(0, tail), cyclic };
}

/**
 * Longest-path level of each vertex over its predecessors (`preds`: the graph's edges turned round):
 * 0 for a vertex with none, else one more than its highest predecessor. An edge that closes a cycle
 * (its predecessor is still being visited) is ignored, so cyclic graphs get levels too; which edge of
 * a cycle that is depends on the visiting order, given by `visit`. Iterative, for deep graphs.
 * Returns -1 for vertices `visit` does not reach.
 */
export function longestPathLevels(preds: Csr, visit: Iterable<number>): Int32Array {
  const n = vertexCount(preds);
  const level = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const next = new Int32Array(n);
  const best = new Int32Array(n);
  for (const root of visit) {
    if (level[root] !== -1) continue;
    stack.push(root);
    onStack[root] = 1;
    next[root] = preds.start[root]!;
    best[root] = 0;
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      if (next[v]! < preds.start[v + 1]!) {
        const p = preds.succ[next[v]!++]!;
        if (onStack[p]) continue;
        if (level[p] !== -1) best[v] = Math.max(best[v]!, level[p]! + 1);
        else {
          stack.push(p);
          onStack[p] = 1;
          next[p] = preds.start[p]!;
          best[p] = 0;
        }
        continue;
      }
      stack.pop();
      onStack[v] = 0;
      level[v] = best[v]!;
      const parent = stack[stack.length - 1];
      if (parent !== undefined) best[parent] = Math.max(best[parent]!, level[v]! + 1);
    }
  }
  return level;
}
