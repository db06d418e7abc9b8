import type { AchResult, AchSetResult } from '../../analysis/ach/types.js';
import { visibleText } from '../../io/visible-text.js';
import { FINDING_TITLES, HOW_TO_READ, cellIndex, findings, fmt, shorten, type Findings } from './common.js';

const LEVEL_LETTER = { high: 'H', medium: 'M', low: 'L' } as const;
const LABEL_WIDTH = 44;

/** Pads columns to a common width; the first column is left-aligned, the rest centred like a grid. */
function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) =>
    r
      .map((c, i) => {
        const w = widths[i]!;
        if (i <= 1) return c + ' '.repeat(w - [...c].length);
        const pad = w - [...c].length;
        return ' '.repeat(Math.floor(pad / 2)) + c + ' '.repeat(Math.ceil(pad / 2));
      })
      .join('  ')
      .trimEnd(),
  );
}

/** One set as an aligned plain-text matrix (columns in ranked order) with its findings below. */
export function achSetText(set: AchSetResult): string {
  const cell = cellIndex(set);
  const hs = set.hypotheses;
  const head = ['', 'Evidence', 'Cr', 'Re', ...hs.map((_h, i) => `H${i + 1}`), 'Diag'];
  const body = set.evidence.map((e, i) => [
    `E${i + 1}${e.diagnostic ? '' : '~'}`,
    shorten(e.label, LABEL_WIDTH),
    LEVEL_LETTER[e.credibility],
    LEVEL_LETTER[e.relevance],
    ...hs.map((h) => {
      const c = cell(e.id, h.id);
      return c ? `${c.rating}${c.derived ? '*' : ''}` : '.';
    }),
    fmt(e.diagnosticity),
  ]);
  const foot = [
    ['', 'Inconsistency', '', '', ...hs.map((h) => String(h.inconsistency)), ''],
    ['', 'Weighted inconsistency', '', '', ...hs.map((h) => fmt(h.weightedInconsistency)), ''],
    ['', 'Rank', '', '', ...hs.map((h) => `${h.rank}${h.leader ? '<' : ''}`), ''],
  ];
  const out = [`${set.id}: ${set.question}`, ''];
  out.push(...table([head, ...body, ...foot]));
  out.push('');
  out.push('Key: * derived from the graph; . not rated; ~ non-diagnostic row; < leads; Cr/Re credibility/relevance (H, M, L).');
  hs.forEach((h, i) => out.push(`  H${i + 1} = ${h.id}: ${h.label}`));
  // Every row's text, even one the table shows whole: a key where some rows stop at the id reads as text missing.
  set.evidence.forEach((e, i) => out.push(`  E${i + 1} = ${e.id}${e.label !== e.id ? `: ${e.label.replace(/\s+/g, ' ')}` : ''}`));
  const f = findings(set);
  for (const key of Object.keys(FINDING_TITLES) as (keyof Findings)[]) {
    if (f[key].length === 0 && key !== 'ranking') continue;
    out.push('', `${FINDING_TITLES[key]}:`, ...f[key].map((l) => `  ${l}`));
  }
  // Each line is one line of the report: a label's line breaks and terminal controls are spelled out.
  return out.map((l) => visibleText(l, true)).join('\n') + '\n';
}

export function achText(result: AchResult): string {
  return [HOW_TO_READ, '', result.sets.map(achSetText).join('\n' + '='.repeat(72) + '\n\n')].join('\n');
}
