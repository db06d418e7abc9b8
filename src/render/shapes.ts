import type { NodeKind } from '../model/types.js';
import { KIND_STYLES, type HeadShape } from './style.js';
import { num } from './xml.js';

/**
 * The outline of each kind, drawn inside the box (x, y, w, h). The first element carries class `shape`
 * and is the node's box for the browser tests; extra strokes (double border, side bar, fold) follow it.
 */
export function shapeSvg(kind: NodeKind, x: number, y: number, w: number, h: number, analyst: boolean): string {
  const s = KIND_STYLES[kind];
  const dash = analyst ? ' stroke-dasharray="6 3"' : '';
  const paint = `fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}"${dash}`;
  const [X, Y, W, H, R, B] = [num(x), num(y), num(w), num(h), num(x + w), num(y + h)];
  switch (kind) {
    case 'conclusion':
      return `<rect class="shape" x="${X}" y="${Y}" width="${W}" height="${H}" rx="3" ${paint}/>` +
        `<rect x="${num(x + 3.5)}" y="${num(y + 3.5)}" width="${num(w - 7)}" height="${num(h - 7)}" rx="2" fill="none" stroke="${s.stroke}" stroke-width="1"${dash}/>`;
    case 'claim':
      return `<rect class="shape" x="${X}" y="${Y}" width="${W}" height="${H}" rx="9" ${paint}/>`;
    case 'hypothesis': {
      const c = Math.min(10, h / 2);
      return `<path class="shape" d="M${num(x + c)},${Y}H${num(x + w - c)}L${R},${num(y + h / 2)}L${num(x + w - c)},${B}H${num(x + c)}L${X},${num(y + h / 2)}Z" ${paint}/>`;
    }
    case 'prediction': {
      const k = 10;
      return `<path class="shape" d="M${num(x + k)},${Y}H${R}L${num(x + w - k)},${B}H${X}Z" ${paint}/>`;
    }
    case 'premise':
      return `<rect class="shape" x="${X}" y="${Y}" width="${W}" height="${H}" ${paint}/>` +
        `<rect x="${X}" y="${Y}" width="5" height="${H}" fill="${s.stroke}"/>`;
    case 'evidence':
      return `<rect class="shape" x="${X}" y="${Y}" width="${W}" height="${H}" ${paint}/>`;
    case 'hedge': {
      const f = 10;
      return `<path class="shape" d="M${X},${Y}H${num(x + w - f)}L${R},${num(y + f)}V${B}H${X}Z" ${paint}/>` +
        `<path d="M${num(x + w - f)},${Y}V${num(y + f)}H${R}" fill="none" stroke="${s.stroke}" stroke-width="1"/>`;
    }
    case 'source': {
      // A page with a wavy foot, the usual flow-chart "document".
      const a = 6;
      return `<path class="shape" d="M${X},${Y}H${R}V${num(y + h - a)}C${num(x + w * 0.75)},${num(y + h - 2.2 * a)} ${num(x + w * 0.25)},${num(y + h + 0.6 * a)} ${X},${num(y + h - a)}Z" ${paint}/>`;
    }
  }
}

/** An arrow-head marker; the path's end point is the head's tip. */
export function markerSvg(id: string, head: HeadShape, colour: string, atStart: boolean): string {
  const orient = atStart ? 'auto-start-reverse' : 'auto';
  const m = (w: number, h: number, refX: number, body: string) =>
    `<marker id="${id}" viewBox="0 0 ${w} ${h}" refX="${refX}" refY="${h / 2}" markerWidth="${w}" markerHeight="${h}" markerUnits="userSpaceOnUse" orient="${orient}">${body}</marker>`;
  switch (head) {
    case 'none':
      return '';
    case 'triangle':
      return m(12, 10, 12, `<path d="M0,0L12,5L0,10Z" fill="${colour}"/>`);
    case 'open-triangle':
      return m(13, 11, 12, `<path d="M1,1L12,5.5L1,10Z" fill="#fff" stroke="${colour}" stroke-width="1.4"/>`);
    case 'chevron':
      return m(12, 12, 11, `<path d="M1,1L11,6L1,11" fill="none" stroke="${colour}" stroke-width="1.8"/>`);
    case 'tee':
      return m(12, 14, 11, `<path d="M10,0V14" stroke="${colour}" stroke-width="3"/><path d="M0,7H10" stroke="${colour}" stroke-width="1.8"/>`);
    case 'circle':
      return m(8, 8, 8, `<circle cx="4" cy="4" r="3.5" fill="${colour}"/>`);
    case 'open-circle':
      return m(10, 10, 10, `<circle cx="5" cy="5" r="4" fill="#fff" stroke="${colour}" stroke-width="1.5"/>`);
    case 'cross':
      // A cross standing on the line's end: "does not fit", unlike any arrow head.
      return m(14, 14, 13, `<path d="M2,2L12,12M2,12L12,2" stroke="${colour}" stroke-width="2.4" stroke-linecap="round"/>`);
    case 'diamond':
      return m(14, 10, 14, `<path d="M0,5L7,0L14,5L7,10Z" fill="#fff" stroke="${colour}" stroke-width="1.4"/>`);
  }
}
