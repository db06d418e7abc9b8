import { addSpare, runElk, type RunOptions } from './elk-run.js';
import { CANDIDATE_THOROUGHNESS, layersOnly, orderLayers } from './layer-order.js';
import { elkGraph, MODEL_ORDER_LIMIT, readLayout, type Layout, type LayoutInput } from './layout.js';
import { countCrossings } from './stats.js';
import { buildGraph } from '../graph/argument-graph.js';
import type { ElkNode } from './elk-graph.js';

/**
 * Pulls towards reading order tried for a whole map or focus view; the drawing with the fewest crossings
 * is kept. ELK's own placement of long lines and merged trunks makes the count swing by a hundred or more
 * between nearby pulls and nearby maps (the memorandum's fourth re-read: 0.15 → 672, 0.25 → 843,
 * 0.35 → 710; its third: 777, 626, –; at the thoroughness below, its fifth: 600, 828, 817 and its sixth:
 * 738, 628, 1,025), so one fixed pull can land above dot's count after any edit. 0.35 never drew the
 * fewest and is no longer tried: two
 * candidates are laid out side by side, one per core (`layoutMap`). Each pull alone keeps edits local
 * (src/render/layer-order.ts); ties go to the earlier pull in this list.
 */
export const CANDIDATE_PULLS = [0.15, 0.25] as const;

/** Lays out the selection with ELK in a worker thread and reads back absolute positions. */
export async function layoutMap(input: LayoutInput, run: RunOptions = {}): Promise<Layout> {
  const { root, edges } = elkGraph(input);
  const started = performance.now();
  // Whole maps and focus views: a first pass finds ELK's layers, then each layer's order is chosen here
  // (see `barycentreOrder`) and kept by the real pass. Set views keep their row by position instead.
  const reorder = input.selection.size <= MODEL_ORDER_LIMIT && input.groupBy === 'none' && (input.row ?? []).length === 0;
  if (!reorder) return readLayout(input, edges, await runElk(root, run), performance.now() - started);
  // A second worker loads ELK and warms up while the first finds the layers.
  addSpare(layoutWarmUp);
  const first = await runElk(layersOnly(root), run);
  const children = root.children!.slice();
  const options = { ...root.layoutOptions, 'elk.layered.thoroughness': CANDIDATE_THOROUGHNESS };
  // Pulls that give the same order give the same drawing: a small view often settles the same way under each.
  const orders = new Map<string, ElkNode>();
  for (const pull of CANDIDATE_PULLS) {
    const ordered = orderLayers({ ...root, layoutOptions: options, children: children.slice() }, first, input.direction, pull);
    const key = ordered.children!.map((c) => c.id).join('\n');
    if (!orders.has(key)) orders.set(key, ordered);
  }
  const laidOut = await Promise.all([...orders.values()].map((g) => runElk(g, run)));
  let best: { layout: Layout; crossings: number } | undefined;
  for (const done of laidOut) {
    const layout = readLayout(input, edges, done, 0);
    const crossings = countCrossings(layout.edges);
    if (!best || crossings < best.crossings) best = { layout, crossings };
  }
  return { ...best!.layout, layoutMs: performance.now() - started };
}

/**
 * Small graphs with the options of a whole map's passes (its layer pass and a candidate pass), for
 * `warmUpElk` to lay out while the map is read: five rows of twelve boxes, each box linked to two in
 * the row above and every third one to a box two rows up, so ELK meets long lines and shared trunks.
 */
export function layoutWarmUp(): ElkNode[] {
  const { root } = elkGraph({ map: { title: '', nodes: [] }, graph: buildGraph({ title: '', nodes: [] }), selection: new Set(), boxes: new Map(), direction: 'up', groupBy: 'none' });
  const [rows, per] = [5, 12];
  const id = (r: number, k: number) => `n:${r}.${k % per}`;
  root.children = [];
  root.edges = [];
  for (let r = 0; r < rows; r++) for (let k = 0; k < per; k++) root.children.push({ id: id(r, k), width: 150 + 10 * ((r + k) % 5), height: 40 + 12 * (k % 3) });
  for (let r = 0; r + 1 < rows; r++) {
    for (let k = 0; k < per; k++) {
      for (const t of [k, k * 5 + 3]) root.edges.push({ id: `e${root.edges.length}`, sources: [id(r, k)], targets: [id(r + 1, t)] });
      if (k % 3 === 0 && r + 2 < rows) root.edges.push({ id: `e${root.edges.length}`, sources: [id(r, k)], targets: [id(r + 2, k * 7 + 1)] });
    }
  }
  // Enough boxes that the memorandum's node placement runs, not the small-map one.
  root.layoutOptions = { ...root.layoutOptions, 'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS' };
  return [layersOnly(root), { ...root, layoutOptions: { ...root.layoutOptions, 'elk.layered.thoroughness': CANDIDATE_THOROUGHNESS } }];
}
