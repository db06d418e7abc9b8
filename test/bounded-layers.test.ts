import { describe, expect, it } from 'vitest';
import { boundedLayers } from '../src/render/bounded-layers.js';

/** Layers as rows of ids, the row of layer 0 (where edges start) first. */
function rows(layers: Map<string, number>): string[][] {
  const out: string[][] = [];
  for (const [id, l] of layers) (out[l] ??= []).push(id);
  return out.map((r) => (r ?? []).sort());
}

describe('boundedLayers', () => {
  // Six items of evidence under one claim, which with a premise of its own supports the conclusion.
  const order = ['c', 'claim', 'p', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6'];
  const edges = [
    ...['e1', 'e2', 'e3', 'e4', 'e5', 'e6'].map((e) => ({ source: e, target: 'claim' })),
    { source: 'claim', target: 'c' },
    { source: 'p', target: 'c' },
    { source: 'e6', target: 'p' },
  ];
  const layerOf = new Map([...['e1', 'e2', 'e3', 'e4', 'e5'].map((e) => [e, 1] as const), ['e6', 0], ['p', 1], ['claim', 2], ['c', 3]]);
  const width = new Map(order.map((id) => [id, 100]));

  it('leaves layers that fit as they are', () => {
    expect(boundedLayers(order, layerOf, edges, width, 10_000, 20)).toEqual(layerOf);
  });

  it('moves vertices of a layer too wide for the room further from the conclusion, and what they rest on with them', () => {
    // Room for three boxes of 100 px with 20 px between them.
    const thinned = boundedLayers(order, layerOf, edges, width, 340, 20);
    for (const row of rows(thinned)) expect(row.length * 100 + (row.length - 1) * 20).toBeLessThanOrEqual(340);
    for (const e of edges) expect(thinned.get(e.source)!, `${e.source} → ${e.target}`).toBeLessThan(thinned.get(e.target)!);
    // The conclusion and the claim keep their places at the top; the later items of evidence go down first.
    const top = Math.max(...thinned.values());
    expect(thinned.get('c')).toBe(top);
    expect(thinned.get('claim')).toBe(top - 1);
    expect(rows(thinned)[top - 2]).toEqual(['e1', 'e2', 'p']);
  });

  it('keeps one vertex in a layer however narrow the room, and ends on edges that close a cycle', () => {
    const cyclic = [...edges, { source: 'c', target: 'e1' }];
    const thinned = boundedLayers(order, layerOf, cyclic, width, 50, 20);
    expect(rows(thinned).every((r) => r.length === 1)).toBe(true);
    expect(thinned.size).toBe(order.length);
  });
});
