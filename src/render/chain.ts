import type { ArgumentMap } from '../model/types.js';
import { supportGraph, type ArgumentGraph } from '../graph/argument-graph.js';
import { measureNode, type NodeBox } from './boxes.js';
import { markerDefs } from './edges.js';
import { elkGraph, type Direction, type GraphEdge, type Layout, type LayoutInput } from './layout.js';
import type { ElkNode } from './elk-graph.js';
import { boundedLayers } from './bounded-layers.js';
import { CANDIDATE_THOROUGHNESS, edgesOf, layersOf, layersOnly, orderByLayers } from './layer-order.js';
import { PAD_X, WRAP_WIDTH } from './style.js';
import type { Selection } from './select.js';
import { diagramParts, lookOf } from './svg.js';
import { FONT_FAMILY } from './text.js';
import { escapeXml, num } from './xml.js';

/*
 * A chain view: one node's neighbourhood laid out afresh, as the explorer shows it when a node is selected.
 * The explorer's page lays it out itself (with ELK bundled into the page) through these pure functions,
 * so a chain view is drawn by the same selection, boxes, ELK graph and SVG writer as `argmap render`.
 */

const CHALLENGES = new Set(['attacks', 'undercuts', 'contradicts', 'qualifies']);

/** Every step of reasoning, however far. */
export const ALL_STEPS = Number.POSITIVE_INFINITY;

/**
 * Vertices reached from `id` along support edges, against them (`in`: what it rests on) or with them
 * (`out`: what rests on it), within `steps` steps of reasoning (an inference and the node beyond it).
 */
function reach(g: ArgumentGraph, id: string, mode: 'in' | 'out', steps: number): Set<string> {
  const s = supportGraph(g);
  const out = new Set<string>();
  let frontier = [id];
  // Each step of reasoning is two hops: node → inference → node.
  for (let hop = 0; frontier.length > 0 && hop < 2 * steps; hop++) {
    const next: string[] = [];
    for (const v of frontier) {
      const neighbours = mode === 'in' ? s.inNeighbors(v) : s.outNeighbors(v);
      for (const w of neighbours) {
        if (w === id || out.has(w)) continue;
        out.add(w);
        next.push(w);
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * A chain view's vertices: the node, what it rests on down to the evidence and what rests on it up to the
 * conclusions (each within `depth` steps of reasoning), and whatever attacks, undercuts, contradicts or
 * qualifies the node or anything it rests on. With every step, the part below the node is its focus view.
 */
export function chainSelection(g: ArgumentGraph, id: string, depth: number = ALL_STEPS): Selection {
  if (!g.hasNode(id)) throw new Error(`no node ${JSON.stringify(id)}`);
  const below = new Set([id, ...reach(g, id, 'in', depth)]);
  const out = new Set([...below, ...reach(g, id, 'out', depth)]);
  for (const member of below) {
    g.forEachInEdge(member, (_e, link, source) => {
      if (CHALLENGES.has(link.type)) out.add(source);
    });
    // `contradicts` is symmetric: a node the chain contradicts also stands against it.
    g.forEachOutEdge(member, (_e, link, _s, target) => {
      if (link.type === 'contradicts') out.add(target);
    });
  }
  return out;
}

export interface ChainShape {
  /** Which way support flows. */
  direction: Direction;
  /** Widest line of a label, px. */
  wrap: number;
}

/** What ELK needs for a chain view: its vertices and their measured boxes, ungrouped. */
export function chainLayoutInput(map: ArgumentMap, graph: ArgumentGraph, id: string, depth: number, shape: ChainShape): LayoutInput {
  const selection = chainSelection(graph, id, depth);
  const boxes = new Map<string, NodeBox>();
  for (const node of map.nodes) if (selection.has(node.id)) boxes.set(node.id, measureNode(node, shape.wrap));
  return { map, graph, selection, boxes, direction: shape.direction, groupBy: 'none' };
}

/** Horizontal room ELK leaves between two boxes of a layer (`elk.spacing.nodeNode` in `elkGraph`). */
const NODE_GAP = 22;

/**
 * How many vertices one layer of a chain view may hold so that it fits `width` px at 1:1: a layer of
 * boxes as wide as the widest label line allows, with ELK's gaps between them.
 */
export function chainLayerBound(width: number, wrap: number = WRAP_WIDTH): number {
  // Most boxes are about as wide as their wrap; the page lays out again with fewer if one layer is wider.
  const box = wrap + 2 * PAD_X + NODE_GAP;
  return Math.max(1, Math.floor((width - 2 * MARGIN) / box));
}

/**
 * ELK's input for a chain view. The whole map keeps the map's reading order in every layer so that an
 * edit does not reshuffle it; a chain view is laid out afresh each time, so it is free to order for the
 * fewest crossings. Layers hold at most `layerBound` vertices (Coffman–Graham layering), so a broad
 * support tree grows downwards instead of sideways: the pane scrolls vertically and labels keep their
 * size. Nodes are placed by ELK's simple placer, which packs each layer from the left; the network-simplex
 * and Brandes–Köpf placers straighten long edges by shifting whole layers sideways, which made the
 * memorandum's broadest chain (C.7(ii), 77 vertices, layers of at most 4) 1,684 px and 2,038 px wide
 * against 919 px. Lines into one node are drawn apart, not merged into one trunk as on the whole map: in
 * a free order the trunks' shared runs cross other lines (¶6's "no unnecessary provocation": 19
 * crossings merged, 8 apart, 9 in its focus SVG). On the memorandum's 9 conclusions at a bound of 4
 * this gives 0–8 crossings where the focus drawings have 0–9, and no view wider than 912 px.
 */
export function chainElkGraph(input: LayoutInput, layerBound: number): { root: ElkNode; edges: GraphEdge[] } {
  const { root, edges } = elkGraph(input);
  Object.assign(root.layoutOptions!, {
    'elk.layered.considerModelOrder.strategy': 'NONE',
    'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
    'elk.layered.layering.strategy': 'COFFMAN_GRAHAM',
    'elk.layered.layering.coffmanGraham.layerBound': String(Math.max(1, Math.floor(layerBound))),
    'elk.layered.nodePlacement.strategy': 'SIMPLE',
    'elk.layered.mergeEdges': 'false',
    // More restarts of the layer sweep than ELK's default 7: on the memorandum's conclusions 20 never gave
    // more crossings than 7 and took ¶6's "no unnecessary provocation" from 11 to 10 and C.7(iii) from 1 to 0,
    // at 20–100 ms a chain.
    'elk.layered.thoroughness': '20',
  });
  return { root, edges };
}

/** ELK's input for a pass that finds a chain view's layers without a bound (network simplex), to be thinned. */
export function chainLayersPass(input: LayoutInput): ElkNode {
  const { root } = chainElkGraph(input, 1);
  delete root.layoutOptions!['elk.layered.layering.coffmanGraham.layerBound'];
  root.layoutOptions!['elk.layered.layering.strategy'] = 'NETWORK_SIMPLEX';
  return layersOnly(root);
}

/** The layers of that pass (`first`), thinned so that each layer's boxes fit `room` px side by side. */
export function thinnedLayers(input: LayoutInput, first: ElkNode, room: number): Map<string, number> {
  const { root } = chainElkGraph(input, 1);
  const edges = edgesOf(root);
  const across = input.direction === 'up' || input.direction === 'down' ? 'width' : 'height';
  const extent = new Map(root.children!.map((c) => [c.id.slice(2), c[across] ?? 0]));
  return boundedLayers([...extent.keys()], layersOf(first, input.direction, edges), edges, extent, room, NODE_GAP);
}

/** How a chain view on given layers orders each layer (see `chainElkGraphOnLayers`). */
export type ChainOrder = 'sweeps' | 'barycentre';

/**
 * ELK's input for a chain view on layers chosen beforehand (`boundedLayers`, numbered from where edges
 * start): ELK's interactive layering reads each box's layer from its place along the flow, so each child
 * is put in its layer's band. `sweeps` leaves the order to ELK's layer sweeps as `chainElkGraph` does;
 * `barycentre` fixes it by free barycentre sweeps (`barycentreOrder` with no pull towards reading order:
 * a chain view is laid out afresh each time) and merges lines into one node, as the focus drawings do.
 * On ¶6's "no unnecessary provocation" thinned to 80% of a 1,000 px pane: sweeps 2 crossings, barycentre
 * with lines apart 2, with merged lines 0.
 */
export function chainElkGraphOnLayers(input: LayoutInput, layerOf: ReadonlyMap<string, number>, order: ChainOrder): { root: ElkNode; edges: GraphEdge[] } {
  const { root, edges } = chainElkGraph(input, 1);
  const options = root.layoutOptions!;
  delete options['elk.layered.layering.coffmanGraham.layerBound'];
  options['elk.layered.layering.strategy'] = 'INTERACTIVE';
  const step = 1 + Math.max(0, ...root.children!.map((c) => Math.max(c.width ?? 0, c.height ?? 0)));
  const top = Math.max(0, ...layerOf.values());
  for (const c of root.children!) {
    const l = layerOf.get(c.id.slice(2)) ?? 0;
    // Layers run from where edges start: the bottom when support runs up, the left when it runs right.
    const along = (input.direction === 'up' || input.direction === 'left' ? top - l : l) * step;
    if (input.direction === 'up' || input.direction === 'down') [c.x, c.y] = [0, along];
    else [c.x, c.y] = [along, 0];
  }
  if (order === 'barycentre') {
    Object.assign(options, { 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.layered.crossingMinimization.forceNodeModelOrder': 'true', 'elk.layered.mergeEdges': 'true' });
    // With every box's place given, the sweeps only place long lines' bends, as in a focus drawing's passes.
    options['elk.layered.thoroughness'] = CANDIDATE_THOROUGHNESS;
    orderByLayers(root, layerOf, 0);
  }
  return { root, edges };
}

/** Room around a chain view's diagram, px. */
export const CHAIN_MARGIN = 12;
const MARGIN = CHAIN_MARGIN;

/** The laid-out chain as an SVG of its diagram alone (the page around it carries title, legend and controls). */
export function chainSvg(map: ArgumentMap, layout: Layout, boxes: Map<string, NodeBox>, title: string): string {
  const width = Math.ceil(layout.width + 2 * MARGIN);
  const height = Math.ceil(layout.height + 2 * MARGIN);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chain-drawing" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(title)}">`,
    `<defs>${markerDefs(new Set(layout.edges.map(lookOf)))}</defs>`,
    `<g class="diagram" transform="translate(${num(MARGIN)},${num(MARGIN)})">`,
    ...diagramParts(map, layout, boxes),
    '</g></svg>',
  ].join('\n');
}
