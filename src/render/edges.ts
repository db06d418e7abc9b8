import { markerSvg } from './shapes.js';
import { EDGE_ORDER, EDGE_STYLES, type DrawnEdgeType } from './style.js';
import type { Point } from './layout.js';
import { num } from './xml.js';

const markerId = (type: DrawnEdgeType, start: boolean) => `m-${type}${start ? '-start' : ''}`;

/** `<defs>` with one marker per relation style the drawing uses. */
export function markerDefs(types: ReadonlySet<DrawnEdgeType>): string {
  const out: string[] = [];
  for (const type of ['premise', ...EDGE_ORDER] as DrawnEdgeType[]) {
    if (!types.has(type)) continue;
    const s = EDGE_STYLES[type];
    out.push(markerSvg(markerId(type, false), s.head, s.stroke, false));
    if (s.tail) out.push(markerSvg(markerId(type, true), s.tail, s.stroke, true));
  }
  return out.join('');
}

/** The stroke of one edge along `points` (from the relation's `from` to its `to`). */
export function edgePathSvg(type: DrawnEdgeType, points: readonly Point[], analyst: boolean): string {
  const s = EDGE_STYLES[type];
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join('');
  const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
  const head = s.head !== 'none' ? ` marker-end="url(#${markerId(type, false)})"` : '';
  const tail = s.tail ? ` marker-start="url(#${markerId(type, true)})"` : '';
  // Analyst-added links are drawn fainter so the source's own reasoning stands out.
  const faint = analyst ? ' stroke-opacity="0.7"' : '';
  return `<path d="${d}" fill="none" stroke="${s.stroke}" stroke-width="${s.width}"${dash}${faint}${head}${tail} stroke-linejoin="round"/>`;
}
