import { runElk, type RunOptions } from './elk-run.js';
import { elkGraph, readLayout, type Layout, type LayoutInput } from './layout.js';

/** Lays out the selection with ELK in a worker thread and reads back absolute positions. */
export async function layoutMap(input: LayoutInput, run: RunOptions = {}): Promise<Layout> {
  const { root, edges } = elkGraph(input);
  const started = performance.now();
  const done = await runElk(root, run);
  return readLayout(input, edges, done, performance.now() - started);
}
