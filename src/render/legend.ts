import type { NodeKind } from '../model/types.js';
import { NODE_KINDS } from '../model/kinds.js';
import { shapeSvg } from './shapes.js';
import { ARROW_DIRECTIONS, FONT, JUNCTION_R, KIND_STYLES, lookStyle, type EdgeLook } from './style.js';
import { baselineOffset, lineHeight, measureText } from './text.js';
import { LOOK_ORDER, edgePathSvg } from './edges.js';
import { escapeXml, num } from './xml.js';

export interface LegendContent {
  kinds: ReadonlySet<NodeKind>;
  edges: ReadonlySet<EdgeLook>;
  analyst: boolean;
  hedged: boolean;
  /** Some attack is conceded and outweighed (drawn faded). */
  conceded?: boolean;
  /** Said after the rating styles: which ratings the view leaves undrawn. */
  ratingNote?: string;
}

const SWATCH = 34;
const ROW = 24;
const GAP = 18;
/** Widest the legend grows, whatever the drawing's width: a legend as wide as a whole map cannot be read zoomed out. */
export const LEGEND_MAX_WIDTH = 980;

/**
 * The legend lists only what the drawing uses: kinds first, then each relation style with what its
 * direction means, set in equal columns (kinds, then relations) no wider than `LEGEND_MAX_WIDTH`.
 */
export function legendSvg(content: LegendContent, x: number, y: number, maxWidth: number): { svg: string; height: number; width: number } {
  const style = { size: FONT.legend };
  const items: { width: number; draw: (ix: number, iy: number) => string }[] = [];
  const label = (text: string, ix: number, iy: number) =>
    `<text x="${num(ix + SWATCH + 6)}" y="${num(iy + (ROW - lineHeight(FONT.legend)) / 2 + baselineOffset(FONT.legend))}" font-size="${FONT.legend}" fill="#222">${escapeXml(text)}</text>`;
  const add = (text: string, swatch: (ix: number, iy: number) => string) =>
    items.push({ width: SWATCH + 6 + measureText(text, style), draw: (ix, iy) => swatch(ix, iy) + label(text, ix, iy) });

  for (const kind of NODE_KINDS) {
    if (content.kinds.has(kind)) add(KIND_STYLES[kind].label, (ix, iy) => shapeSvg(kind, ix, iy + 3, SWATCH, ROW - 6, false));
  }
  if (content.analyst) add('added by the analyst (dashed)', (ix, iy) => shapeSvg('evidence', ix, iy + 3, SWATCH, ROW - 6, true));
  if (content.hedged) {
    add('hedge: yardstick term', (ix, iy) => `<rect x="${num(ix)}" y="${num(iy + 6)}" width="${SWATCH}" height="${ROW - 12}" rx="${(ROW - 12) / 2}" fill="#fff" stroke="#A4527E" stroke-width="1.2"/>`);
  }
  let relationCount = 0;
  for (const type of LOOK_ORDER) {
    if (type === 'premise' || !content.edges.has(type)) continue;
    relationCount++;
    const line = (ix: number, iy: number) => edgePathSvg(type, [{ x: ix, y: iy + ROW / 2 }, { x: ix + SWATCH, y: iy + ROW / 2 }], false);
    // A step drawn through a junction shows the bar its premises meet at.
    const dot = (ix: number, iy: number) => (type === 'conclusion' ? `<rect x="${num(ix)}" y="${num(iy + ROW / 2 - JUNCTION_R)}" width="${3 * JUNCTION_R}" height="${2 * JUNCTION_R}" rx="${JUNCTION_R}" fill="#333"/>` : '');
    add(`${lookStyle(type).label}: ${ARROW_DIRECTIONS[type]}`, (ix, iy) => line(ix, iy) + dot(ix, iy));
  }
  if (content.conceded) {
    relationCount++;
    add('attacks, conceded (faded): the author grants the point and holds what it strikes at the stronger, so it defeats nothing', (ix, iy) =>
      edgePathSvg('attacks', [{ x: ix, y: iy + ROW / 2 }, { x: ix + SWATCH, y: iy + ROW / 2 }], false, undefined, true),
    );
  }
  if (content.ratingNote) {
    const note = content.ratingNote;
    items.push({ width: measureText(note, style), draw: (ix, iy) => `<text x="${num(ix)}" y="${num(iy + (ROW - lineHeight(FONT.legend)) / 2 + baselineOffset(FONT.legend))}" font-size="${FONT.legend}" font-style="italic" fill="#444">${escapeXml(note)}</text>` });
  }

  const heading = 'Legend';
  const headStyle = { size: FONT.legend, bold: true };
  const inner = Math.max(Math.min(maxWidth, LEGEND_MAX_WIDTH) - 24, 200);
  // Kinds (short) in narrow columns, relations (a sentence each) in wide ones; each group starts a row.
  const kindCount = items.length - relationCount - (content.ratingNote ? 1 : 0);
  const groups = [items.slice(0, kindCount), items.slice(kindCount)];
  let rows = 0;
  const placed: string[] = [];
  let widest = measureText(heading, headStyle);
  for (const group of groups) {
    if (group.length === 0) continue;
    const column = Math.min(inner, Math.max(...group.map((i) => i.width)));
    const columns = Math.max(1, Math.floor((inner + GAP) / (column + GAP)));
    group.forEach((item, k) => {
      const [c, r] = [k % columns, Math.floor(k / columns)];
      placed.push(item.draw(x + 12 + c * (column + GAP), y + 8 + lineHeight(FONT.legend) + 4 + (rows + r) * ROW));
    });
    rows += Math.ceil(group.length / columns);
    widest = Math.max(widest, Math.min(group.length, columns) * (column + GAP) - GAP);
  }
  rows = Math.max(rows, 1);
  const width = widest + 24;
  const height = 8 + lineHeight(FONT.legend) + 4 + rows * ROW + 8;
  const svg =
    `<g class="legend" aria-label="Legend">` +
    `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" rx="4" fill="#FAFAFA" stroke="#BBBBBB"/>` +
    `<text x="${num(x + 12)}" y="${num(y + 8 + baselineOffset(FONT.legend))}" font-size="${FONT.legend}" font-weight="bold" fill="#222">${heading}</text>` +
    placed.join('') +
    `</g>`;
  return { svg, height, width };
}
