import metrics from './fonts/liberation-sans.json' with { type: 'json' };

/**
 * Label measurement from Liberation Sans metrics (the same advance widths as Arial), taken once from the
 * font by `scripts/fonts.mjs`. Exact against a browser for the characters in the table, because it adds
 * the font's kerning pairs; any other character counts as the width of "M" so a box errs on the roomy side.
 */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

interface FaceMetrics {
  ascent: number;
  descent: number;
  fallback: number;
  advance: Record<string, number>;
  kern: Record<string, number>;
}

const FACES: Record<'regular' | 'bold', FaceMetrics> = { regular: metrics.regular, bold: metrics.bold };

export interface TextStyle {
  size: number;
  bold?: boolean;
}

/** Width in px of `text` set on one line in Liberation Sans at `style.size`. */
export function measureText(text: string, style: TextStyle): number {
  const face = FACES[style.bold ? 'bold' : 'regular'];
  let em = 0;
  let prev = '';
  for (const ch of text) {
    em += face.advance[ch] ?? face.fallback;
    if (prev) em += face.kern[prev + ch] ?? 0;
    prev = ch;
  }
  return em * style.size;
}

/** Line height in px for a font size, from the font's ascent and descent plus a little leading. */
export function lineHeight(size: number): number {
  const face = FACES.regular;
  return Math.ceil((face.ascent - face.descent) * size * 1.08);
}

/** Distance from the top of a line box to its baseline. */
export function baselineOffset(size: number): number {
  const face = FACES.regular;
  const extra = lineHeight(size) - (face.ascent - face.descent) * size;
  return extra / 2 + face.ascent * size;
}

/** Collapses runs of white space (not no-break spaces) and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/[ \t\r\n\f\v]+/g, ' ').trim();
}

/**
 * Greedy word wrap to `maxWidth` px. A word wider than a whole line is broken between characters,
 * so no line is ever wider than `maxWidth` (the browser tests rely on that).
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle): string[] {
  const words = normaliseSpace(text).split(' ').filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(candidate, style) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (measureText(word, style) <= maxWidth) {
      line = word;
      continue;
    }
    for (const ch of word) {
      if (line && measureText(line + ch, style) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * Shortens `text` to the words that fit `maxWidth` on one line with an ellipsis (after `close`, a closing
 * quote, say), so a phrase is never cut inside a word; a first word too long on its own is cut as
 * `truncateText` cuts it.
 */
export function truncateWords(text: string, maxWidth: number, style: TextStyle, close = ''): string {
  const clean = normaliseSpace(text);
  if (measureText(clean + close, style) <= maxWidth) return clean + close;
  const words = clean.split(' ');
  let keep = 0;
  while (keep < words.length && measureText(`${words.slice(0, keep + 1).join(' ')}…${close}`, style) <= maxWidth) keep++;
  if (keep === 0) return truncateText(clean, maxWidth - measureText(close, style), style) + close;
  return `${words.slice(0, keep).join(' ').replace(/[,;:.]$/, '')}…${close}`;
}

/**
 * Shortens `text` with an ellipsis so it fits `maxWidth` on one line. The widths of all prefixes are
 * summed once, so the cut is found in one pass instead of re-measuring the label after every character
 * removed (which took minutes on a 100k-character label).
 */
export function truncateText(text: string, maxWidth: number, style: TextStyle): string {
  const clean = normaliseSpace(text);
  if (measureText(clean, style) <= maxWidth) return clean;
  const face = FACES[style.bold ? 'bold' : 'regular'];
  const chars = [...clean];
  const ellipsis = face.advance['…'] ?? face.fallback;
  // prefix[k]: width in em of the first k characters, kerning between them included.
  const prefix = new Float64Array(chars.length + 1);
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k]!;
    // Summed in measureText's order, so the cut falls exactly where re-measuring would put it.
    const em = prefix[k]! + (face.advance[ch] ?? face.fallback);
    prefix[k + 1] = k > 0 ? em + (face.kern[chars[k - 1]! + ch] ?? 0) : em;
  }
  // The longest prefix that fits with its ellipsis, as removing characters from the end one by one finds it.
  let keep = chars.length - 1;
  while (keep > 0 && (prefix[keep]! + ellipsis + (face.kern[chars[keep - 1]! + '…'] ?? 0)) * style.size > maxWidth) keep--;
  return chars.slice(0, keep).join('').trimEnd() + '…';
}
