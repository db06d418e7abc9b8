import type { LoadedMap } from '../io/load.js';
import { runElk } from '../render/elk-run.js';
import { renderOverview, type OverviewResult } from '../render/overview/overview.js';

/**
 * A map's overview laid out by the ELK worker: the app runs the layout, render/overview draws. The
 * overview module takes the layout as a function so it stays free of worker threads and stays pure.
 */
export function mapOverview(loaded: LoadedMap): Promise<OverviewResult> {
  return renderOverview(loaded.map, (graph) => runElk(graph));
}
