import type { ElkExtendedEdge, ElkNode } from './elk-graph.js';
import type { ArgumentMap } from '../model/types.js';
import type { ArgumentGraph } from '../graph/argument-graph.js';
import type { NodeBox } from './boxes.js';
import { FONT, JUNCTION_R, type DrawnEdgeType, type DrawnRating } from './style.js';
import { lineHeight } from './text.js';
import { csrFromPairs, longestPathLevels } from '../graph/algorithms/index.js';
import { OVER_ROW_LANE, overRowLanes, placeRatingLabels, routeOverRow, type RatingLabel } from './set-view.js';

export type Direction = 'up' | 'down' | 'left' | 'right';
export type GroupBy = 'section' | 'none';

export interface Point {
  x: number;
  y: number;
}
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One drawn edge, its points running from the relation's `from` to its `to` (whatever way ELK ran it). */
export interface PlacedEdge {
  type: DrawnEdgeType | 'rating';
  /** For an ACH rating edge (evidence → hypothesis): the rating, and where its label sits. */
  rating?: DrawnRating;
  label?: RatingLabel;
  /** The inference a support edge belongs to. */
  inference?: string;
  from: string;
  to: string;
  analyst: boolean;
  /** An attack the author concedes and holds outweighed: drawn faded, it defeats nothing. */
  outweighed?: boolean;
  points: Point[];
}

export interface PlacedGroup extends Rect {
  section: string;
  title: string;
  depth: number;
}

export interface Layout {
  width: number;
  height: number;
  nodes: Map<string, Rect>;
  inferences: Map<string, Rect>;
  groups: PlacedGroup[];
  edges: PlacedEdge[];
  bends: number;
  layoutMs: number;
}

export interface LayoutInput {
  map: ArgumentMap;
  graph: ArgumentGraph;
  /** Vertices to draw, in any order (the map's order is restored here). */
  selection: Set<string>;
  boxes: Map<string, NodeBox>;
  direction: Direction;
  groupBy: GroupBy;
  /**
   * Pairs [below, above] that should be layered that way but are not drawn: a hypothesis-set view uses
   * them to keep rated evidence under its hypotheses, since ratings are not links of the map.
   */
  hints?: readonly (readonly [string, string])[];
  /** ACH ratings drawn as lines from evidence to hypothesis (a hypothesis-set view). */
  ratings?: readonly RatingLink[];
  /**
   * Vertices kept side by side in the top row, in this order (a set's hypotheses). A relation between
   * two of them would push one a layer up, so it is left out of the layering and drawn over the row.
   */
  row?: readonly string[];
}

export interface RatingLink {
  evidence: string;
  hypothesis: string;
  rating: DrawnRating;
}

/**
 * Relations drawn against the flow of support would pull evidence above what it supports, so ELK gets
 * them reversed and the writer flips the points back: the arrow still means what the map says.
 */
export const REVERSED: ReadonlySet<string> = new Set(['explains', 'cites']);
/** Relations with no natural up or down: ELK gets them running upward from the lower end. */
const SIDEWAYS: ReadonlySet<DrawnEdgeType | 'rating'> = new Set(['contradicts', 'restates']);

export interface GraphEdge {
  type: DrawnEdgeType | 'rating';
  rating?: DrawnRating;
  /** Both ends in the top row: routed over it by `routeOverRow`, not by ELK. */
  overRow?: boolean;
  inference?: string;
  from: string;
  to: string;
  analyst: boolean;
  outweighed?: boolean;
  /** ELK's direction: source → target (bottom → top when drawn upward). */
  source: string;
  target: string;
}

/**
 * Inferences drawn as a junction: linked ones (several premises) and undercut ones (the undercut needs
 * somewhere to land). A lone, unchallenged premise runs straight to its conclusion instead.
 */
export function junctions(input: Pick<LayoutInput, 'map' | 'selection'>): Set<string> {
  const { map, selection } = input;
  const undercut = new Set((map.relations ?? []).filter((r) => r.type === 'undercuts' && selection.has(r.from)).map((r) => r.to));
  const out = new Set<string>();
  for (const inf of map.inferences ?? []) {
    if (selection.has(inf.id) && (inf.premises.length > 1 || undercut.has(inf.id))) out.add(inf.id);
  }
  return out;
}

/** The edges of the selection in the map's order: each inference's premises and conclusion, then relations. */
function selectedEdges(input: LayoutInput, junction: Set<string>): GraphEdge[] {
  const { map, selection } = input;
  const out: GraphEdge[] = [];
  for (const inf of map.inferences ?? []) {
    if (!selection.has(inf.id)) continue;
    if (!junction.has(inf.id)) {
      const p = inf.premises[0]!;
      if (selection.has(p) && selection.has(inf.conclusion)) out.push({ type: 'support', inference: inf.id, from: p, to: inf.conclusion, analyst: Boolean(inf.analyst), source: p, target: inf.conclusion });
      continue;
    }
    for (const p of inf.premises) if (selection.has(p)) out.push({ type: 'premise', from: p, to: inf.id, analyst: Boolean(inf.analyst), source: p, target: inf.id });
    if (selection.has(inf.conclusion)) out.push({ type: 'conclusion', from: inf.id, to: inf.conclusion, analyst: Boolean(inf.analyst), source: inf.id, target: inf.conclusion });
  }
  const sideways: GraphEdge[] = [];
  const row = new Set(input.row ?? []);
  for (const r of map.relations ?? []) {
    if (!selection.has(r.from) || !selection.has(r.to)) continue;
    const e: GraphEdge = { type: r.type, from: r.from, to: r.to, analyst: Boolean(r.analyst), source: r.from, target: r.to, ...(r.outweighed ? { outweighed: true } : {}) };
    if (row.has(r.from) && row.has(r.to)) e.overRow = true;
    else if (REVERSED.has(r.type)) [e.source, e.target] = [r.to, r.from];
    else if (SIDEWAYS.has(r.type)) sideways.push(e);
    out.push(e);
  }
  for (const r of input.ratings ?? []) {
    if (selection.has(r.evidence) && selection.has(r.hypothesis)) out.push({ type: 'rating', rating: r.rating, from: r.evidence, to: r.hypothesis, analyst: false, source: r.evidence, target: r.hypothesis });
  }
  // A step of support between two hypotheses of the row is bracketed over it too (ELK refuses an edge
  // between two nodes both held in the last layer).
  for (const e of out) if (row.has(e.from) && row.has(e.to)) e.overRow = true;
  orientSideways(out.filter((e) => !e.overRow), sideways);
  return out;
}

/**
 * Longest-path level of each vertex over the directed edges, ignoring the edges that close a cycle
 * (graphology-dag refuses cyclic graphs, and mutual attacks make cycles); vertices are visited in the
 * edges' order, which decides which edge of a cycle is dropped.
 */
function levels(edges: GraphEdge[]): Map<string, number> {
  const index = new Map<string, number>();
  const visit: number[] = [];
  const id = (v: string): number => {
    let i = index.get(v);
    if (i === undefined) index.set(v, (i = index.size));
    return i;
  };
  for (const e of edges) visit.push(id(e.source), id(e.target));
  const upward = edges.filter((e) => !SIDEWAYS.has(e.type));
  const preds = csrFromPairs(index.size, Int32Array.from(upward, (e) => id(e.target)), Int32Array.from(upward, (e) => id(e.source)));
  const level = longestPathLevels(preds, visit);
  return new Map([...index].map(([v, i]) => [v, level[i]!]));
}

function orientSideways(all: GraphEdge[], sideways: GraphEdge[]): void {
  if (sideways.length === 0) return;
  const level = levels(all);
  for (const e of sideways) {
    const ls = level.get(e.source) ?? 0;
    const lt = level.get(e.target) ?? 0;
    if (ls > lt) [e.source, e.target] = [e.target, e.source];
  }
}

const DIRECTIONS: Record<Direction, string> = { up: 'UP', down: 'DOWN', left: 'LEFT', right: 'RIGHT' };
/**
 * Largest selection laid out in the map's own order (see `elkGraph`), counted as `selection.size`: the map
 * nodes and the inferences selected, every inference whether drawn as a junction box or as a plain line
 * (the memorandum: 226 nodes and 106 inferences, 332, where ELK lays out 266 boxes: 40 junctions).
 */
export const MODEL_ORDER_LIMIT = 600;
export const GROUP_LABEL_SPACE = lineHeight(FONT.group) + 10;

/** Builds ELK's input graph: map nodes sized from their boxes, inferences as junctions, sections as groups. */
export function elkGraph(input: LayoutInput): { root: ElkNode; edges: GraphEdge[] } {
  const { map, selection, boxes, groupBy } = input;
  // Nodes and inferences, junction or not: the count MODEL_ORDER_LIMIT and the placement bound compare.
  const size = selection.size;
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': DIRECTIONS[input.direction],
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
      // So that an edit to one part does not reshuffle the rest, each layer keeps the order given by the
      // children's order: the map's reading order (depth first from the conclusions, see `readingOrder`),
      // re-sorted for whole maps and focus views by barycentres held towards that reading order
      // (`barycentreOrder`, after a first pass that finds the layers). On the memorandum (third re-read):
      // re-sorted 626 crossings (reading order alone: 1,263 on the second; dot: 797 on the map of issue 10),
      // and one added item of evidence flips 0.7% of the pairs in a row on average over every claim it could
      // support, 2.0% at worst. Letting ELK reorder instead (model order as a mere tie-breaker)
      // flipped two thirds of all pairs; ELK's greedy switch after the ordered sweep reached 763 on the
      // earlier map but flipped 5.7%. Lines into one node share a trunk (`mergeEdges`).
      // Past a few hundred vertices this costs more than it gives (3,000 nodes: 5 s without, over 100 s
      // with), so big machine-made maps are laid out for speed and fewest crossings instead, with the
      // time saved spent on more sweeps: at 1,000 nodes 7,600 crossings instead of 10,700 for 1.5 s more.
      ...(size <= MODEL_ORDER_LIMIT
        ? { 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.layered.crossingMinimization.forceNodeModelOrder': 'true' }
        : { 'elk.layered.considerModelOrder.strategy': 'NONE', 'elk.layered.thoroughness': '100' }),
      // Lines into one node share a trunk on maps laid out in reading order: the memorandum 600 crossings
      // with trunks, 1,424 without. On big maps ELK's free sweeps do better apart: the synthetic
      // 1,000-node map 24,080 crossings with trunks, 7,610 without (dot: 7,628), 2,000 nodes 65,265
      // against 35,833 (dot: 38,613), and about a third less time. (A line over a trunk of k lines is
      // counted k times, as dot's k separate curves would be; the trunks' own crossing points are 5,984 at 1,000 nodes.)
      'elk.layered.mergeEdges': size <= MODEL_ORDER_LIMIT ? 'true' : 'false',
      'elk.spacing.nodeNode': '22',
      'elk.layered.spacing.nodeNodeBetweenLayers': '34',
      'elk.spacing.edgeNode': '12',
      'elk.spacing.edgeEdge': '7',
      'elk.layered.spacing.edgeNodeBetweenLayers': '12',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '7',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
      // Network simplex gives the narrowest drawing but its time grows fastest: on the memorandum's 260
      // vertices it takes 1.9 s, linear segments 1.1 s (a fifth wider), Brandes-Köpf 0.8 s (two thirds wider).
      'elk.layered.nodePlacement.strategy': size <= 150 ? 'NETWORK_SIMPLEX' : size <= MODEL_ORDER_LIMIT ? 'LINEAR_SEGMENTS' : 'BRANDES_KOEPF',
      ...(groupBy === 'section' ? { 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' } : {}),
    },
    children: [],
    edges: [],
  };
  // Every lookup by id goes through a map: a search of the node list per inference made a 10k-node map quadratic.
  const sectionOfNode = new Map(map.nodes.map((n) => [n.id, n.section]));
  const sectionOf = new Map<string, string | undefined>();
  for (const node of map.nodes) if (selection.has(node.id)) sectionOf.set(node.id, node.section);
  for (const inf of map.inferences ?? []) if (selection.has(inf.id)) sectionOf.set(inf.id, sectionOfNode.get(inf.conclusion));

  const containers = groupContainers(input, root, sectionOf);
  const place = (id: string, child: ElkNode) => {
    const section = groupBy === 'section' ? sectionOf.get(id) : undefined;
    (section ? containers.get(section) ?? root : root).children!.push(child);
  };
  for (const node of map.nodes) {
    if (!selection.has(node.id)) continue;
    const box = boxes.get(node.id)!;
    place(node.id, { id: `n:${node.id}`, width: box.width, height: box.height });
  }
  const junction = junctions(input);
  for (const inf of map.inferences ?? []) {
    // As wide as its premises need to land side by side, so linked premises read as separate lines.
    if (junction.has(inf.id)) place(inf.id, { id: `n:${inf.id}`, width: Math.max(2 * JUNCTION_R, 7 * inf.premises.length), height: 2 * JUNCTION_R });
  }
  const edges = selectedEdges(input, junction);
  const row = (input.row ?? []).filter((id) => selection.has(id));
  const laid = edges.filter((e) => !e.overRow);
  // The row first, in its own order, so the hypotheses read left to right as the ACH matrix's columns.
  const vertices = [...row, ...map.nodes.map((n) => n.id), ...(map.inferences ?? []).map((i) => i.id)].filter((id) => selection.has(id));
  const rank = readingOrder([...new Set(vertices)], laid);
  if (row.length > 0) {
    // The last layer is the top one when support runs upward.
    // Model order alone does not keep the row in the set's order (ELK sorts a layer by its incoming
    // edges), so the row's order is given as positions, which semi-interactive crossing minimisation
    // keeps; on the memorandum's change-or-retreat set that costs 84 crossings instead of 66. Tops are
    // aligned so hypotheses of different heights still read as one row.
    root.layoutOptions!['elk.layered.crossingMinimization.semiInteractive'] = 'true';
    // One layering for the whole view: laid out apart, each connected part would have its own top row.
    root.layoutOptions!['elk.separateConnectedComponents'] = 'false';
    // Room between the evidence and the first bend for the rating labels to sit on their lines.
    root.layoutOptions!['elk.layered.spacing.edgeNodeBetweenLayers'] = '22';
    const childById = new Map(root.children!.map((n) => [n.id, n]));
    row.forEach((id, k) => {
      const c = childById.get(`n:${id}`);
      // (Inside a section box when grouped; render.ts does not group a set view.)
      if (c) c.layoutOptions = { 'elk.layered.layering.layerConstraint': 'LAST', 'elk.position': `(${k * 100},0)`, 'elk.alignment': 'TOP' };
    });
    const lanes = overRowLanes(row, edges);
    if (lanes.size > 0) root.layoutOptions!['elk.padding'] = `[top=${12 + OVER_ROW_LANE * (Math.max(...lanes.values()) + 1)},left=12,bottom=12,right=12]`;
  }
  const sortChildren = (n: ElkNode) => {
    n.children?.sort((a, b) => (rank.get(a.id.slice(2)) ?? 0) - (rank.get(b.id.slice(2)) ?? 0));
    n.children?.forEach(sortChildren);
  };
  if (size <= MODEL_ORDER_LIMIT) sortChildren(root);
  root.edges = edges.flatMap((e, i): ElkExtendedEdge[] => (e.overRow ? [] : [{ id: `e${i}`, sources: [`n:${e.source}`], targets: [`n:${e.target}`] }]));
  (input.hints ?? []).forEach(([below, above], i) => {
    if (selection.has(below) && selection.has(above)) root.edges!.push({ id: `h${i}`, sources: [`n:${below}`], targets: [`n:${above}`] });
  });
  return { root, edges };
}

/** Compound nodes for the sections that hold a drawn node, nested as the map nests them. */
function groupContainers(input: LayoutInput, root: ElkNode, sectionOf: Map<string, string | undefined>): Map<string, ElkNode> {
  const out = new Map<string, ElkNode>();
  if (input.groupBy !== 'section') return out;
  const sections = input.map.sections ?? [];
  const byId = new Map(sections.map((s) => [s.id, s]));
  const used = new Set<string>();
  for (const s of sectionOf.values()) {
    // Walk up to the root section, marking every ancestor; a cycle of parents stops at the first repeat.
    let cur = s;
    while (cur && byId.has(cur) && !used.has(cur)) {
      used.add(cur);
      cur = byId.get(cur)?.parent;
    }
  }
  for (const s of sections) {
    if (!used.has(s.id)) continue;
    out.set(s.id, { id: `g:${s.id}`, layoutOptions: { 'elk.padding': `[top=${GROUP_LABEL_SPACE},left=12,bottom=12,right=12]` }, children: [] });
  }
  for (const s of sections) {
    const g = out.get(s.id);
    if (!g) continue;
    const parent = s.parent ? out.get(s.parent) : undefined;
    (parent ?? root).children!.push(g);
  }
  return out;
}

/**
 * Reads ELK's answer (`done`, laid out from `elkGraph(input)`, whose `edges` it returns) back into
 * absolute positions. Pure, so the explorer's page runs it on the layout it makes itself.
 */
export function readLayout(input: LayoutInput, edges: GraphEdge[], done: ElkNode, layoutMs: number): Layout {
  const nodes = new Map<string, Rect>();
  const inferences = new Map<string, Rect>();
  const groups: PlacedGroup[] = [];
  const titles = new Map((input.map.sections ?? []).map((s) => [s.id, s.title]));
  const walk = (n: ElkNode, depth: number) => {
    for (const c of n.children ?? []) {
      const rect = { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 };
      if (c.id.startsWith('g:')) {
        const section = c.id.slice(2);
        groups.push({ ...rect, section, title: titles.get(section) ?? section, depth });
        walk(c, depth + 1);
      } else {
        const id = c.id.slice(2);
        (input.graph.getNodeAttributes(id).type === 'inference' ? inferences : nodes).set(id, rect);
      }
    }
  };
  walk(done, 0);
  let bends = 0;
  const byId = new Map((done.edges ?? []).map((e) => [e.id, e]));
  const placed: PlacedEdge[] = edges.map((e, i) => {
    const laid = byId.get(`e${i}`);
    const points: Point[] = [];
    for (const s of laid?.sections ?? []) {
      points.push(s.startPoint, ...(s.bendPoints ?? []), s.endPoint);
      bends += s.bendPoints?.length ?? 0;
    }
    if (e.source !== e.from) points.reverse();
    return { type: e.type, ...(e.rating ? { rating: e.rating } : {}), ...(e.inference ? { inference: e.inference } : {}), from: e.from, to: e.to, analyst: e.analyst, ...(e.outweighed ? { outweighed: true } : {}), points: points.map((p) => ({ x: p.x, y: p.y })) };
  });
  routeOverRow(edges, placed, nodes, input.row ?? []);
  placeRatingLabels(placed, nodes, inferences);
  return { width: done.width ?? 0, height: done.height ?? 0, nodes, inferences, groups, edges: placed, bends, layoutMs };
}

/**
 * A reading order of the vertices: depth first from each top vertex (a conclusion, in the map's order)
 * down through its reasons in the order the map gives them. Hand-written because the order of visits
 * matters and graphology-traversal's DFS follows the graph's insertion order, not the edge order here.
 */
export function readingOrder(vertices: readonly string[], edges: readonly { source: string; target: string }[]): Map<string, number> {
  const below = new Map<string, string[]>();
  const hasAbove = new Set<string>();
  for (const e of edges) {
    const list = below.get(e.target) ?? [];
    list.push(e.source);
    below.set(e.target, list);
    hasAbove.add(e.source);
  }
  const rank = new Map<string, number>();
  const visit = (start: string) => {
    const stack = [start];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (rank.has(v)) continue;
      rank.set(v, rank.size);
      const next = below.get(v) ?? [];
      for (let i = next.length - 1; i >= 0; i--) if (!rank.has(next[i]!)) stack.push(next[i]!);
    }
  };
  for (const v of vertices) if (!hasAbove.has(v)) visit(v);
  for (const v of vertices) visit(v);
  return rank;
}
