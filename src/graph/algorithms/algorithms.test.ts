import { describe, expect, it } from 'vitest';
import { csrFromLists, csrFromPairs, inDegrees, reverseCsr, withSource } from './csr.js';
import { longestPathLevels, topologicalOrder } from './topological.js';

const lists = (g: { start: Int32Array; succ: Int32Array }) => Array.from({ length: g.start.length - 1 }, (_, v) => [...g.succ.subarray(g.start[v]!, g.start[v + 1]!)]);

describe('Csr', () => {
  it('builds the same graph from lists and from edge pairs, keeping each list in edge order', () => {
    const succ = [[2, 1], [], [0, 2], [1]];
    const from = Int32Array.from([0, 0, 2, 2, 3]);
    const to = Int32Array.from([2, 1, 0, 2, 1]);
    expect(lists(csrFromPairs(4, from, to))).toEqual(succ);
    expect(lists(csrFromLists(succ))).toEqual(succ);
  });

  it('turns edges round, counts in-degrees and adds a source in front', () => {
    const g = csrFromLists([[1, 2], [2], [], [2, 2]]);
    expect(lists(reverseCsr(g))).toEqual([[], [0], [0, 1, 3, 3], []]);
    expect([...inDegrees(g)]).toEqual([0, 1, 4, 0]);
    expect(lists(withSource(g, [0, 3]))).toEqual([[1, 4], [2, 3], [3], [], [3, 3]]);
  });
});

describe('topologicalOrder (Kahn, keeping the cyclic remainder)', () => {
  it('orders an acyclic graph with every vertex after its predecessors, seeded in vertex order', () => {
    const g = csrFromLists([[2], [2], [3], []]);
    const { order, cyclic } = topologicalOrder(g);
    expect([...order]).toEqual([0, 1, 2, 3]);
    expect([...cyclic]).toEqual([0, 0, 0, 0]);
  });

  it('leaves out the vertices on a cycle and those downstream of one, and marks them', () => {
    // 0 → 1 → 2 → 1 (a cycle), 2 → 3; 4 alone; 5 → 0.
    const g = csrFromLists([[1], [2], [1, 3], [], [], [0]]);
    const { order, cyclic } = topologicalOrder(g);
    expect([...order]).toEqual([4, 5, 0]);
    expect([...cyclic]).toEqual([0, 1, 1, 1, 0, 0]);
  });
});

describe('longestPathLevels', () => {
  it('gives each vertex one more than its highest predecessor', () => {
    // Edges 0 → 1 → 3 and 0 → 3 and 2 → 3: 3 sits above 1, not merely above 0.
    const preds = reverseCsr(csrFromLists([[1, 3], [3], [3], []]));
    expect([...longestPathLevels(preds, [3, 0, 1, 2])]).toEqual([0, 1, 0, 2]);
  });

  it('drops the edge that closes a cycle, chosen by the visiting order, and leaves unvisited vertices at -1', () => {
    const preds = reverseCsr(csrFromLists([[1], [0], []]));
    expect([...longestPathLevels(preds, [0])]).toEqual([1, 0, -1]);
    expect([...longestPathLevels(preds, [1])]).toEqual([0, 1, -1]);
  });

  it('runs iteratively on a chain far deeper than the call stack', () => {
    const n = 200_000;
    const g = csrFromLists(Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : [])));
    expect(longestPathLevels(reverseCsr(g), [n - 1])[n - 1]).toBe(n - 1);
  });
});
