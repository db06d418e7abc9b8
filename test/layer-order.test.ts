import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { barycentreOrder, layersOf, layersOnly } from '../src/render/layer-order.js';
import { elkGraph } from '../src/render/layout.js';
import { runElk } from '../src/render/elk-run.js';
import { measureNode } from '../src/render/boxes.js';
import { buildGraph } from '../src/graph/argument-graph.js';
import { loadMap } from '../src/io/load.js';
import type { ArgumentMap } from '../src/model/types.js';

const MEMO = 'arguments/soviet-policies-1953.yaml';
type Edge = { source: string; target: string };

/** Crossings between consecutive layers of an order (each edge spans one layer here). */
function crossings(rank: Map<string, number>, edges: Edge[]): number {
  let n = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const [e, f] = [edges[i]!, edges[j]!];
      const below = Math.sign(rank.get(e.source)! - rank.get(f.source)!);
      const above = Math.sign(rank.get(e.target)! - rank.get(f.target)!);
      if (below * above < 0) n++;
    }
  }
  return n;
}

describe('barycentreOrder', () => {
  it('untangles two twisted pairs of lines that the reading order crosses', () => {
    // Reading order a b | c d with a→d and b→c: one crossing; two pairs side by side: two.
    const ids = ['a', 'b', 'e', 'f', 'c', 'd', 'g', 'h'];
    const layer = new Map(ids.map((id) => [id, 'abef'.includes(id) ? 0 : 1]));
    const edges = [
      { source: 'a', target: 'd' },
      { source: 'b', target: 'c' },
      { source: 'e', target: 'h' },
      { source: 'f', target: 'g' },
    ];
    const reading = new Map(ids.map((id, i) => [id, i]));
    expect(crossings(reading, edges)).toBe(2);
    const rank = barycentreOrder(ids, layer, edges);
    expect(crossings(rank, edges)).toBe(0);
    // Each pair stays on its own side: the pull towards the reading order keeps the a-b-c-d group left.
    expect(rank.get('a')!).toBeLessThan(rank.get('e')!);
    expect(rank.get('c')!).toBeLessThan(rank.get('g')!);
  });

  it('counts a line that skips a layer in that layer, and untangles the lines it passes', () => {
    // x (bottom) → z (top) passes layer 1, where p and q sit; p is tied to the right-hand top, q to the left.
    const ids = ['x', 'y', 'p', 'q', 'l', 'z'];
    const layer = new Map([
      ['x', 0],
      ['y', 0],
      ['p', 1],
      ['q', 1],
      ['l', 2],
      ['z', 2],
    ]);
    const edges = [
      { source: 'x', target: 'z' },
      { source: 'y', target: 'p' },
      { source: 'y', target: 'q' },
      { source: 'p', target: 'z' },
      { source: 'q', target: 'l' },
    ];
    const rank = barycentreOrder(ids, layer, edges);
    // In reading order p→z and q→l cross; the order puts p and z on the same side of q and l.
    expect(Math.sign(rank.get('p')! - rank.get('q')!)).toBe(Math.sign(rank.get('z')! - rank.get('l')!));
    // x's line runs up to z through layer 1, so z ends up on x's side (the left) of l.
    expect(rank.get('z')!).toBeLessThan(rank.get('l')!);
  });

  it('keeps a vertex with no neighbours in its slot and gives every vertex a rank, layer by layer', () => {
    const ids = ['a', 'lone', 'b', 'c', 'd'];
    const layer = new Map([
      ['a', 0],
      ['lone', 0],
      ['b', 0],
      ['c', 1],
      ['d', 1],
    ]);
    const edges = [
      { source: 'a', target: 'd' },
      { source: 'b', target: 'c' },
    ];
    const rank = barycentreOrder(ids, layer, edges);
    expect([...rank.keys()].sort()).toEqual([...ids].sort());
    const row = ['a', 'lone', 'b'].sort((x, y) => rank.get(x)! - rank.get(y)!);
    expect(row[1]).toBe('lone');
    expect(Math.max(rank.get('a')!, rank.get('lone')!, rank.get('b')!)).toBeLessThan(Math.min(rank.get('c')!, rank.get('d')!));
  });
});

describe('layersOf', () => {
  it('reads layers from the bands of the boxes, from the bottom when support runs up, each connected part on its own', () => {
    const box = (id: string, x: number, y: number, height = 20) => ({ id: `n:${id}`, x, y, width: 50, height });
    // Part one: e (bottom) → c → t (top), a tall box beside c; part two shifted down by half a layer.
    const done = {
      id: 'root',
      children: [box('t', 0, 0), box('c', 0, 60), box('tall', 80, 50, 40), box('e', 0, 120), box('u', 300, 30), box('v', 300, 90)],
    };
    const edges = [
      { source: 'e', target: 'c' },
      { source: 'c', target: 't' },
      { source: 'e', target: 'tall' },
      { source: 'v', target: 'u' },
    ];
    const up = layersOf(done, 'up', edges);
    expect(Object.fromEntries(up)).toEqual({ e: 0, c: 1, tall: 1, t: 2, v: 0, u: 1 });
    const down = layersOf(done, 'down', edges);
    expect(Object.fromEntries(down)).toEqual({ t: 0, c: 1, tall: 1, e: 2, u: 0, v: 1 });
  });
});

describe.skipIf(!existsSync(MEMO))('layer order on the memorandum', () => {
  it('one added item of evidence, for any claim of the map, flips few of the pairs of other nodes in a layer', async () => {
    const map = loadMap(MEMO).map;
    const graph = buildGraph(map);
    const boxes = new Map(map.nodes.map((n) => [n.id, measureNode(n)]));
    const { root } = elkGraph({ map, graph, selection: new Set(graph.nodes()), boxes, direction: 'up', groupBy: 'none' });
    const edgesOf = (r: typeof root) => r.edges!.map((e) => ({ source: e.sources[0]!.slice(2), target: e.targets[0]!.slice(2) }));
    const layers = layersOf(await runElk(layersOnly(root)), 'up', edgesOf(root));
    const ids = root.children!.map((c) => c.id.slice(2));
    const before = barycentreOrder(ids, layers, edgesOf(root));
    const nodes = map.nodes.map((n) => n.id);
    const claims = map.nodes.filter((n) => n.kind === 'claim');
    expect(claims.length).toBeGreaterThan(30);
    const worst: number[] = [];
    for (const claim of claims) {
      const edited: ArgumentMap = structuredClone(map);
      edited.nodes.push({ id: 'added-evidence', kind: 'evidence', text: 'A new report the reader found' });
      (edited.inferences ??= []).push({ id: 'added-step', premises: ['added-evidence'], conclusion: claim.id });
      const g2 = buildGraph(edited);
      const { root: r2 } = elkGraph({
        map: edited,
        graph: g2,
        selection: new Set(g2.nodes()),
        boxes: new Map([...boxes, ['added-evidence', measureNode(edited.nodes.at(-1)!)]]),
        direction: 'up',
        groupBy: 'none',
      });
      // The new item sits one layer under its claim, where ELK's layering puts a lone premise.
      const l2 = new Map([...layers, ['added-evidence', layers.get(claim.id)! - 1]]);
      const after = barycentreOrder(
        r2.children!.map((c) => c.id.slice(2)),
        l2,
        edgesOf(r2),
      );
      let pairs = 0;
      let flipped = 0;
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const [a, b] = [nodes[i]!, nodes[j]!];
          if (layers.get(a) !== layers.get(b)) continue;
          pairs++;
          if (Math.sign(before.get(a)! - before.get(b)!) !== Math.sign(after.get(a)! - after.get(b)!)) flipped++;
        }
      }
      worst.push(flipped / pairs);
    }
    // Measured (third re-read): mean 0.7%, worst 2.0%, no claim over the 2% the whole-layout test allows
    // (its edit is one of these); on the second re-read a weaker pull (0.10) put 4 of 45 claims over 2%,
    // free sweeps 34.
    expect(worst.reduce((s, x) => s + x, 0) / worst.length).toBeLessThan(0.015);
    expect(worst.filter((x) => x >= 0.02).length).toBeLessThanOrEqual(Math.ceil(claims.length / 20));
    expect(Math.max(...worst)).toBeLessThan(0.04);
  });
});
