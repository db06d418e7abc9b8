import { describe, expect, it } from 'vitest';
import { buildGraph, supportedBy } from '../src/graph/argument-graph.js';
import { readSourceTexts } from '../src/io/sources.js';
import { loadMap } from '../src/io/load.js';
import { measureNode } from '../src/render/boxes.js';
import elkModule from 'elkjs/lib/elk.bundled.js';
import { ALL_STEPS, CHAIN_MARGIN, chainElkGraph, chainLayerBound, chainLayoutInput, chainSelection } from '../src/render/chain.js';
import type { ElkNode } from '../src/render/elk-graph.js';
import { readLayout, type Layout } from '../src/render/layout.js';
import { renderSvg } from '../src/render/render.js';
import { countCrossings } from '../src/render/stats.js';
import { WRAP_WIDTH } from '../src/render/style.js';
import { drawnCrossings, edgesOfSvg } from './helpers/drawn-edges.js';
import { CHAIN_VERTEX_LIMIT, layoutChain, mapOf } from '../src/render/explorer/client/chain-layout.js';
import type { ArgumentMap } from '../src/model/types.js';
import { explorerData } from '../src/render/explorer/payload.js';
import { focusSelection } from '../src/render/select.js';

const MAPS = ['arguments/soviet-policies-1953.yaml', 'arguments/examples/harbour.yaml', 'test/fixtures/explorer/river-swimming.yaml'];
const RIVER = 'test/fixtures/explorer/river-swimming.yaml';

describe('the chain view draws what the renderer would', () => {
  it.each(MAPS)('%s: every box the page measures from its data equals the SVG renderer’s box of the map node', (file) => {
    const loaded = loadMap(file);
    const rebuilt = mapOf(explorerData(loaded, readSourceTexts(loaded)));
    expect(rebuilt.nodes.map((n) => n.id)).toEqual(loaded.map.nodes.map((n) => n.id));
    loaded.map.nodes.forEach((node, i) => {
      const { node: _a, ...page } = measureNode(rebuilt.nodes[i]!);
      const { node: _b, ...svg } = measureNode(node);
      expect(page, node.id).toEqual(svg);
    });
    // Each map has banded hedges, so the band is really read back from the page's badge text.
    expect(rebuilt.nodes.some((n) => n.hedge?.band)).toBe(true);
  });
});

describe('chainSelection', () => {
  it.each(MAPS)('%s: with every step, each node’s chain is its focus view plus what rests on it', (file) => {
    const g = buildGraph(loadMap(file).map);
    for (const id of g.nodes()) {
      if (g.getNodeAttributes(id).type !== 'node') continue;
      const chain = chainSelection(g, id, ALL_STEPS);
      const focus = focusSelection(g, id);
      const above = supportedBy(g, id);
      expect(
        [...focus].filter((v) => !chain.has(v)),
        id,
      ).toEqual([]);
      expect(
        [...chain].filter((v) => !focus.has(v) && !above.has(v)),
        id,
      ).toEqual([]);
    }
  });

  it('a depth keeps that many steps of reasoning each way, with the challengers of what it keeps below', () => {
    const g = buildGraph(loadMap(RIVER).map);
    const one = chainSelection(g, 'reopen', 1);
    // One step down (the reasons and their junctions), one step up (what rests on it), and the
    // attack, undercut and hedge that bear on what is kept below.
    expect([...one].sort()).toEqual(
      [
        'reopen',
        'i-reopen',
        'water-safe',
        'access-safe',
        'demand',
        'i-clubs',
        'clubs',
        'i-lifeguards',
        'budget-lifeguards',
        'drowning-risk',
        'algae',
        'volunteers-unreliable',
      ].sort(),
    );
    const two = chainSelection(g, 'reopen', 2);
    expect(two.has('tests-good')).toBe(true);
    expect(two.has('one-sample')).toBe(true);
    expect(two.has('t-june')).toBe(false);
    // The contradiction of an attacker is not drawn: only what bears on the chain itself.
    expect(two.has('algae-elsewhere')).toBe(false);
    expect(chainSelection(g, 'reopen', 3).has('t-june')).toBe(true);
    expect(() => chainSelection(g, 'no-such-node')).toThrow(/no node/);
  });
});

describe('chainLayerBound', () => {
  it('allows as many boxes side by side as fit the pane at 1:1, and never fewer than one', () => {
    // The explorer's map pane at 1440 px with the side panel open is 999 px wide.
    expect(chainLayerBound(999)).toBe(4);
    expect(chainLayerBound(1400)).toBe(5);
    expect(chainLayerBound(300)).toBe(1);
    expect(chainLayerBound(0)).toBe(1);
    expect(chainLayerBound(999, 120)).toBeGreaterThan(chainLayerBound(999));
  });
});

describe('layoutChain (the page’s layout, run here on the same bundled ELK)', () => {
  it('keeps fewer steps when the whole chain is past the limit, and says how many it was asked for', async () => {
    // One conclusion on 30 claims, each on 20 items of evidence: 631 nodes and 31 inferences in all.
    const claims = Array.from({ length: 30 }, (_, c) => `claim-${c}`);
    const map: ArgumentMap = {
      title: 'broad',
      nodes: [
        { id: 'top', kind: 'conclusion', text: 'The conclusion' },
        ...claims.flatMap((c) => [
          { id: c, kind: 'claim' as const, text: `Claim ${c}` },
          ...Array.from({ length: 20 }, (_, e) => ({ id: `${c}-e${e}`, kind: 'evidence' as const, text: `Evidence ${e} for ${c}` })),
        ]),
      ],
      inferences: [
        { id: 'i-top', premises: claims, conclusion: 'top' },
        ...claims.map((c) => ({ id: `i-${c}`, premises: Array.from({ length: 20 }, (_, e) => `${c}-e${e}`), conclusion: c })),
      ],
    };
    const laid = await layoutChain(map, buildGraph(map), 'top', ALL_STEPS, 999, 'broad');
    expect(laid.asked).toBe(662);
    expect(laid.depth).toBe(1);
    expect(laid.layout.nodes.size).toBe(31);
    expect(laid.layout.nodes.size + laid.layout.inferences.size).toBeLessThanOrEqual(CHAIN_VERTEX_LIMIT);
    // A chain within the limit is drawn whole.
    const small = await layoutChain(map, buildGraph(map), 'claim-0', ALL_STEPS, 999, 'one claim');
    expect(small.depth).toBe(ALL_STEPS);
    expect(small.layout.nodes.size).toBe(1 + 20 + 1);
  });

  it('draws no more crossings than the focus SVG where Coffman–Graham layers bounded to the pane drew more', async () => {
    const loaded = loadMap('test/fixtures/explorer/hedged-chain.yaml');
    const graph = buildGraph(loaded.map);
    const pane = 1000;
    const focus = drawnCrossings(edgesOfSvg((await renderSvg(loaded, { focus: 'c' })).svg));
    // The bounded Coffman–Graham drawing alone, its bound lowered until it fits (what the page drew before it tried thinned layers).
    const input = chainLayoutInput(loaded.map, graph, 'c', ALL_STEPS, { direction: 'up', wrap: WRAP_WIDTH });
    const ElkClass = (elkModule as unknown as { default: new () => { layout(g: ElkNode): Promise<ElkNode> } }).default;
    const elk = new ElkClass();
    let bounded: Layout | undefined;
    for (let bound = chainLayerBound(pane); bound >= 1 && (!bounded || bounded.width + 2 * CHAIN_MARGIN > pane); bound--) {
      const { root, edges } = chainElkGraph(input, bound);
      bounded = readLayout(input, edges, await elk.layout(root), 0);
    }
    expect(bounded!.width + 2 * CHAIN_MARGIN).toBeLessThanOrEqual(pane);
    expect(countCrossings(bounded!.edges)).toBeGreaterThan(focus);
    const laid = await layoutChain(loaded.map, graph, 'c', ALL_STEPS, pane, 'c');
    expect(laid.width).toBeLessThanOrEqual(pane);
    expect(drawnCrossings(edgesOfSvg(laid.svg))).toBeLessThanOrEqual(focus);
    expect(laid.crossings).toBe(drawnCrossings(edgesOfSvg(laid.svg)));
  });
});
