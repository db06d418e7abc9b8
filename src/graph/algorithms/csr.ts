/**
 * A directed graph over vertices 0..n-1 as compressed successor lists: the successors of v are
 * succ[start[v] .. start[v+1]). Every integer-indexed graph in argmap (support, attacks, dominator
 * input) is one of these: on maps of a million vertices, lists of arrays or graphology's per-edge
 * objects cost more in allocation than the analyses themselves.
 */
export interface Csr {
  start: Int32Array;
  succ: Int32Array;
}

/** Number of vertices of a Csr. */
export const vertexCount = (g: Csr): number => g.start.length - 1;

/** Packs successor lists into a Csr, keeping each list's order. */
export function csrFromLists(lists: readonly (readonly number[])[]): Csr {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, v) => (start[v + 1] = start[v]! + l.length));
  const succ = new Int32Array(start[lists.length]!);
  lists.forEach((l, v) => succ.set(l, start[v]!));
  return { start, succ };
}

/**
 * A Csr from parallel arrays of edges `from[i] → to[i]`, by counting sort: each vertex's successors
 * keep the edges' order. Repeated edges stay repeated.
 */
export function csrFromPairs(n: number, from: Int32Array, to: Int32Array): Csr {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < from.length; i++) start[from[i]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const succ = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) succ[fill[from[i]!]!++] = to[i]!;
  return { start, succ };
}

/** The same graph with every edge turned round (predecessor lists), each in increasing order of its source. */
export function reverseCsr(g: Csr): Csr {
  const n = vertexCount(g);
  const from = new Int32Array(g.succ.length);
  for (let v = 0; v < n; v++) from.fill(v, g.start[v]!, g.start[v + 1]!);
  return csrFromPairs(n, g.succ, from);
}

/** How many edges enter each vertex (a repeated edge counts each time). */
export function inDegrees(g: Csr): Int32Array {
  const deg = new Int32Array(vertexCount(g));
  for (const w of g.succ) deg[w]!++;
  return deg;
}

/**
 * The graph with a new vertex 0 in front whose successors are `targets` (in that order); every old
 * vertex v becomes v + 1. The usual way to give a many-rooted graph the single root an algorithm needs.
 */
export function withSource(g: Csr, targets: ArrayLike<number>): Csr {
  const n = vertexCount(g);
  const start = new Int32Array(n + 2);
  start[1] = targets.length;
  for (let v = 0; v < n; v++) start[v + 2] = start[v + 1]! + (g.start[v + 1]! - g.start[v]!);
  const succ = new Int32Array(start[n + 1]!);
  for (let i = 0; i < targets.length; i++) succ[i] = targets[i]! + 1;
  for (let a = 0; a < g.succ.length; a++) succ[targets.length + a] = g.succ[a]! + 1;
  return { start, succ };
}
