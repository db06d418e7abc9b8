import type { AchResult, AchSetResult } from '../../analysis/ach/types.js';
import { FINDING_TITLES, HOW_TO_READ, RATING_WORD, SYMBOL, cellIndex, escapeXml as esc, findings, fmt, type Findings } from './common.js';
import { RATING_STYLE } from './palette.js';

const LEVEL_WORD = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/**
 * Styles for `achHtmlTable`, scoped to `.ach`. Ratings carry a symbol and a fill; inconsistent cells are
 * also hatched and derived ones dashed and italic, so nothing depends on colour alone or survives only in colour.
 */
export const ACH_CSS = `
.ach{border-collapse:collapse;font:13px/1.35 system-ui,sans-serif;color:#1a1a1a;margin:0 0 1.5em}
.ach caption{text-align:left;font-weight:600;padding:0 0 .4em}
.ach th,.ach td{border:1px solid #999;padding:.25em .5em;vertical-align:middle}
.ach thead th{background:#f0f0f0;font-weight:600;max-width:11em}
.ach .ach-ev{text-align:left;max-width:28em}
.ach tbody th{font-weight:400}
.ach .ach-ev small{color:#555}
.ach td.ach-r{text-align:center;font-weight:700;min-width:3em;white-space:nowrap}
${Object.entries(RATING_STYLE)
  .map(([r, s]) => `.ach td.ach-${r}{background:${s.fill}${s.hatch ? `;background-image:repeating-linear-gradient(135deg,transparent 0 5px,${s.hatch} 5px 7px)` : ''};color:${s.ink}}`)
  .join('\n')}
${Object.entries(RATING_STYLE)
  .filter(([, s]) => s.hatch)
  .map(([r, s]) => `.ach td.ach-${r} .ach-sym{background:${s.fill};padding:0 .35em;border-radius:3px}`)
  .join('\n')}
.ach td.ach-derived{font-style:italic;font-weight:400;outline:2px dashed #555;outline-offset:-4px}
.ach td.ach-unrated{background:#fff;color:#999}
.ach tr.ach-nondiag>*{opacity:.45}
.ach tr.ach-nondiag .ach-ev::after{content:" (non-diagnostic)";font-style:italic;color:#555}
.ach tfoot th,.ach tfoot td{background:#f7f7f7;text-align:center;font-weight:600}
.ach tfoot th{text-align:left}
.ach td.ach-lead{box-shadow:inset 0 0 0 3px #1a1a1a}
.ach-key{font:12px system-ui,sans-serif;color:#333;margin:.2em 0 1em}
.ach-key span{display:inline-block;min-width:2.2em;text-align:center;border:1px solid #999;margin:0 .2em 0 .8em;font-weight:700}
`.trim();

/** The matrix of one set as a self-contained `<table class="ach">` (style it with ACH_CSS). Columns in ranked order. */
export function achHtmlTable(set: AchSetResult): string {
  const cell = cellIndex(set);
  const hs = set.hypotheses;
  const rows: string[] = [];
  rows.push(`<table class="ach" id="ach-${esc(set.id)}">`);
  rows.push(`<caption>${esc(set.question)}</caption>`);
  rows.push(
    `<thead><tr><th class="ach-ev" scope="col">Evidence</th><th scope="col" title="credibility">Cred.</th><th scope="col" title="relevance">Rel.</th>${hs
      .map((h) => `<th scope="col" title="${esc(h.id)}">${esc(h.label)}</th>`)
      .join('')}<th scope="col" title="weight × spread of the row's inconsistency scores; 0 = cannot separate the hypotheses">Diag.</th></tr></thead>`,
  );
  rows.push('<tbody>');
  for (const e of set.evidence) {
    const tds = hs.map((h) => {
      const c = cell(e.id, h.id);
      if (!c) return `<td class="ach-r ach-unrated" title="not rated">\u00b7</td>`;
      const title = `${RATING_WORD[c.rating]} (${c.rating})${c.derived ? ', derived from the graph' : ''}${c.rationale ? `: ${c.rationale}` : ''}`;
      return `<td class="ach-r ach-${c.rating}${c.derived ? ' ach-derived' : ''}" title="${esc(title)}"><span class="ach-sym">${esc(SYMBOL[c.rating])}</span></td>`;
    });
    rows.push(
      `<tr${e.diagnostic ? '' : ' class="ach-nondiag"'} data-evidence="${esc(e.id)}"><th class="ach-ev" scope="row" title="${esc(e.id)}">${esc(e.label)}</th><td>${LEVEL_WORD[e.credibility]}</td><td>${LEVEL_WORD[e.relevance]}</td>${tds.join('')}<td>${fmt(e.diagnosticity)}</td></tr>`,
    );
  }
  rows.push('</tbody>');
  const foot = (name: string, value: (h: AchSetResult['hypotheses'][number]) => string): string =>
    `<tr><th scope="row" colspan="3">${name}</th>${hs.map((h) => `<td${h.leader ? ' class="ach-lead"' : ''}>${value(h)}</td>`).join('')}<td></td></tr>`;
  rows.push('<tfoot>');
  rows.push(foot('Inconsistency', (h) => String(h.inconsistency)));
  rows.push(foot('Weighted inconsistency', (h) => fmt(h.weightedInconsistency)));
  rows.push(foot('Rank', (h) => `${h.rank}${h.leader ? (set.leaders.length > 1 ? ' (tied lead)' : ' (leads)') : ''}`));
  rows.push('</tfoot></table>');
  return rows.join('\n');
}

/** A key to the symbols, as HTML. */
export function achHtmlKey(): string {
  return `<p class="ach-key">${(Object.keys(SYMBOL) as (keyof typeof SYMBOL)[])
    .map((r) => `<span class="ach-${r}">${esc(SYMBOL[r])}</span>${RATING_WORD[r]}`)
    .join('')} <span class="ach-derived" style="font-style:italic;outline:2px dashed #555">+</span>derived from the graph</p>`;
}

function findingsHtml(set: AchSetResult): string {
  const f = findings(set);
  return (Object.keys(FINDING_TITLES) as (keyof Findings)[])
    .filter((k) => f[k].length > 0)
    .map((k) => `<h3>${esc(FINDING_TITLES[k])}</h3>\n<ul>${f[k].map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`)
    .join('\n');
}

/** A full page: every set's matrix, the key and the findings, with inline CSS and no outside resources. */
export function achHtmlPage(result: AchResult, title = 'Analysis of competing hypotheses'): string {
  const key = achHtmlKey();
  // The key's swatches reuse the table's cell classes, so they are wrapped in an .ach-styled context.
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${esc(title)}</title>`,
    `<style>body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#1a1a1a}h3{font-size:14px;margin:1em 0 .3em}ul{margin:0;padding-left:1.3em}\n${ACH_CSS}\n.ach-key span.ach-CC,.ach-key span.ach-C,.ach-key span.ach-N,.ach-key span.ach-I,.ach-key span.ach-II,.ach-key span.ach-NA{padding:0 .2em}\n${Object.entries(RATING_STYLE).map(([r, s]) => `.ach-key .ach-${r}{background:${s.fill}${s.hatch ? `;background-image:repeating-linear-gradient(135deg,transparent 0 5px,${s.hatch} 5px 7px)` : ''};color:${s.ink}}`).join('\n')}</style>`,
    '</head><body>',
    `<h1>${esc(title)}</h1>`,
    `<p>${esc(HOW_TO_READ)}</p>`,
    key,
    ...result.sets.map((s) => `<section>\n<h2>${esc(s.id)}</h2>\n${achHtmlTable(s)}\n${findingsHtml(s)}\n</section>`),
    '</body></html>',
    '',
  ].join('\n');
}
