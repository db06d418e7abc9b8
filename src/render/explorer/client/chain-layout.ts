import elkModule from 'elkjs/lib/elk.bundled.js';
import type { ArgumentGraph } from '../../../graph/argument-graph.js';
import type { ArgumentMap, Band, Node, RelationType } from '../../../model/types.js';
import { ALL_STEPS, CHAIN_MARGIN, chainElkGraph, chainLayerBound, chainLayoutInput, chainSvg } from '../../chain.js';
import type { ElkNode } from '../../elk-graph.js';
import { readLayout, type Layout } from '../../layout.js';
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

/** Lays out the chain of `id` to fit `paneWidth` px at 1:1 where it can (the narrowest tried otherwise). */
export async function layoutChain(map: ArgumentMap, graph: ArgumentGraph, id: string, depth: number, paneWidth: number, title: string): Promise<LaidChain> {
  const started = performance.now();
  elk ??= new ElkClass();
  const shape = { direction: 'up', wrap: 190 } as const;
  let input = chainLayoutInput(map, graph, id, depth, shape);
  const asked = input.selection.size;
  let used = depth;
  while (input.selection.size > CHAIN_VERTEX_LIMIT && used > 1) {
    used = used === ALL_STEPS ? 3 : used - 1;
    input = chainLayoutInput(map, graph, id, used, shape);
  }
  let bound = chainLayerBound(paneWidth);
  let best: Layout | undefined;
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    const { root, edges } = chainElkGraph(input, bound);
    const t = performance.now();
    const layout = readLayout(input, edges, await elk.layout(root), performance.now() - t);
    if (!best || layout.width < best.width) best = layout;
    if (layout.width + 2 * CHAIN_MARGIN <= paneWidth || bound <= 1) break;
    bound--;
  }
  const svg = chainSvg(map, best!, input.boxes, title);
  return { svg, depth: used, asked, layout: best!, width: best!.width + 2 * CHAIN_MARGIN, height: best!.height + 2 * CHAIN_MARGIN, crossings: countCrossings(best!.edges), ms: performance.now() - started };
}
