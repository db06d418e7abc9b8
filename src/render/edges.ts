import { markerSvg } from './shapes.js';
import { DRAWN_RATINGS, EDGE_ORDER, lookStyle, type EdgeLook } from './style.js';
import type { Point } from './layout.js';
import { num } from './xml.js';

// A prefix keeps a second set of markers (the explorer's HTML legend) from answering to the drawing's ids.
const markerId = (look: EdgeLook, start: boolean, prefix = 'm-') => `${prefix}${look}${start ? '-start' : ''}`;

/** Every look in the order defs and the legend list them: relations, then ACH ratings. */
export const LOOK_ORDER: readonly EdgeLook[] = ['premise', ...EDGE_ORDER, ...DRAWN_RATINGS.map((r): EdgeLook => `rating-${r}`)];

/** `<defs>` with one marker per line style the drawing uses. */
export function markerDefs(looks: ReadonlySet<EdgeLook>, prefix?: string): string {
  const out: string[] = [];
  for (const look of LOOK_ORDER) {
    if (!looks.has(look)) continue;
    const s = lookStyle(look);
    out.push(markerSvg(markerId(look, false, prefix), s.head, s.stroke, false));
    if (s.tail) out.push(markerSvg(markerId(look, true, prefix), s.tail, s.stroke, true));
  }
  return out.join('');
}

/** The stroke of one edge along `points` (from the relation's `from` to its `to`). */
export function edgePathSvg(look: EdgeLook, points: readonly Point[], analyst: boolean, prefix?: string, outweighed = false): string {
  const s = lookStyle(look);
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join('');
  const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
  const head = s.head !== 'none' ? ` marker-end="url(#${markerId(look, false, prefix)})"` : '';
  const tail = s.tail ? ` marker-start="url(#${markerId(look, true, prefix)})"` : '';
  // Analyst-added links are drawn fainter so the source's own reasoning stands out.
  // A conceded attack fainter still: the text grants it and weighs against it.
  const faint = outweighed ? ' stroke-opacity="0.4"' : analyst ? ' stroke-opacity="0.7"' : '';
  return `<path d="${d}" fill="none" stroke="${s.stroke}" stroke-width="${s.width}"${dash}${faint}${head}${tail} stroke-linejoin="round"/>`;
}
