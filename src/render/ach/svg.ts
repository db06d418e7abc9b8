import type { Rating } from '../../model/types.js';
import type { AchResult, AchSetResult } from '../../analysis/ach/types.js';
import { RATING_WORD, SYMBOL, cellIndex, escapeXml as esc, fmt } from './common.js';
import { FONT_FAMILY, measureText, truncateText, wrapText, type TextStyle } from '../text.js';
import { RATING_STYLE } from './palette.js';

// Geometry in px; text is measured with the drawing code's Liberation Sans metrics, so labels fit their cells.
const PAD = 16;
const FONT = 12;
const ROW = 24;
const LABEL_W = 350;
const LEVEL_W = 40;
const COL_W = 112;
const HEAD_LINES = 4;
const DIAG_W = 48;
const LINE = 15;
const GAP = 36;
const KEY_MIN_W = 640;

/** Word-wraps to at most `lines` lines of `width` px; the last line ends in … if anything was cut. */
export function wrap(text: string, width: number, lines: number, style: TextStyle = { size: FONT }): string[] {
  const all = wrapText(text, width, style);
  if (all.length <= lines) return all;
  const kept = all.slice(0, lines);
  kept[lines - 1] = truncateText(`${kept[lines - 1]} ${all[lines]}\u2026`, width, style);
  if (!kept[lines - 1]!.endsWith('\u2026')) kept[lines - 1] += '\u2026';
  return kept;
}

const LEVEL_LETTER = { high: 'H', medium: 'M', low: 'L' } as const;
const hatch = (id: string, colour: string, opacity: number): string =>
  `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="2" height="6" fill="${colour}" fill-opacity="${opacity}"/></pattern>`;
// Dark lines on light fills, light lines on dark ones, so the hatch shows in greyscale either way.
const DEFS = `<defs>${hatch('ach-hatch', '#000000', 0.28)}${hatch('ach-hatch-light', '#ffffff', 0.5)}</defs>`;

function ratingCell(x: number, y: number, w: number, h: number, rating: Rating, derived: boolean, title: string): string {
  const s = RATING_STYLE[rating];
  const parts = [`<g class="ach-cell ach-${rating}${derived ? ' ach-derived' : ''}"><title>${esc(title)}</title>`];
  parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${s.fill}" stroke="#999"/>`);
  // The hatch marks the cell as inconsistent in greyscale; a plain patch behind the symbol keeps it legible.
  if (s.hatch) parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#${s.hatchLight ? 'ach-hatch-light' : 'ach-hatch'})"/><rect x="${x + w / 2 - 14}" y="${y + h / 2 - 8}" width="28" height="16" rx="3" fill="${s.fill}"/>`);
  if (derived) parts.push(`<rect x="${x + 3}" y="${y + 3}" width="${w - 6}" height="${h - 6}" fill="none" stroke="${s.ink}" stroke-dasharray="3 2"/>`);
  parts.push(`<text x="${x + w / 2}" y="${y + h / 2 + 4}" text-anchor="middle" fill="${s.ink}" font-weight="${derived ? 400 : 700}"${derived ? ' font-style="italic"' : ''}>${esc(SYMBOL[rating])}</text></g>`);
  return parts.join('');
}

/** One set's matrix drawn at (0, top); returns the SVG body and its size. */
function setBody(set: AchSetResult, top: number): { body: string; width: number; height: number } {
  const cell = cellIndex(set);
  const hs = set.hypotheses;
  const heads = hs.map((h) => wrap(h.label, COL_W - 8, HEAD_LINES, { size: FONT, bold: true }));
  const headH = 10 + LINE * Math.max(1, ...heads.map((l) => l.length)) + 6;
  const x0 = PAD;
  const xLevel = x0 + LABEL_W;
  const xCols = xLevel + 2 * LEVEL_W;
  const xDiag = xCols + hs.length * COL_W;
  const width = xDiag + DIAG_W + PAD;
  const out: string[] = [];
  let y = top;
  const title = wrap(`${set.id}: ${set.question}`, Math.max(width, KEY_MIN_W) - 2 * PAD, 2, { size: 14, bold: true });
  out.push(`<text font-size="14" font-weight="700">${title.map((l, k) => `<tspan x="${x0}" y="${y + 14 + k * 18}">${esc(l)}</tspan>`).join('')}</text>`);
  y += 6 + 18 * title.length;
  out.push(`<g class="ach-head" font-weight="700">`);
  out.push(`<text x="${x0 + 4}" y="${y + headH - 8}">Evidence</text>`);
  out.push(`<text x="${xLevel + LEVEL_W / 2}" y="${y + headH - 8}" text-anchor="middle"><title>credibility</title>Cr</text>`);
  out.push(`<text x="${xLevel + LEVEL_W * 1.5}" y="${y + headH - 8}" text-anchor="middle"><title>relevance</title>Re</text>`);
  heads.forEach((lines, i) => {
    const cx = xCols + i * COL_W + COL_W / 2;
    const firstY = y + headH - 8 - (lines.length - 1) * LINE;
    out.push(`<text text-anchor="middle"><title>${esc(`${hs[i]!.id}: ${hs[i]!.label}`)}</title>${lines.map((l, k) => `<tspan x="${cx}" y="${firstY + k * LINE}">${esc(l)}</tspan>`).join('')}</text>`);
  });
  out.push(`<text x="${xDiag + DIAG_W / 2}" y="${y + headH - 8}" text-anchor="middle"><title>diagnosticity: weight × spread of the row's inconsistency scores</title>Diag</text>`);
  out.push(`</g>`);
  out.push(`<line x1="${x0}" y1="${y + headH}" x2="${xDiag + DIAG_W}" y2="${y + headH}" stroke="#333"/>`);
  y += headH;
  for (const e of set.evidence) {
    out.push(`<g class="ach-row${e.diagnostic ? '' : ' ach-nondiag'}"${e.diagnostic ? '' : ' opacity="0.45"'}>`);
    out.push(`<text x="${x0 + 4}" y="${y + ROW / 2 + 4}"${e.diagnostic ? '' : ' fill="#555"'}><title>${esc(`${e.id}: ${e.label}${e.diagnostic ? '' : ' (non-diagnostic)'}`)}</title>${esc(truncateText(e.label, LABEL_W - 8, { size: FONT }))}</text>`);
    out.push(`<text x="${xLevel + LEVEL_W / 2}" y="${y + ROW / 2 + 4}" text-anchor="middle">${LEVEL_LETTER[e.credibility]}</text>`);
    out.push(`<text x="${xLevel + LEVEL_W * 1.5}" y="${y + ROW / 2 + 4}" text-anchor="middle">${LEVEL_LETTER[e.relevance]}</text>`);
    hs.forEach((h, i) => {
      const c = cell(e.id, h.id);
      const x = xCols + i * COL_W;
      if (!c) {
        out.push(`<g class="ach-cell ach-unrated"><title>not rated</title><rect x="${x}" y="${y}" width="${COL_W}" height="${ROW}" fill="#ffffff" stroke="#999"/><text x="${x + COL_W / 2}" y="${y + ROW / 2 + 4}" text-anchor="middle" fill="#999">\u00b7</text></g>`);
        return;
      }
      const title = `${RATING_WORD[c.rating]} (${c.rating})${c.derived ? ', derived from the graph' : ''}${c.rationale ? `: ${c.rationale}` : ''}`;
      out.push(ratingCell(x, y, COL_W, ROW, c.rating, c.derived, title));
    });
    out.push(`<text x="${xDiag + DIAG_W / 2}" y="${y + ROW / 2 + 4}" text-anchor="middle">${fmt(e.diagnosticity)}</text>`);
    out.push(`</g>`);
    y += ROW;
  }
  out.push(`<line x1="${x0}" y1="${y}" x2="${xDiag + DIAG_W}" y2="${y}" stroke="#333" stroke-width="2"/>`);
  const foot: [string, (h: AchSetResult['hypotheses'][number]) => string][] = [
    ['Inconsistency', (h) => String(h.inconsistency)],
    ['Weighted inconsistency', (h) => fmt(h.weightedInconsistency)],
    ['Rank', (h) => `${h.rank}${h.leader ? (set.leaders.length > 1 ? ' (tied lead)' : ' (leads)') : ''}`],
  ];
  out.push(`<g class="ach-foot" font-weight="700">`);
  for (const [name, value] of foot) {
    out.push(`<text x="${x0 + 4}" y="${y + ROW / 2 + 4}">${name}</text>`);
    hs.forEach((h, i) => {
      const x = xCols + i * COL_W;
      if (h.leader) out.push(`<rect x="${x + 1}" y="${y + 1}" width="${COL_W - 2}" height="${ROW - 2}" fill="none" stroke="#1a1a1a" stroke-width="2"/>`);
      out.push(`<text x="${x + COL_W / 2}" y="${y + ROW / 2 + 4}" text-anchor="middle">${esc(value(h))}</text>`);
    });
    y += ROW;
  }
  out.push(`</g>`);
  return { body: out.join('\n'), width, height: y - top };
}

/** The key, flowed into rows no wider than `width`. */
function key(top: number, width: number): { body: string; height: number } {
  const items: { rating: Rating; derived: boolean; text: string }[] = [
    ...(Object.keys(SYMBOL) as Rating[]).map((r) => ({ rating: r, derived: false, text: RATING_WORD[r] })),
    { rating: 'C', derived: true, text: 'derived from the graph' },
  ];
  const out: string[] = [];
  let x = PAD;
  let y = top;
  for (const it of items) {
    const w = 40 + Math.ceil(measureText(it.text, { size: FONT })) + 18;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 26;
    }
    out.push(ratingCell(x, y, 34, 20, it.rating, it.derived, it.text));
    out.push(`<text x="${x + 40}" y="${y + 14}">${esc(it.text)}</text>`);
    x += w;
  }
  y += 26;
  out.push(`<text x="${PAD}" y="${y + 14}" fill="#555">Greyed rows are non-diagnostic; a boxed score marks the hypothesis with least against it.</text>`);
  return { body: out.join('\n'), height: y + 20 - top };
}

/** Every set of the result as one SVG: matrices stacked, then the key. Deterministic for a given result. */
export function achSvg(result: AchResult): string {
  const bodies: string[] = [];
  let y = PAD;
  let width = 0;
  for (const set of result.sets) {
    const b = setBody(set, y);
    bodies.push(`<g class="ach-set" id="ach-set-${esc(set.id)}">\n${b.body}\n</g>`);
    width = Math.max(width, b.width);
    y += b.height + GAP;
  }
  width = Math.max(width, KEY_MIN_W);
  const k = key(y - GAP + 20, width);
  const height = y - GAP + 20 + k.height + PAD;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_FAMILY)}" font-size="${FONT}" fill="#1a1a1a">`,
    `<title>Analysis of competing hypotheses</title>`,
    DEFS,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...bodies,
    `<g class="ach-key">\n${k.body}\n</g>`,
    '</svg>',
    '',
  ].join('\n');
}
