import { FONT, type DrawnRating } from './style.js';
import { lineHeight, measureText } from './text.js';

// Geometry of a hypothesis-set view that ELK does not do: relations between two hypotheses of the top
// row, drawn as brackets over it, and the small rating labels on the evidence → hypothesis lines.
// Structural types only, so this module needs nothing from layout.ts (which calls it).

interface Pt {
  x: number;
  y: number;
}
interface Box extends Pt {
  width: number;
  height: number;
}
interface RowEdge {
  from: string;
  to: string;
  overRow?: boolean;
}
interface DrawnEdge {
  from: string;
  to: string;
  rating?: DrawnRating;
  label?: RatingLabel;
  points: Pt[];
}

export interface RatingLabel extends Box {
  text: string;
}

/** Height of one lane of brackets over the row. */
export const OVER_ROW_LANE = 12;

/**
 * The lane (0 = lowest) of each over-row edge, by its index in `edges`: shorter spans lower, so a longer
 * bracket arches over the shorter ones it spans instead of crossing them.
 */
export function overRowLanes(row: readonly string[], edges: readonly RowEdge[]): Map<number, number> {
  const at = new Map(row.map((id, i) => [id, i]));
  const spans = edges
    .map((e, i) => ({ i, lo: Math.min(at.get(e.from) ?? 0, at.get(e.to) ?? 0), hi: Math.max(at.get(e.from) ?? 0, at.get(e.to) ?? 0), over: e.overRow }))
    .filter((s) => s.over)
    .sort((a, b) => a.hi - a.lo - (b.hi - b.lo) || a.lo - b.lo || a.i - b.i);
  const lanes: { lo: number; hi: number }[][] = [];
  const out = new Map<number, number>();
  for (const s of spans) {
    let lane = 0;
    while (lanes[lane]?.some((t) => (s.lo < t.hi && t.lo < s.hi) || (s.lo === t.lo && s.hi === t.hi))) lane++;
    (lanes[lane] ??= []).push(s);
    out.set(s.i, lane);
  }
  return out;
}

/**
 * Points of each over-row edge: up from the top of one box to its lane, across, down onto the other.
 * On each box, brackets going left attach nearest-first from the left and brackets going right
 * farthest-first, so no bracket's upright crosses another's crossbar.
 */
export function routeOverRow(edges: readonly RowEdge[], placed: DrawnEdge[], nodes: ReadonlyMap<string, Box>, row: readonly string[]): void {
  const lanes = overRowLanes(row, edges);
  if (lanes.size === 0) return;
  const at = new Map(row.map((id, i) => [id, i]));
  const ends = new Map<string, { i: number; other: number }[]>();
  for (const i of lanes.keys()) {
    const e = edges[i]!;
    for (const [self, other] of [[e.from, e.to], [e.to, e.from]] as const) {
      const list = ends.get(self) ?? [];
      list.push({ i, other: at.get(other)! - at.get(self)! });
      ends.set(self, list);
    }
  }
  const attach = new Map<string, number>();
  for (const [id, list] of ends) {
    list.sort((a, b) => (a.other < 0 && b.other < 0 ? b.other - a.other : a.other > 0 && b.other > 0 ? b.other - a.other : a.other - b.other) || a.i - b.i);
    const r = nodes.get(id)!;
    list.forEach((end, k) => attach.set(`${end.i}:${id}`, r.x + (r.width * (k + 1)) / (list.length + 1)));
  }
  const top = Math.min(...row.map((id) => nodes.get(id)?.y ?? Infinity));
  for (const [i, lane] of lanes) {
    const e = edges[i]!;
    const [a, b] = [nodes.get(e.from)!, nodes.get(e.to)!];
    const [xa, xb] = [attach.get(`${i}:${e.from}`)!, attach.get(`${i}:${e.to}`)!];
    const y = top - OVER_ROW_LANE * (lane + 1);
    placed[i]!.points = [{ x: xa, y: a.y }, { x: xa, y }, { x: xb, y }, { x: xb, y: b.y }];
  }
}

const LABEL_PAD = 3;
const STEP = 4;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The point `d` along a polyline, or undefined past its end. */
function along(points: readonly Pt[], d: number): Pt | undefined {
  for (let k = 1; k < points.length; k++) {
    const [p, q] = [points[k - 1]!, points[k]!];
    const len = Math.hypot(q.x - p.x, q.y - p.y);
    if (d <= len) return len === 0 ? p : { x: p.x + ((q.x - p.x) * d) / len, y: p.y + ((q.y - p.y) * d) / len };
    d -= len;
  }
  return undefined;
}

/**
 * Puts each rating's label on its line, as near the evidence as it fits: the first spot along the line
 * where it touches no box, no junction and no label already placed (rating lines converge on the
 * hypotheses, so the evidence end is where they are furthest apart). Deterministic: edges in order.
 */
export function placeRatingLabels(placed: DrawnEdge[], nodes: ReadonlyMap<string, Box>, junctions: ReadonlyMap<string, Box>): void {
  const blocked: Box[] = [...nodes.values(), ...junctions.values()].map((b) => ({ x: b.x - 2, y: b.y - 2, width: b.width + 4, height: b.height + 4 }));
  const h = lineHeight(FONT.rating) + 2;
  for (const e of placed) {
    if (!e.rating || e.points.length < 2) continue;
    const width = Math.ceil(measureText(e.rating, { size: FONT.rating, bold: true }) + 2 * LABEL_PAD);
    const at = (p: Pt): RatingLabel => ({ text: e.rating!, x: p.x - width / 2, y: p.y - h / 2, width, height: h });
    let chosen: RatingLabel | undefined;
    let fallback: RatingLabel | undefined;
    for (let d = h / 2 + 3; ; d += STEP) {
      const p = along(e.points, d);
      if (!p) break;
      const label = at(p);
      if (blocked.some((b) => overlaps(b, label))) continue;
      fallback ??= label;
      if (placed.some((o) => o.label && overlaps(o.label, label))) continue;
      chosen = label;
      break;
    }
    e.label = chosen ?? fallback ?? at(along(e.points, 0)!);
  }
}
