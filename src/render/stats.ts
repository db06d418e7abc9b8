import type { Point } from './layout.js';

/** What `--stats` prints and the benchmark records. */
export interface LayoutStats {
  nodes: number;
  inferences: number;
  /**
   * Inferences drawn as a junction box (several premises, or an undercut to land on); the rest are single
   * lines. The box count ELK lays out is `nodes + junctions`.
   */
  junctions: number;
  edges: number;
  crossings: number;
  bends: number;
  width: number;
  height: number;
  layoutMs: number;
}

/** A drawn edge as a polyline between two vertices; edges that share a vertex never count as crossing. */
export interface Polyline {
  from: string;
  to: string;
  points: readonly Point[];
}

interface Segment {
  edge: number;
  a: Point;
  b: Point;
}

function orient(p: Point, q: Point, r: Point): number {
  const v = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  return Math.abs(v) < 1e-9 ? 0 : Math.sign(v);
}

/** Proper crossing: each segment strictly separates the other's ends (touching or overlapping runs do not count). */
function crosses(s: Segment, t: Segment): boolean {
  return orient(s.a, s.b, t.a) * orient(s.a, s.b, t.b) < 0 && orient(t.a, t.b, s.a) * orient(t.a, t.b, s.b) < 0;
}

/**
 * Counts crossing points between the segments of different edges, the same way for ELK's orthogonal
 * routes and for Graphviz's splines (taken as their control polygons). A spatial hash keeps it near
 * linear; each pair of segments is tested once, in the cell that holds the lower-left corner of their overlap.
 */
export function countCrossings(edges: readonly Polyline[], cell = 128): number {
  const segments: Segment[] = [];
  edges.forEach((e, edge) => {
    for (let i = 1; i < e.points.length; i++) segments.push({ edge, a: e.points[i - 1]!, b: e.points[i]! });
  });
  const grid = new Map<string, number[]>();
  segments.forEach((s, i) => {
    const [x0, x1] = [Math.floor(Math.min(s.a.x, s.b.x) / cell), Math.floor(Math.max(s.a.x, s.b.x) / cell)];
    const [y0, y1] = [Math.floor(Math.min(s.a.y, s.b.y) / cell), Math.floor(Math.max(s.a.y, s.b.y) / cell)];
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
      const key = `${x},${y}`;
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    }
  });
  let count = 0;
  for (const [key, list] of grid) {
    const [cx, cy] = key.split(',').map(Number) as [number, number];
    for (let i = 0; i < list.length; i++) {
      const s = segments[list[i]!]!;
      const es = edges[s.edge]!;
      for (let j = i + 1; j < list.length; j++) {
        const t = segments[list[j]!]!;
        if (s.edge === t.edge) continue;
        const et = edges[t.edge]!;
        if (es.from === et.from || es.from === et.to || es.to === et.from || es.to === et.to) continue;
        const ox = Math.max(Math.min(s.a.x, s.b.x), Math.min(t.a.x, t.b.x));
        const oy = Math.max(Math.min(s.a.y, s.b.y), Math.min(t.a.y, t.b.y));
        if (Math.floor(ox / cell) !== cx || Math.floor(oy / cell) !== cy) continue;
        if (crosses(s, t)) count++;
      }
    }
  }
  return count;
}
