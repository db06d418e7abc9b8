import elkModule from 'elkjs/lib/elk.bundled.js';
import type { ArgumentGraph } from '../../../graph/argument-graph.js';
import type { ArgumentMap, Band, Node, RelationType } from '../../../model/types.js';
import { ALL_STEPS, CHAIN_MARGIN, chainElkGraph, chainElkGraphOnLayers, chainLayerBound, chainLayersPass, chainLayoutInput, chainSvg, thinnedLayers, type ChainOrder } from '../../chain.js';
import type { ElkNode } from '../../elk-graph.js';
import { readLayout, type GraphEdge, type Layout } from '../../layout.js';
import { countCrossings } from '../../stats.js';
import type { ExplorerData, ExplorerNode } from '../data-types.js';

/*
 * The chain view's layout, in the page: the render layer's own selection, boxes (Liberation Sans metrics),
 * ELK graph and SVG writer, with ELK bundled in and run on the main thread. A worker would need a
 * `worker-src` (or a blob: script source) that the page's policy does not grant, and a chain is small.
 */

interface ElkApi {
  layout(graph: ElkNode): Promise<ElkNode>;
}
let elk: ElkApi | undefined;
// The CommonJS bundle arrives as its module object (TypeScript) or as the class (esbuild); the class is its own `default`.
const ElkClass = (elkModule as unknown as { default: new () => ElkApi }).default;

/** The band as the map states it, from the badge text the page carries (`term (PHIA)`, `term (ICD 203)`). */
function bandOf(text: string | undefined): Band | undefined {
  const m = text ? /^(.*) \((PHIA|ICD 203)\)$/.exec(text) : null;
  if (!m) return undefined;
  return (m[2] === 'PHIA' ? { term: m[1], yardstick: 'PHIA' } : { term: m[1], yardstick: 'ICD203' }) as Band;
}

/** A map node with what the box measurement reads: kind, words, locator, analyst mark, hedge. */
function nodeOf(n: ExplorerNode): Node {
  const band = bandOf(n.band);
  const hedged = n.hedgePhrases !== undefined || band !== undefined || n.confidence !== undefined;
  return {
    id: n.id,
    kind: n.kind,
    text: n.text,
    ...(n.analyst ? { analyst: true } : {}),
    ...(n.locator !== undefined ? { source: { locator: n.locator, quote: n.quote ?? '' } } : {}),
    ...(hedged ? { hedge: { phrases: n.hedgePhrases ?? [], ...(band ? { band } : {}), ...(n.confidence ? { confidence: n.confidence } : {}) } } : {}),
  } as Node;
}

/** The map as the render layer reads it, rebuilt from the page's data. */
export function mapOf(data: ExplorerData): ArgumentMap {
  return {
    title: data.title,
    nodes: data.nodes.map(nodeOf),
    inferences: data.inferences.map((i) => ({ id: i.id, premises: i.premises, conclusion: i.conclusion, ...(i.scheme ? { scheme: i.scheme } : {}), ...(i.warrant ? { warrant: i.warrant } : {}), ...(i.analyst ? { analyst: true } : {}) })),
    relations: data.relations.map((r) => ({ type: r.type as RelationType, from: r.from, to: r.to, ...(r.analyst ? { analyst: true } : {}) })),
  };
}

export interface LaidChain {
  svg: string;
  /** Steps of reasoning drawn each way: the depth asked for, or fewer when that chain was too large. */
  depth: number;
  /** Vertices (nodes and inferences) the chain asked for would have held. */
  asked: number;
  layout: Layout;
  /** Width and height of the drawing at 1:1, px. */
  width: number;
  height: number;
  crossings: number;
  /** Time spent laying out (ELK, measuring and writing), ms. */
  ms: number;
}

/**
 * Most vertices (nodes and inferences) a chain view lays out: ELK runs on the page's main thread, which
 * it holds for about a second per 300 vertices; the memorandum's broadest chain has 77. Past this the
 * view keeps fewer steps of reasoning and says so.
 */
export const CHAIN_VERTEX_LIMIT = 300;

/** How many times a layer bound is lowered when the drawing still comes out wider than the pane. */
const RETRIES = 2;

/**
 * Shares of the pane the thinned layers may fill, tried in turn when the Coffman–Graham drawing crosses
 * lines or is too wide, with the orders tried on each. Narrower layers move more vertices down and leave
 * room for long lines' bends: ¶6's "no unnecessary provocation" drew 0 crossings at 80% under merged
 * barycentre order (ELK's sweeps: 2) and 3 at the full pane under either; merged barycentre order first
 * ends the search after one candidate there (in the page 275 ms CPU median against 681 with four).
 */
const THINNING = [0.8, 1] as const;
const ORDERS: readonly ChainOrder[] = ['barycentre', 'sweeps'];

/** ELK's padding around a drawing (`elk.padding` in `elkGraph`), inside the chain's margin. */
const ELK_PADDING = 12;

/**
 * Lays out the chain of `id` to fit `paneWidth` px at 1:1 where it can (the narrowest tried otherwise).
 * Candidates, in order: Coffman–Graham layers bounded to the pane (lowered while too wide), then the
 * unbounded network-simplex layers thinned to the pane (`boundedLayers`) under each order. The first
 * drawing that fits without a crossing ends the search; otherwise the fitting one with the fewest
 * crossings is kept, the earliest on a tie.
 */
export async function layoutChain(map: ArgumentMap, graph: ArgumentGraph, id: string, depth: number, paneWidth: number, title: string): Promise<LaidChain> {
  const started = performance.now();
  const api = (elk ??= new ElkClass());
  const shape = { direction: 'up', wrap: 190 } as const;
  let input = chainLayoutInput(map, graph, id, depth, shape);
  const asked = input.selection.size;
  let used = depth;
  while (input.selection.size > CHAIN_VERTEX_LIMIT && used > 1) {
    used = used === ALL_STEPS ? 3 : used - 1;
    input = chainLayoutInput(map, graph, id, used, shape);
  }
  let best: { layout: Layout; crossings: number; fits: boolean } | undefined;
  const consider = async ({ root, edges }: { root: ElkNode; edges: GraphEdge[] }): Promise<Layout> => {
    const t = performance.now();
    const layout = readLayout(input, edges, await api.layout(root), performance.now() - t);
    const crossings = countCrossings(layout.edges);
    const fits = layout.width + 2 * CHAIN_MARGIN <= paneWidth;
    if (!best || (fits ? !best.fits || crossings < best.crossings : !best.fits && layout.width < best.layout.width)) best = { layout, crossings, fits };
    return layout;
  };
  const done = () => best!.fits && best!.crossings === 0;
  let bound = chainLayerBound(paneWidth);
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    const layout = await consider(chainElkGraph(input, bound));
    if (layout.width + 2 * CHAIN_MARGIN <= paneWidth || bound <= 1) break;
    bound--;
  }
  if (!done()) {
    const first = await api.layout(chainLayersPass(input));
    const room = paneWidth - 2 * (CHAIN_MARGIN + ELK_PADDING);
    for (const share of THINNING) {
      if (done()) break;
      const layers = thinnedLayers(input, first, share * room);
      for (const order of ORDERS) if (!done()) await consider(chainElkGraphOnLayers(input, layers, order));
    }
  }
  const { layout } = best!;
  const svg = chainSvg(map, layout, input.boxes, title);
  return { svg, depth: used, asked, layout, width: layout.width + 2 * CHAIN_MARGIN, height: layout.height + 2 * CHAIN_MARGIN, crossings: best!.crossings, ms: performance.now() - started };
}
