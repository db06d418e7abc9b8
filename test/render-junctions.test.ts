import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { loadMap, loadMapText } from '../src/io/load.js';
import { buildGraph } from '../src/graph/argument-graph.js';
import { measureNode } from '../src/render/boxes.js';
import { elkGraph } from '../src/render/layout.js';
import { renderSvg } from '../src/render/render.js';
import type { ArgumentMap } from '../src/model/types.js';
import { tieredMap } from './helpers/tiered-map.js';

/**
 * The inferences a whole map draws as junction boxes: those linking two or more premises, and those an
 * undercut lands on. Worked out here from the map alone, not from the layout code.
 */
function expectedJunctions(map: ArgumentMap): number {
  const undercut = new Set((map.relations ?? []).filter((r) => r.type === 'undercuts').map((r) => r.to));
  return (map.inferences ?? []).filter((i) => new Set(i.premises).size > 1 || undercut.has(i.id)).length;
}

function elkBoxes(map: ArgumentMap): { nodes: number; junctions: number } {
  const graph = buildGraph(map);
  const boxes = new Map(map.nodes.map((n) => [n.id, measureNode(n)]));
  const { root } = elkGraph({ map, graph, selection: new Set(graph.nodes()), boxes, direction: 'up', groupBy: 'none' });
  const ids = new Set(map.nodes.map((n) => `n:${n.id}`));
  const children = root.children ?? [];
  return { nodes: children.filter((c) => ids.has(c.id)).length, junctions: children.filter((c) => !ids.has(c.id)).length };
}

describe('junction boxes', () => {
  // The render bench once reported 541 "junctions" for its 1,000-node map where ELK was given 137: the
  // count had become every inference. Single-premise steps are lines, not boxes.
  for (const [n, seed, undercuts] of [
    [60, 1, 0],
    [200, 2, 3],
    [1000, 12, 10],
  ] as const) {
    it(`a made map of ${n} nodes with ${undercuts} undercuts: one box per linked or undercut inference, none for single-premise steps`, () => {
      const map = tieredMap(n, seed, undercuts);
      const single = (map.inferences ?? []).filter((i) => new Set(i.premises).size === 1).length;
      expect(single).toBeGreaterThan(expectedJunctions(map) - undercuts);
      expect(elkBoxes(map)).toEqual({ nodes: n, junctions: expectedJunctions(map) });
    });
  }

  for (const file of ['arguments/soviet-policies-1953.yaml', 'arguments/examples/harbour.yaml'].filter((f) => existsSync(f))) {
    it(`${file}: one box per linked or undercut inference`, () => {
      const { map } = loadMap(file);
      expect(elkBoxes(map)).toEqual({ nodes: map.nodes.length, junctions: expectedJunctions(map) });
    });
  }

  it('render --stats reports the junctions drawn apart from the inferences', async () => {
    const map = tieredMap(80, 5, 2);
    const { stats } = await renderSvg(loadMapText(JSON.stringify(map), 'made.json', 'json'));
    expect(stats.junctions).toBe(expectedJunctions(map));
    expect(stats.inferences).toBe(map.inferences!.length);
    expect(stats.junctions).toBeLessThan(stats.inferences);
  });
});
