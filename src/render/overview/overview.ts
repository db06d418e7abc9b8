import type { ElkNode } from '../elk-graph.js';
import type { ArgumentMap } from '../../model/types.js';
import { countCrossings, type LayoutStats } from '../stats.js';
import { OVERVIEW_FONT, measureGroup, type OverviewBox } from './boxes.js';
import { overviewElkGraph, placeOverview, writeOverviewSvg, type PlacedOverview } from './draw.js';
import { gridOverview } from './grid.js';
import { overviewModel, overviewUnits, type OverviewModel } from './sections.js';

/** The screen the overview is made for, and the smallest a label may be on it once scaled to fit. */
export const SCREEN = { width: 1440, height: 900 } as const;
export const MIN_SCREEN_FONT = 11;
/** Box budgets tried, finest first; the first drawing that fits the screen is kept. */
const BUDGETS = [12, 10, 8, 6, 5, 4, 3] as const;

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

export interface Screen {
  width: number;
  height: number;
}

/** Scale at which a drawing of this size fits the screen, never enlarged. */
export function fitScale(width: number, height: number, screen: Screen = SCREEN): number {
  return Math.min(1, screen.width / width, screen.height / height);
}

/** What fits in an SVG's `viewBox` at the overview's smallest type. */
function fits(svg: string, screen: Screen): { ok: boolean; scale: number } {
  const [, , w, h] = svg.match(/viewBox="([^"]+)"/)![1]!.split(' ').map(Number) as [number, number, number, number];
  const scale = fitScale(w, h, screen);
  return { ok: scale * OVERVIEW_FONT.text >= MIN_SCREEN_FONT, scale };
}

/** One way of arranging the boxes, drawn; `arrangement` is what the drawing's note says of it. */
interface Candidate {
  result: OverviewResult;
  ok: boolean;
}

function drawn(map: ArgumentMap, model: OverviewModel, boxes: ReadonlyMap<string, OverviewBox>, placed: PlacedOverview, arrangement: string, layoutMs: number, screen: Screen): Candidate {
  const svg = writeOverviewSvg(map.title, placed, boxes, arrangement);
  const { ok, scale } = fits(svg, screen);
  const polylines = placed.links.map((l) => ({ from: l.link.from, to: l.link.to, points: l.points }));
  const bends = placed.links.reduce((n, l) => n + Math.max(0, l.points.length - 2), 0);
  const stats = { nodes: model.groups.length, inferences: 0, junctions: 0, edges: model.links.length, crossings: countCrossings(polylines), bends, width: Math.round(placed.width), height: Math.round(placed.height), layoutMs: Math.round(layoutMs) };
  return { ok, result: { svg, model, scale, stats } };
}

/** Of drawings that fit, the one with the fewest crossings, then the largest type; else the largest type. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.ok !== b.ok) return a.ok;
  if (a.ok && a.result.stats.crossings !== b.result.stats.crossings) return a.result.stats.crossings < b.result.stats.crossings;
  return a.result.scale > b.result.scale;
}

/**
 * Draws a map's overview, one box per section at the finest depth whose drawing still fits a 1440 × 900
 * screen (or the given one: the explorer's map pane) with every label at least 11 px. Each depth is drawn layered (support upward, conclusions on
 * top; ELK, run by `layout`: a worker in the CLI, a page's own ELK later) and as a grid in document
 * order at every number of columns, and the best of those that fit is kept: a few densely linked
 * sections stack into as many layers as their longest chain of links, too tall for a screen, while a
 * grid's shape can be chosen to match it.
 */
export async function renderOverview(map: ArgumentMap, layout: (graph: ElkNode) => Promise<ElkNode>, screen: Screen = SCREEN): Promise<OverviewResult> {
  let last: Candidate | undefined;
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
    let best = drawn(map, model, boxes, placeOverview(model, done), 'conclusions stand on top', performance.now() - started, screen);
    for (let cols = 1; cols <= model.groups.length; cols++) {
      const t = performance.now();
      const grid = drawn(map, model, boxes, gridOverview(model, boxes, cols), 'boxes run in the order of the document, left to right and down', performance.now() - t, screen);
      if (better(grid, best)) best = grid;
    }
    last = best;
    if (best.ok) return best.result;
  }
  return last!.result;
}
