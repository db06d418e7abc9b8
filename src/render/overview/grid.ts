import type { Point } from '../layout.js';
import { linkLabelSize, type OverviewBox } from './boxes.js';
import type { PlacedOverview } from './draw.js';
import type { OverviewLink, OverviewModel } from './sections.js';

/**
 * The overview laid out as a grid in document order (left to right, then down), its links routed
 * through the gutters between the boxes. A layered layout stacks a few densely linked sections into as
 * many layers as the longest chain of links between them (eight layers for nine boxes of the
 * memorandum), far taller than a screen; a grid keeps the drawing's shape chosen, so the number of
 * columns can be picked to match the screen.
 */

/** Distance between parallel runs in a gutter: a count label (19 px) and a little air. */
const TRACK = 26;
const GUTTER_MIN = 28;
const PAD = 8;

type Side = 'top' | 'bottom' | 'left' | 'right';

interface Cell {
  row: number;
  col: number;
}

/** Which gutters one link runs through: out of its box into a row gutter, and for distant rows, a column gutter. */
interface Route {
  link: OverviewLink;
  from: Cell;
  to: Cell;
  /** Row gutter (0 above the first row, `rows` below the last) and the side of `from` it leaves by. */
  gutter: number;
  exit: Side;
  /** Side of `to` it enters by; `top`/`bottom` from the row gutter, `left`/`right` from column gutter `column`. */
  entry: Side;
  column?: number;
}

function routeOf(link: OverviewLink, from: Cell, to: Cell, rows: number): Route {
  const down = to.row > from.row || (to.row === from.row && (from.row < rows - 1 || rows === 1));
  const gutter = down ? from.row + 1 : from.row;
  const exit: Side = down ? 'bottom' : 'top';
  if (Math.abs(to.row - from.row) <= 1) return { link, from, to, gutter, exit, entry: to.row === from.row ? exit : down ? 'top' : 'bottom' };
  // Rows apart: along the row gutter to the column gutter beside the target, then into its side.
  const left = from.col <= to.col;
  return { link, from, to, gutter, exit, entry: left ? 'left' : 'right', column: left ? to.col : to.col + 1 };
}

/** Spreads the links meeting one side of a box evenly along it, ordered to keep them from crossing. */
function ports(routes: readonly Route[], cols: number): Map<string, number> {
  const bySide = new Map<string, { key: string; order: number; tie: number }[]>();
  routes.forEach((r, i) => {
    const add = (box: string, side: Side, key: string, other: Cell) => {
      const id = `${box} ${side}`;
      const order = side === 'left' || side === 'right' ? other.row : other.col * cols + other.row;
      (bySide.get(id) ?? bySide.set(id, []).get(id)!).push({ key, order, tie: i });
    };
    add(r.link.from, r.exit, `${i} out`, r.to);
    add(r.link.to, r.entry, `${i} in`, r.from);
  });
  const out = new Map<string, number>();
  for (const list of bySide.values()) {
    list.sort((a, b) => a.order - b.order || a.tie - b.tie);
    list.forEach((p, k) => out.set(p.key, (k + 1) / (list.length + 1)));
  }
  return out;
}

/**
 * A run along a row gutter: its span with its label's, and its tier: 0 when both its ends lie above
 * the gutter, 2 when both lie below, 1 when it crosses. Runs keep to their tier's band of tracks (upper
 * ones nearest the upper row), so the stubs of a run that returns to the row it left cross no run of
 * another tier.
 */
interface Run {
  lo: number;
  hi: number;
  tier: number;
}

/**
 * Packs a gutter's runs into as few tracks as keep them (and their labels) apart, tier by tier from the
 * upper row down; returns each run's track.
 */
function packTracks(runs: readonly Run[]): { track: number[]; count: number } {
  const order = runs.map((_, i) => i).sort((a, b) => runs[a]!.tier - runs[b]!.tier || runs[a]!.lo - runs[b]!.lo || a - b);
  const ends: number[] = [];
  const track: number[] = new Array<number>(runs.length).fill(0);
  for (const i of order) {
    let t = ends.findIndex((end) => end <= runs[i]!.lo);
    if (t < 0) t = ends.push(0) - 1;
    ends[t] = runs[i]!.hi;
    track[i] = t;
  }
  return { track, count: ends.length };
}

/** Lays the boxes out in `cols` columns and routes every link; pure and deterministic. */
export function gridOverview(model: OverviewModel, boxes: ReadonlyMap<string, OverviewBox>, cols: number): PlacedOverview {
  const ids = model.groups.map((g) => g.id);
  const rows = Math.ceil(ids.length / cols);
  const cell = new Map(ids.map((id, i) => [id, { row: Math.floor(i / cols), col: i % cols }]));
  const routes = model.links.map((l) => routeOf(l, cell.get(l.from)!, cell.get(l.to)!, rows));
  const cellWidth = Math.max(...ids.map((id) => boxes.get(id)!.width));
  const rowHeight = Array.from({ length: rows }, (_, r) => Math.max(...ids.filter((id) => cell.get(id)!.row === r).map((id) => boxes.get(id)!.height)));

  // Column gutters: one track per link, as their vertical runs overlap more often than not.
  const columnTracks = Array.from({ length: cols + 1 }, () => [] as number[]);
  routes.forEach((r, i) => r.column !== undefined && columnTracks[r.column]!.push(i));
  const columnWidth = columnTracks.map((t) => Math.max(GUTTER_MIN, (t.length + 1) * TRACK * 0.6));
  const colX: number[] = [];
  let x = PAD + columnWidth[0]!;
  for (let c = 0; c < cols; c++) {
    colX.push(x);
    x += cellWidth + columnWidth[c + 1]!;
  }
  const width = x + PAD;
  const verticalX = new Map<number, number>();
  columnTracks.forEach((list, c) => {
    const start = c === 0 ? PAD : colX[c - 1]! + cellWidth;
    list.forEach((i, k) => verticalX.set(i, start + ((k + 1) * columnWidth[c]!) / (list.length + 1)));
  });

  const at = ports(routes, cols);
  const boxX = (id: string) => colX[cell.get(id)!.col]!;
  const portX = (id: string, key: string) => boxX(id) + at.get(key)! * boxes.get(id)!.width;
  // Each run along a row gutter, with its label centred on it; runs whose spans overlap take separate tracks.
  const runs = routes.map((r, i) => {
    const a = portX(r.link.from, `${i} out`);
    const b = r.column !== undefined ? verticalX.get(i)! : portX(r.link.to, `${i} in`);
    const label = linkLabelSize(r.link);
    const mid = (a + b) / 2;
    const endRow = r.column !== undefined || r.entry === 'left' || r.entry === 'right' ? r.to.row : r.entry === 'top' ? r.gutter : r.gutter - 1;
    const tier = (r.exit === 'bottom' ? 0 : 1) + (endRow < r.gutter ? 0 : 1);
    return { tier, lo: Math.min(a, b, mid - label.width / 2) - 6, hi: Math.max(a, b, mid + label.width / 2) + 6, a, b, label };
  });
  const gutterTracks = Array.from({ length: rows + 1 }, (_, g) => {
    const members = routes.map((r, i) => (r.gutter === g ? i : -1)).filter((i) => i >= 0);
    const packed = packTracks(members.map((i) => runs[i]!));
    return { members, track: new Map(members.map((i, k) => [i, packed.track[k]!])), count: packed.count };
  });
  const gutterHeight = gutterTracks.map((g, i) => (g.count === 0 ? (i === 0 || i === rows ? 0 : GUTTER_MIN) : g.count * TRACK + 12));
  const rowY: number[] = [];
  let y = PAD + gutterHeight[0]!;
  for (let r = 0; r < rows; r++) {
    rowY.push(y);
    y += rowHeight[r]! + gutterHeight[r + 1]!;
  }
  const height = y + PAD;
  const gutterTop = (g: number) => (g === 0 ? PAD : rowY[g - 1]! + rowHeight[g - 1]!);
  const placed = new Map(ids.map((id) => [id, { x: boxX(id), y: rowY[cell.get(id)!.row]! }]));

  const edge = (id: string, side: Side, key: string): Point => {
    const p = placed.get(id)!;
    const box = boxes.get(id)!;
    if (side === 'top') return { x: portX(id, key), y: p.y };
    if (side === 'bottom') return { x: portX(id, key), y: p.y + box.height };
    return { x: side === 'left' ? p.x : p.x + box.width, y: p.y + at.get(key)! * Math.min(box.height, rowHeight[cell.get(id)!.row]!) };
  };
  const links = routes.map((r, i) => {
    const run = runs[i]!;
    const trackY = gutterTop(r.gutter) + 6 + (gutterTracks[r.gutter]!.track.get(i)! + 0.5) * TRACK;
    const start = edge(r.link.from, r.exit, `${i} out`);
    const end = edge(r.link.to, r.entry, `${i} in`);
    const points: Point[] = [start, { x: start.x, y: trackY }];
    if (r.column === undefined) points.push({ x: end.x, y: trackY }, end);
    else points.push({ x: run.b, y: trackY }, { x: run.b, y: end.y }, end);
    const mid = (run.a + run.b) / 2;
    return { link: r.link, points, label: { x: mid - run.label.width / 2, y: trackY - run.label.height / 2, width: run.label.width, height: run.label.height } };
  });
  return { width, height, boxes: placed, links };
}
