import type { Node } from '../model/types.js';
import { formatLocator } from './locator.js';
import { FONT, KIND_STYLES, PAD_X, PAD_Y, WRAP_WIDTH } from './style.js';
import { lineHeight, measureText, normaliseSpace, truncateText, truncateWords, wrapText } from './text.js';

/** A pill under the label: the hedge's yardstick term, its confidence. */
export interface Badge {
  text: string;
  width: number;
  tone: 'band' | 'phrase' | 'confidence';
  /** The whole phrase when `text` is a short form of it (the badge's tooltip). */
  full?: string;
}

/** Everything the writer needs to draw one node, sized from measured text. */
export interface NodeBox {
  node: Node;
  width: number;
  height: number;
  /** Small line above the label: kind, locator, "analyst". */
  header: string;
  lines: string[];
  badges: Badge[];
  /** Left edge of the text relative to the box. */
  textX: number;
  /** Top of the header line, of the first label line and of the badge row, relative to the box. */
  headerY: number;
  labelY: number;
  badgeY: number;
}

export const BADGE_PAD = 5;
export const BADGE_GAP = 4;
const HEADER_GAP = 2;
const BADGE_ROW_GAP = 5;

function badgesOf(node: Node, wrap: number): Badge[] {
  const h = node.hedge;
  if (!h) return [];
  const out: Badge[] = [];
  const style = { size: FONT.badge, bold: true };
  const add = (text: string, tone: Badge['tone'], full?: string) => {
    const cut = full !== undefined && full !== text;
    // A shortened phrase keeps the pill as wide as the label may be, so the box keeps the size it had
    // when the phrase was cut at the last letter that fitted (and the layout stays as it was).
    out.push({ text, tone, width: cut ? wrap : measureText(text, style) + 2 * BADGE_PAD, ...(cut ? { full } : {}) });
  };
  if (h.band) add(`${h.band.term} (${h.band.yardstick === 'PHIA' ? 'PHIA' : 'ICD 203'})`, 'band');
  else if (h.phrases.length > 0) {
    // A long phrase keeps its first whole words; the node's panel and the badge's tooltip give all of it.
    const phrase = normaliseSpace(h.phrases[0] ?? '');
    add(`“${truncateWords(phrase, wrap - 2 * BADGE_PAD - measureText('“', style), style, '”')}`, 'phrase', `“${phrase}”`);
  }
  if (h.confidence) add(`${h.confidence} confidence`, 'confidence');
  return out;
}

function headerOf(node: Node): string {
  const parts: string[] = [KIND_STYLES[node.kind].label];
  if (node.source) parts.push(formatLocator(node.source.locator));
  if (node.analyst) parts.push('analyst');
  return parts.join(' · ');
}

/**
 * Measures and wraps a node's label and decorations; the box fits them with padding on every side.
 * `wrap` is the widest a line may be (a narrow pane's chain view wraps tighter than a drawing).
 */
export function measureNode(node: Node, wrap: number = WRAP_WIDTH): NodeBox {
  const kind = KIND_STYLES[node.kind];
  const labelStyle = { size: FONT.text, bold: kind.bold };
  const lines = wrapText(node.text, wrap, labelStyle);
  const header = truncateText(headerOf(node), wrap, { size: FONT.header });
  const badges = badgesOf(node, wrap);
  // Badges wrap onto one row each when they do not fit side by side; in practice one row.
  const badgeRow = badges.reduce((w, b, i) => w + b.width + (i > 0 ? BADGE_GAP : 0), 0);
  const contentWidth = Math.max(measureText(header, { size: FONT.header }), badgeRow, ...lines.map((l) => measureText(l, labelStyle)));
  const textX = PAD_X + kind.insetLeft;
  const width = Math.ceil(contentWidth + textX + PAD_X + kind.insetRight);
  const headerY = PAD_Y + (node.kind === 'conclusion' ? 2 : 0);
  const labelY = headerY + lineHeight(FONT.header) + HEADER_GAP;
  const labelBottom = labelY + lines.length * lineHeight(FONT.text);
  const badgeY = labelBottom + BADGE_ROW_GAP;
  const contentBottom = badges.length > 0 ? badgeY + badgeHeight() : labelBottom;
  const height = Math.ceil(contentBottom + PAD_Y + kind.insetBottom + (node.kind === 'conclusion' ? 2 : 0));
  return { node, width, height, header, lines, badges, textX, headerY, labelY, badgeY };
}

export function badgeHeight(): number {
  return lineHeight(FONT.badge) + 2;
}
