import type { LoadedMap } from '../io/load.js';
import type { ArgumentMap } from '../model/types.js';
import { InputError } from '../io/input-error.js';
import { buildGraph, type ArgumentGraph } from '../graph/argument-graph.js';
import { measureNode, type NodeBox } from './boxes.js';
import type { LayoutProgress } from './elk-run.js';
import type { Direction, GroupBy, LayoutInput } from './layout.js';
import { layoutMap } from './layout-run.js';
import { drawnRatings, focusSelection, hypothesisSetSelection, partSelection, ratedPairs, wholeMap, type Selection } from './select.js';
import type { RatingLink } from './layout.js';
import { countCrossings, type LayoutStats } from './stats.js';
import { writeSvg } from './svg.js';
import { normaliseSpace } from './text.js';

export interface RenderOptions {
  /** Draw only this node's support tree, its attackers and the hedges that qualify it. */
  focus?: string;
  /** Draw only this hypothesis set: its hypotheses, their evidence and the links among them. */
  hypothesisSet?: string;
  /** Which way support flows; `up` puts conclusions on top. */
  direction?: Direction;
  /**
   * Box the nodes of each section of the document (ELK compound nodes). Off by default: a section is
   * drawn as one block, so on a long document the blocks stack and push conclusions off the top.
   */
  groupBy?: GroupBy;
  /** Draw only these nodes (one section of the document, say) under this title, laid out for themselves. */
  part?: { title: string; nodes: readonly string[] };
  onProgress?: (p: LayoutProgress) => void;
}

export interface RenderResult {
  svg: string;
  stats: LayoutStats;
}

/**
 * Thrown for a view that names something the map does not have, or one too big to lay out (a CLI user's
 * mistake): an InputError, so the CLI reports it (exit 2) without loading the renderer to recognise it.
 */
export class RenderInputError extends InputError {
  override name = 'RenderInputError';
}

/**
 * The largest drawing laid out in full: boxes (nodes and inferences) and links. ELK's layered layout grows
 * faster than the map (the render bench, quiet: 1,137 boxes 3.2 s, 3,367 boxes 12.3 s; under load, in CPU
 * time with the worker: 1,400 boxes 12 s, 2,800 boxes 30 s), so 3,500 boxes is about 13 s on a quiet machine
 * and the 6,000 allowed before took half a minute or more. A whole map past this is drawn as its overview
 * (render's CLI says so on stderr); a focus or set view past it is refused, naming the ways round it.
 */
export const DRAWING_LIMIT = { boxes: 3_500, links: 7_000 } as const;

export interface DrawingSize {
  /** Nodes and inferences. */
  boxes: number;
  links: number;
}

/** The size of a drawing of the whole map, counted from the map itself (no graph built: a million nodes cost nothing). */
export function wholeMapSize(map: ArgumentMap): DrawingSize {
  const inferences = map.inferences ?? [];
  let links = map.relations?.length ?? 0;
  for (const i of inferences) links += i.premises.length + 1;
  return { boxes: map.nodes.length + inferences.length, links };
}

/** Whether ELK lays out a drawing of this size within DRAWING_LIMIT. */
export function fitsDrawingLimit(size: DrawingSize): boolean {
  return size.boxes <= DRAWING_LIMIT.boxes && size.links <= DRAWING_LIMIT.links;
}

/** Refuses, before any layout work, a drawing past DRAWING_LIMIT, naming the limit and the ways round it. */
function checkSize(file: string, what: string, boxes: number, links: number): void {
  if (fitsDrawingLimit({ boxes, links })) return;
  throw new RenderInputError(
    `${file}: ${what} would hold ${boxes} boxes (nodes and inferences) and ${links} links; render lays out at most ` +
      `${DRAWING_LIMIT.boxes} boxes and ${DRAWING_LIMIT.links} links (layout time grows faster than the map). ` +
      'Expected a smaller drawing: --overview draws one box per section, --focus <node-id> one node with its support and attackers, --set <set-id> one hypothesis set',
  );
}

/** Links of the drawing: every premise, conclusion and relation edge with both ends selected. */
function linksWithin(g: ArgumentGraph, selection: Selection): number {
  let n = 0;
  g.forEachEdge((_e, _a, source, target) => {
    if (selection.has(source) && selection.has(target)) n++;
  });
  return n;
}

interface View {
  selection: Selection;
  title: string;
  subtitle?: string;
  hints?: [string, string][];
  ratings?: RatingLink[];
  row?: string[];
  ratingNote?: string;
}

function viewOf(loaded: LoadedMap, g: ArgumentGraph, options: RenderOptions): View {
  const { map } = loaded;
  if (options.focus !== undefined) {
    const node = map.nodes.find((n) => n.id === options.focus);
    if (!node) throw new RenderInputError(`--focus ${JSON.stringify(options.focus)}: no node has that id in ${loaded.file}; expected one of the map's node ids`);
    return { selection: focusSelection(g, node.id), title: map.title, subtitle: `Focus on ${node.kind} ${node.id}: ${normaliseSpace(node.text)}` };
  }
  if (options.hypothesisSet !== undefined) {
    const set = (map.hypothesisSets ?? []).find((s) => s.id === options.hypothesisSet);
    if (!set) throw new RenderInputError(`hypothesis set ${JSON.stringify(options.hypothesisSet)} is not in ${loaded.file}`);
    const selection = hypothesisSetSelection(map, g, set.id);
    const ratings = drawnRatings(map, set.id).filter((r) => selection.has(r.evidence) && selection.has(r.hypothesis));
    // Evidence with a drawn rating sits under its hypothesis already; the rest is held there by hints.
    const lined = new Set(ratings.map((r) => r.evidence));
    const hints = ratedPairs(map, set.id).filter(([e]) => !lined.has(e));
    const row = set.hypotheses.filter((h) => selection.has(h));
    const ratingNote = set.ratings && set.ratings.length > 0 ? 'N and NA ratings not drawn; see the ACH matrix' : 'no ratings yet: see the ACH matrix';
    return { selection, title: map.title, subtitle: `Hypothesis set ${set.id}: ${normaliseSpace(set.question)}`, hints, ratings, row, ratingNote };
  }
  if (options.part !== undefined) return { selection: partSelection(map, g, options.part.nodes), title: map.title, subtitle: options.part.title };
  return { selection: wholeMap(g), title: map.title };
}

/**
 * The layout input of a view (after the size checks): what `renderSvg` hands ELK, exported so the
 * benchmark can give Graphviz dot exactly the same boxes and edges.
 */
export function viewLayoutInput(loaded: LoadedMap, options: RenderOptions = {}): { input: LayoutInput; view: View; boxes: Map<string, NodeBox> } {
  const { map } = loaded;
  const whole = options.focus === undefined && options.hypothesisSet === undefined && options.part === undefined;
  if (whole) {
    // Counted from the map itself, so a million-node map is refused before its graph is built.
    const { boxes, links } = wholeMapSize(map);
    checkSize(loaded.file, 'the whole map', boxes, links);
  }
  const graph = buildGraph(map);
  const view = viewOf(loaded, graph, options);
  if (!whole) checkSize(loaded.file, options.focus !== undefined ? `the focus on ${options.focus}` : options.hypothesisSet !== undefined ? `hypothesis set ${options.hypothesisSet}` : `the part ${options.part!.title}`, view.selection.size, linksWithin(graph, view.selection));
  const boxes = new Map<string, NodeBox>();
  for (const node of map.nodes) if (view.selection.has(node.id)) boxes.set(node.id, measureNode(node));
  // A set view keeps its hypotheses in one row, which section boxes would split.
  const grouped = view.row ? 'none' : options.groupBy ?? 'none';
  const input: LayoutInput = {
    map,
    graph,
    selection: view.selection,
    boxes,
    direction: options.direction ?? 'up',
    groupBy: (map.sections?.length ?? 0) > 0 ? grouped : 'none',
    ...(view.hints ? { hints: view.hints } : {}),
    ...(view.ratings ? { ratings: view.ratings } : {}),
    ...(view.row ? { row: view.row } : {}),
  };
  return { input, view, boxes };
}

/** Lays out a map (or one view of it) with ELK and writes it as a static, deterministic SVG. */
export async function renderSvg(loaded: LoadedMap, options: RenderOptions = {}): Promise<RenderResult> {
  const { map } = loaded;
  const { input, view, boxes } = viewLayoutInput(loaded, options);
  const layout = await layoutMap(input, options.onProgress ? { onProgress: options.onProgress } : {});
  const svg = writeSvg({ map, title: view.title, ...(view.subtitle ? { subtitle: view.subtitle } : {}), ...(view.ratingNote ? { ratingNote: view.ratingNote } : {}), layout, boxes });
  const stats: LayoutStats = {
    nodes: layout.nodes.size,
    // Layout draws a junction only for a multi-premise step; a single-premise step is an edge, but
    // still an inference of the drawing.
    inferences: (map.inferences ?? []).filter((i) => view.selection.has(i.conclusion) && i.premises.some((p) => view.selection.has(p))).length,
    junctions: layout.inferences.size,
    edges: layout.edges.length,
    crossings: countCrossings(layout.edges),
    bends: layout.bends,
    width: Math.round(layout.width),
    height: Math.round(layout.height),
    layoutMs: Math.round(layout.layoutMs),
  };
  return { svg, stats };
}
