import type { NodeKind } from '../../model/types.js';
import { NODE_KINDS } from '../../model/kinds.js';
import { plural, pluralWord } from '../../model/plural.js';
import { formatLocator } from '../locator.js';
import { KIND_STYLES } from '../style.js';
import { lineHeight, measureText, normaliseSpace, truncateText, wrapText } from '../text.js';
import type { OverviewGroup, OverviewLink } from './sections.js';

/**
 * Type sizes of the overview. It is made to be seen whole on a 1440 × 900 screen, scaled down to fit, so
 * its letters are larger than the map's: the smallest, 14 px, still reads at 11 px at a scale of 0.79.
 */
export const OVERVIEW_FONT = { title: 17, text: 14, heading: 22 } as const;
export const OVERVIEW_BOX_WIDTH = 340;
const PAD = 12;

export interface OverviewLine {
  text: string;
  size: number;
  bold?: boolean;
  /** The full text when `text` is shortened (shown as the line's tooltip). */
  full?: string;
  /** The node a named line stands for. */
  node?: string;
  kind?: NodeKind;
}

export interface OverviewBox {
  group: OverviewGroup;
  width: number;
  height: number;
  lines: OverviewLine[];
}

/** The lines of a box: title, locator range, counts by kind, then its conclusions or key judgements. */
export function measureGroup(group: OverviewGroup): OverviewBox {
  const inner = OVERVIEW_BOX_WIDTH - 2 * PAD;
  const lines: OverviewLine[] = [];
  for (const text of wrapText(normaliseSpace(group.title), inner, { size: OVERVIEW_FONT.title, bold: true })) lines.push({ text, size: OVERVIEW_FONT.title, bold: true });
  if (group.locators) {
    const { first, last } = group.locators;
    lines.push({ text: first === last ? formatLocator(first) : `${formatLocator(first)} – ${formatLocator(last)}`, size: OVERVIEW_FONT.text });
  }
  const counts = NODE_KINDS.filter((k) => group.counts[k]).map((k) => `${group.counts[k]!.toLocaleString('en-GB')} ${pluralWord(KIND_STYLES[k].label, group.counts[k]!)}`);
  for (const text of wrapText(counts.join(' · '), inner, { size: OVERVIEW_FONT.text })) lines.push({ text, size: OVERVIEW_FONT.text });
  if (group.named.length > 0) {
    for (const n of group.named) {
      const full = normaliseSpace(n.text);
      const text = truncateText(`${group.conclusions ? '■' : '▸'} ${full}`, inner, { size: OVERVIEW_FONT.text });
      lines.push({ text, size: OVERVIEW_FONT.text, full, node: n.id, kind: n.kind });
    }
    const more = group.namedTotal - group.named.length;
    if (more > 0) lines.push({ text: `and ${plural(more, `more ${group.conclusions ? 'conclusion' : 'key judgement'}`)}`, size: OVERVIEW_FONT.text });
  }
  const height = 2 * PAD + lines.reduce((h, l) => h + lineHeight(l.size), 0);
  return { group, width: OVERVIEW_BOX_WIDTH, height, lines };
}

export const OVERVIEW_PAD = PAD;

/** An aggregated link's label: counts by relation type, support first. */
export function linkLabel(link: OverviewLink): string {
  const types = Object.keys(link.counts).sort((a, b) => (a === 'support' ? -1 : b === 'support' ? 1 : 0));
  return types.map((t) => `${link.counts[t]} ${t}`).join(' · ');
}

export function linkLabelSize(link: OverviewLink): { width: number; height: number } {
  return { width: Math.ceil(measureText(linkLabel(link), { size: OVERVIEW_FONT.text })) + 8, height: lineHeight(OVERVIEW_FONT.text) + 2 };
}
