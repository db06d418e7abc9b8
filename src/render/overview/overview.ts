import type { ElkNode } from '../elk-graph.js';
import type { ArgumentMap } from '../../model/types.js';
import { countCrossings, type LayoutStats } from '../stats.js';
import { OVERVIEW_FONT, measureGroup, type OverviewBox } from './boxes.js';
import { overviewElkGraph, placeOverview, writeOverviewSvg } from './draw.js';
import { overviewModel, overviewUnits, type OverviewModel } from './sections.js';

/** The screen the overview is made for, and the smallest a label may be on it once scaled to fit. */
export const SCREEN = { width: 1440, height: 900 } as const;
export const MIN_SCREEN_FONT = 11;
/** Box budgets tried, finest first; the first drawing that fits the screen is kept. */
const BUDGETS = [12, 10, 8, 6, 4, 3] as const;

export interface OverviewResult {
  svg: string;
  model: OverviewModel;
  stats: LayoutStats;
  /** Scale at which the drawing fits the screen (1 = drawn at full size). */
  scale: number;
}

/** The sizes of the overview's boxes, measured once per budget; separate so a page can measure its own. */
export function overviewBoxes(model: OverviewModel): Map<string, OverviewBox> {
  return new Map(model.groups.map((g) => [g.id, measureGroup(g)]));
}

/** Scale at which a drawing of this size fits the screen, never enlarged. */
export function fitScale(width: number, height: number): number {
  return Math.min(1, SCREEN.width / width, SCREEN.height / height);
}

/** What fits in an SVG's `viewBox` at the overview's smallest type. */
function fits(svg: string): { ok: boolean; scale: number } {
  const [, , w, h] = svg.match(/viewBox="([^"]+)"/)![1]!.split(' ').map(Number) as [number, number, number, number];
  const scale = fitScale(w, h);
  return { ok: scale * OVERVIEW_FONT.text >= MIN_SCREEN_FONT, scale };
}

/**
 * Draws a map's overview, one box per section at the finest depth whose drawing still fits a 1440 × 900
 * screen with every label at least 11 px. `layout` runs ELK (a worker in the CLI, a page's own ELK later),
 * so the rest stays a pure function of the map.
 */
export async function renderOverview(map: ArgumentMap, layout: (graph: ElkNode) => Promise<ElkNode>): Promise<OverviewResult> {
  let last: OverviewResult | undefined;
  let previous = -1;
  for (const budget of BUDGETS) {
    const units = overviewUnits(map, budget);
    // A smaller budget that gives the same boxes would give the same drawing.
    if (units.length === previous) continue;
    previous = units.length;
    const model = overviewModel(map, units);
    const boxes = overviewBoxes(model);
    const started = performance.now();
    const done = await layout(overviewElkGraph(model, boxes));
    const layoutMs = performance.now() - started;
    const placed = placeOverview(model, done);
    const svg = writeOverviewSvg(map.title, placed, boxes);
    const { ok, scale } = fits(svg);
    const polylines = placed.links.map((l) => ({ from: l.link.from, to: l.link.to, points: l.points }));
    const bends = placed.links.reduce((n, l) => n + Math.max(0, l.points.length - 2), 0);
    last = { svg, model, scale, stats: { nodes: model.groups.length, inferences: 0, edges: model.links.length, crossings: countCrossings(polylines), bends, width: Math.round(placed.width), height: Math.round(placed.height), layoutMs: Math.round(layoutMs) } };
    if (ok) return last;
  }
  return last!;
}
