import { describe, expect, it } from 'vitest';
import { immediateDominators } from './dominators.js';
import { csrFromLists as toCsr } from './csr.js';

describe('immediateDominators (Cooper-Harvey-Kennedy)', () => {
  it('matches the textbook example, with a loop and a diamond', () => {
    // 0 → 1 → 2 → 3 → 4 and 1 → 5 → 4 (diamond), 3 → 2 (loop), 6 unreachable.
    const succ = [[1], [2, 5], [3], [2, 4], [], [4], [0]];
    expect([...immediateDominators(7, toCsr(succ), 0)]).toEqual([0, 0, 1, 2, 1, 1, -1]);
  });
  it('runs iteratively on a chain far deeper than the call stack', () => {
    const n = 200_000;
    const succ = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : []));
    const idom = immediateDominators(n, toCsr(succ), 0);
    expect(idom[n - 1]).toBe(n - 2);
  });
});
