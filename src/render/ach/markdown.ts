import type { AchResult, AchSetResult } from '../../analysis/ach/types.js';
import { FINDING_TITLES, HOW_TO_READ, cellIndex, findings, fmt, shorten, type Findings } from './common.js';
import { markdownText as md } from '../markdown-text.js';

const LEVEL_WORD = { high: 'High', medium: 'Med', low: 'Low' } as const;

export function achSetMarkdown(set: AchSetResult): string {
  const cell = cellIndex(set);
  const hs = set.hypotheses;
  const out = [`## ${md(set.id)}: ${md(set.question)}`, ''];
  out.push(`| # | Evidence | Cred. | Rel. | ${hs.map((h, i) => `H${i + 1}: ${md(shorten(h.label, 40))}`).join(' | ')} | Diag. |`);
  out.push(`|---|---|---|---|${hs.map(() => ':-:').join('|')}|--:|`);
  set.evidence.forEach((e, i) => {
    const label = md(shorten(e.label, 80));
    const row = [
      `E${i + 1}`,
      e.diagnostic ? label : `${label} (non-diagnostic)`,
      LEVEL_WORD[e.credibility],
      LEVEL_WORD[e.relevance],
      ...hs.map((h) => {
        const c = cell(e.id, h.id);
        return c ? (c.derived ? `*${c.rating}* (derived)` : c.rating) : '';
      }),
      fmt(e.diagnosticity),
    ];
    out.push(`| ${row.join(' | ')} |`);
  });
  out.push(`| | **Inconsistency** | | | ${hs.map((h) => `**${h.inconsistency}**`).join(' | ')} | |`);
  out.push(`| | **Weighted inconsistency** | | | ${hs.map((h) => `**${fmt(h.weightedInconsistency)}**`).join(' | ')} | |`);
  out.push(`| | **Rank** | | | ${hs.map((h) => `${h.rank}${h.leader ? ' (leads)' : ''}`).join(' | ')} | |`);
  out.push('');
  const f = findings(set);
  for (const key of Object.keys(FINDING_TITLES) as (keyof Findings)[]) {
    if (f[key].length === 0 && key !== 'ranking') continue;
    // A bullet starting "1." would become a nested numbered list; escape the full stop.
    out.push(`**${FINDING_TITLES[key]}**`, '', ...f[key].map((l) => `- ${md(l).replace(/^(\d+)\./, '$1\\.')}`), '');
  }
  return out.join('\n');
}

export function achMarkdown(result: AchResult): string {
  return [`# Analysis of competing hypotheses`, '', `_${md(HOW_TO_READ)}_`, '', ...result.sets.map(achSetMarkdown)].join('\n');
}
