import { runElk, type RunOptions } from './elk-run.js';
import { layersOnly, orderLayers } from './layer-order.js';
import { elkGraph, MODEL_ORDER_LIMIT, readLayout, type Layout, type LayoutInput } from './layout.js';
import { countCrossings } from './stats.js';

/**
 * Pulls towards reading order tried for a whole map or focus view; the drawing with the fewest crossings
 * is kept. ELK's own placement of long lines and merged trunks makes the count swing by a hundred or more
 * between nearby pulls and nearby maps (the memorandum's fourth re-read: 0.15 → 672, 0.25 → 843,
 * 0.35 → 710; its third: 777, 626, –), so one fixed pull can land above dot's count after any edit. Each
 * pull alone keeps edits local (src/render/layer-order.ts); ties go to the earlier pull in this list.
 */
export const CANDIDATE_PULLS = [0.25, 0.15, 0.35] as const;

/** Lays out the selection with ELK in a worker thread and reads back absolute positions. */
export async function layoutMap(input: LayoutInput, run: RunOptions = {}): Promise<Layout> {
  const { root, edges } = elkGraph(input);
  const started = performance.now();
  // Whole maps and focus views: a first pass finds ELK's layers, then each layer's order is chosen here
  // (see `barycentreOrder`) and kept by the real pass. Set views keep their row by position instead.
  const reorder = input.selection.size <= MODEL_ORDER_LIMIT && input.groupBy === 'none' && (input.row ?? []).length === 0;
  if (!reorder) return readLayout(input, edges, await runElk(root, run), performance.now() - started);
  const first = await runElk(layersOnly(root), run);
  const children = root.children!.slice();
  let best: { layout: Layout; crossings: number } | undefined;
  for (const pull of CANDIDATE_PULLS) {
    root.children = children.slice();
    const layout = readLayout(input, edges, await runElk(orderLayers(root, first, input.direction, pull), run), 0);
    const crossings = countCrossings(layout.edges);
    if (!best || crossings < best.crossings) best = { layout, crossings };
  }
  return { ...best!.layout, layoutMs: performance.now() - started };
}
