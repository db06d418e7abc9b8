import { describe, expect, it } from 'vitest';
import { addSpare, runElk, warmUpElk } from '../src/render/elk-run.js';
import { layoutWarmUp } from '../src/render/layout-run.js';
import type { ElkNode } from '../src/render/elk-graph.js';

/** A chain of `n` boxes named after `tag`, so an answer can be told from another graph's. */
function chain(tag: string, n: number): ElkNode {
  const children = Array.from({ length: n }, (_, i) => ({ id: `${tag}${i}`, width: 40 + i, height: 20 }));
  const edges = children.slice(1).map((c, i) => ({ id: `${tag}e${i}`, sources: [children[i]!.id], targets: [c.id] }));
  return { id: 'root', layoutOptions: { 'elk.algorithm': 'layered' }, children, edges };
}

describe('ELK workers', () => {
  it('answers a layout with its own graph while warm-up layouts are still queued in the same worker', async () => {
    warmUpElk(layoutWarmUp());
    const done = await runElk(chain('a', 5));
    expect(done.children!.map((c) => c.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
  });

  it('lays out two graphs side by side in two workers, each answer going to its own call', async () => {
    addSpare(layoutWarmUp);
    const [b, c] = await Promise.all([runElk(chain('b', 4)), runElk(chain('c', 6))]);
    expect(b.children!.map((n) => n.id)).toEqual(['b0', 'b1', 'b2', 'b3']);
    expect(c.children!.map((n) => n.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
    expect(c.children!.every((n) => typeof n.x === 'number')).toBe(true);
  });
});
