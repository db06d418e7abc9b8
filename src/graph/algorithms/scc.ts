import { vertexCount, type Csr } from './csr.js';

/** Strongly connected components, numbered in a topological order of the condensed graph. */
export interface Components {
  count: number;
  /** Component of each vertex (-1 for a vertex left out); every edge between components goes to a higher number. */
  of: Int32Array;
  /** Members of component c are `members[start[c] .. start[c+1])`, ascending. */
  start: Int32Array;
  members: Int32Array;
}

/**
 * Tarjan's algorithm with an explicit stack (chains of a million vertices would overflow the call
 * stack), over the vertices `include` marks (all when absent). Written over Csr rather than taken from
 * graphology-components: that needs a graphology graph, whose per-edge objects cost more to build
 * than the search on the frameworks the Dung solver decomposes.
 */
export function stronglyConnected(g: Csr, include?: Uint8Array): Components {
  const n = vertexCount(g);
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callVertex = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const found = new Int32Array(n).fill(-1);
  let sp = 0;
  let next = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1 || (include && !include[root])) continue;
    let depth = 0;
    callVertex[0] = root;
    callEdge[0] = g.start[root]!;
    index[root] = low[root] = next++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callVertex[depth]!;
      const e = callEdge[depth]!;
      if (e < g.start[v + 1]!) {
        callEdge[depth] = e + 1;
        const w = g.succ[e]!;
        if (include && !include[w]) continue;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[sp++] = w;
          onStack[w] = 1;
          callVertex[++depth] = w;
          callEdge[depth] = g.start[w]!;
        } else if (onStack[w] && index[w]! < low[v]!) low[v] = index[w]!;
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          found[w] = count;
        } while (w !== v);
        count++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callVertex[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  // Tarjan closes a component only after every component it reaches: reversing its numbering puts
  // each component after all the ones with edges into it.
  const of = new Int32Array(n).fill(-1);
  const start = new Int32Array(count + 1);
  for (let v = 0; v < n; v++)
    if (found[v]! >= 0) {
      of[v] = count - 1 - found[v]!;
      start[of[v]! + 1]!++;
    }
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const members = new Int32Array(start[count]!);
  for (let v = 0; v < n; v++) if (of[v]! >= 0) members[fill[of[v]!]!++] = v;
  return { count, of, start, members };
}
