import type { ElkNode } from './elk-graph.js';
/** Which way the layers run (the layout's direction). */
type Flow = 'up' | 'down' | 'left' | 'right';

/**
 * How far each vertex is held to its place in the map's reading order while layers are sorted by the
 * barycentres of their neighbours (0: free barycentre sweeps, 1: reading order kept). Measured on the
 * memorandum's whole map (dot: 797 on the map of issue 10, 816 on the second re-read). Crossings as drawn,
 * on the second re-read (390 edges) and the third (386 edges):
 *   reading order 1,263 / –; pull 0.30: 864 / –; 0.25: 774 / 626; 0.20: 689 / 751; 0.15: 664 / 777
 * and against the edits "one more item of evidence for claim k", one per claim (test/layer-order.test.ts),
 * the pairs of other nodes in a layer an edit flips, mean / worst / edits over 2%:
 *   second re-read, 45 claims: 0.25: 0.9% / 1.7% / 0; 0.15: 1.0% / 2.5% / 1; 0.10: 1.2% / 3.4% / 4;
 *     free sweeps: 5% / 13% / 34
 *   third re-read, 44 claims: 0.25: 0.7% / 2.0% / 0; 0.15: 0.6% / 2.4% / 1
 * The crossings ELK draws from an order swing by a hundred between nearby settings and nearby maps (its
 * own placement of long lines and merged trunks). 0.25 held until the eighteenth reading's map (247 nodes,
 * 419 edges), where it drew 951 crossings and put 10 of 41 edits over 2% (mean 1.45%). Measured there and on
 * the nineteenth's (250 nodes; dot 1,111 and 1,018 crossings on the same boxes and edges), crossings and
 * edits as above:
 *   eighteenth: 0.25: 951, 1.45% / 2.7% / 10; 0.30: 1,033, – / 1.4% / 0; 0.35: 859, 0.15% / 0.6% / 0; 0.40: 880, – / 1.2% / 0
 *   nineteenth: 0.25: 969, 0.76% / 2.1% / 2; 0.30: 1,108, 0.77% / 1.8% / 0; 0.35: 912, 0.89% / 1.7% / 0; 0.40: 994, 0.23% / 0.9% / 0
 * 0.35 is the setting with the fewest crossings on both maps and no edit over 2% on either. The sweeps run
 * until no layer changes, never "keep the best round": which round is best jumps between nearby maps, and
 * that jump alone reshuffled a tenth of the rows.
 */
export const READING_ORDER_PULL = 0.35;
/**
 * ELK's random restarts of its layer sweep in each candidate's pass. With every node's place in its layer
 * given, the sweeps only place long lines' bends and the ends of merged trunks. On the memorandum's fifth
 * re-read three restarts found what seven did for the best pull (600 crossings; 0.25 → 828 and 0.35 → 817
 * instead of 740 and 730), on its sixth a better one (0.25 → 628 instead of 657; 0.15 → 738 instead of
 * 800), at about 0.45 s of CPU a pass instead of 0.8.
 */
export const CANDIDATE_THOROUGHNESS = '3';

/** Sweeps (one up, one down) before giving up on settling; the memorandum settles in under 20. */
const MAX_SWEEPS = 40;

interface Vertex {
  layer: number;
  /** Neighbours one layer below and one layer above (long edges pass through dummy vertices). */
  below: number[];
  above: number[];
}

/**
 * A left-to-right order for every layer: layers are sorted in turn by the mean position of each vertex's
 * neighbours in the layer just swept (Sugiyama's barycentre heuristic), pulled towards the vertex's place
 * in the given order. Vertices without neighbours on the swept side keep their slots. The result is a
 * rank per vertex (layer first, then position), so sorting ELK's children by it fixes each layer's order.
 * `vertices` comes in reading order; `layerOf` numbers layers from one end; edges within a layer are ignored.
 */
export function barycentreOrder(
  vertices: readonly string[],
  layerOf: ReadonlyMap<string, number>,
  edges: readonly { source: string; target: string }[],
  pull: number = READING_ORDER_PULL,
): Map<string, number> {
  const vs: Vertex[] = [];
  const ids: string[] = [];
  const index = new Map<string, number>();
  const start: number[] = [];
  for (const id of vertices) {
    const layer = layerOf.get(id);
    if (layer === undefined || index.has(id)) continue;
    index.set(id, vs.length);
    ids.push(id);
    start.push(start.length);
    vs.push({ layer, below: [], above: [] });
  }
  for (const e of edges) {
    let a = index.get(e.source);
    let b = index.get(e.target);
    if (a === undefined || b === undefined || vs[a]!.layer === vs[b]!.layer) continue;
    if (vs[a]!.layer > vs[b]!.layer) [a, b] = [b, a];
    let prev = a;
    for (let l = vs[a]!.layer + 1; l < vs[b]!.layer; l++) {
      // A dummy starts halfway between its ends in reading order.
      start.push((start[a]! + start[b]!) / 2);
      vs.push({ layer: l, below: [prev], above: [] });
      vs[prev]!.above.push(vs.length - 1);
      prev = vs.length - 1;
    }
    vs[prev]!.above.push(b);
    vs[b]!.below.push(prev);
  }
  const layers: number[][] = [];
  vs.forEach((v, i) => (layers[v.layer] ??= []).push(i));
  const rows = layers.filter((l) => l !== undefined);
  for (const row of rows) row.sort((x, y) => start[x]! - start[y]! || x - y);
  const pos = new Float64Array(vs.length);
  const anchor = new Float64Array(vs.length);
  const size = new Int32Array(vs.length);
  for (const row of rows) {
    row.forEach((v, i) => {
      pos[v] = i;
      // Positions compared across layers of different lengths, so both sides are fractions of a row.
      anchor[v] = (i + 0.5) / row.length;
      size[v] = row.length;
    });
  }
  const sortRow = (row: number[], side: 'below' | 'above'): boolean => {
    const key = new Map<number, number>();
    const movable: number[] = [];
    for (const v of row) {
      const nb = vs[v]![side];
      if (nb.length === 0) continue;
      let sum = 0;
      for (const w of nb) sum += (pos[w]! + 0.5) / size[w]!;
      key.set(v, (1 - pull) * (sum / nb.length) + pull * anchor[v]!);
      movable.push(v);
    }
    movable.sort((x, y) => key.get(x)! - key.get(y)! || pos[x]! - pos[y]!);
    let k = 0;
    let changed = false;
    row.forEach((v, i) => {
      if (!key.has(v)) return;
      const w = movable[k++]!;
      if (w !== v) changed = true;
      row[i] = w;
    });
    row.forEach((v, i) => (pos[v] = i));
    return changed;
  };
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let changed = false;
    for (let l = 1; l < rows.length; l++) changed = sortRow(rows[l]!, 'below') || changed;
    for (let l = rows.length - 2; l >= 0; l--) changed = sortRow(rows[l]!, 'above') || changed;
    if (!changed) break;
  }
  const rank = new Map<string, number>();
  let next = 0;
  for (const row of rows) for (const v of row) if (v < ids.length) rank.set(ids[v]!, next++);
  return rank;
}

/**
 * ELK options for a first pass that only has to find the layers: the same layering as the real pass, with
 * the costly phases after it made cheap.
 */
export function layersOnly(root: ElkNode): ElkNode {
  return {
    ...root,
    layoutOptions: {
      ...root.layoutOptions,
      'elk.layered.crossingMinimization.strategy': 'NONE',
      'elk.layered.nodePlacement.strategy': 'SIMPLE',
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.thoroughness': '1',
    },
  };
}

/** Sorts `root`'s children (all plain boxes) into the layer order chosen from the first pass's layers. */
export function orderLayers(root: ElkNode, first: ElkNode, flow: Flow, pull: number = READING_ORDER_PULL): ElkNode {
  return orderByLayers(root, layersOf(first, flow, edgesOf(root)), pull);
}

/** Sorts `root`'s children (all plain boxes) into an order chosen for the given layers (numbered as `layersOf` does). */
export function orderByLayers(root: ElkNode, layerOf: ReadonlyMap<string, number>, pull: number = READING_ORDER_PULL): ElkNode {
  const ids = root.children!.map((c) => c.id.slice(2));
  const rank = barycentreOrder(ids, layerOf, edgesOf(root), pull);
  root.children!.sort((a, b) => (rank.get(a.id.slice(2)) ?? 0) - (rank.get(b.id.slice(2)) ?? 0));
  return root;
}

/** `root`'s edges by the ids of their ends (children are named `n:<id>`). */
export function edgesOf(root: ElkNode): { source: string; target: string }[] {
  return (root.edges ?? []).map((e) => ({ source: e.sources[0]!.slice(2), target: e.targets[0]!.slice(2) }));
}

/**
 * The layer of each child of a laid-out graph, read from the bands its boxes occupy along the flow, and
 * numbered from the layer where edges start (the bottom when support runs up): the sweeps begin there, and
 * beginning from the top instead gave 677 crossings on the memorandum rather than 583. ELK lays out
 * connected parts apart and packs them side by side at different offsets, so each part's bands are read
 * on their own.
 */
export function layersOf(done: ElkNode, flow: Flow, edges: readonly { source: string; target: string }[]): Map<string, number> {
  const part = new Map<string, string>();
  const find = (v: string): string => {
    let r = v;
    while (part.get(r) !== r) r = part.get(r)!;
    return r;
  };
  const vertical = flow === 'up' || flow === 'down';
  // Measured from the starting side, so that side's band comes first.
  const sign = flow === 'up' || flow === 'left' ? -1 : 1;
  const boxes = (done.children ?? []).map((c) => {
    const id = c.id.slice(2);
    part.set(id, id);
    const [a, b] = [(vertical ? c.y : c.x) ?? 0, ((vertical ? c.y : c.x) ?? 0) + ((vertical ? c.height : c.width) ?? 0)];
    return { id, lo: Math.min(sign * a, sign * b), hi: Math.max(sign * a, sign * b) };
  });
  for (const e of edges) if (part.has(e.source) && part.has(e.target)) part.set(find(e.source), find(e.target));
  const byPart = new Map<string, typeof boxes>();
  for (const b of boxes) {
    const p = find(b.id);
    const list = byPart.get(p);
    if (list) list.push(b);
    else byPart.set(p, [b]);
  }
  const layer = new Map<string, number>();
  for (const list of byPart.values()) {
    list.sort((a, b) => a.lo - b.lo);
    let n = -1;
    let end = -Infinity;
    for (const b of list) {
      if (b.lo >= end) n++;
      end = Math.max(end, b.hi);
      layer.set(b.id, n);
    }
  }
  return layer;
}
