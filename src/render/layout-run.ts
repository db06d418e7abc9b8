import { runElk, type RunOptions } from './elk-run.js';
import { layersOnly, orderLayers } from './layer-order.js';
import { elkGraph, MODEL_ORDER_LIMIT, readLayout, type Layout, type LayoutInput } from './layout.js';

/** Lays out the selection with ELK in a worker thread and reads back absolute positions. */
export async function layoutMap(input: LayoutInput, run: RunOptions = {}): Promise<Layout> {
  const { root, edges } = elkGraph(input);
  const started = performance.now();
  // Whole maps and focus views: a first pass finds ELK's layers, then each layer's order is chosen here
  // (see `barycentreOrder`) and kept by the real pass. Set views keep their row by position instead.
  const reorder = input.selection.size <= MODEL_ORDER_LIMIT && input.groupBy === 'none' && (input.row ?? []).length === 0;
  const done = reorder ? await runElk(layersOnly(root), run, (first) => orderLayers(root, first, input.direction)) : await runElk(root, run);
  return readLayout(input, edges, done, performance.now() - started);
}
