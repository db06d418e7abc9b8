import { countCrossings, type Polyline } from '../../src/render/stats.js';

/** A drawn edge as the markup has it: its ends and the `d` of its path (the renderer writes `M x,y L x,y …`). */
export interface DrawnEdge {
  from: string;
  to: string;
  d: string;
}

function polyline(e: DrawnEdge): Polyline {
  const points = [...e.d.matchAll(/[ML]\s*(-?[\d.]+)[ ,]\s*(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
  return { from: e.from, to: e.to, points };
}

/** Every `g.edge` of an SVG document with its first path (attribute values left escaped: only compared). */
export function edgesOfSvg(svg: string): DrawnEdge[] {
  return [...svg.matchAll(/<g class="edge"[^>]*?data-from="([^"]*)" data-to="([^"]*)"[^>]*>.*?<path d="([^"]*)"/g)].map((m) => ({ from: m[1]!, to: m[2]!, d: m[3]! }));
}

/** Crossings between drawn paths, counted by the project's counter (src/render/stats.ts). */
export function drawnCrossings(edges: readonly DrawnEdge[]): number {
  return countCrossings(edges.map(polyline));
}
