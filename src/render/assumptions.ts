import type { ConclusionAssumptions, KeyAssumption } from '../analysis/key-assumptions.js';

/** One assumption's facts as short clauses, shared by the text and Markdown views. */
function clauses(a: KeyAssumption): string[] {
  const support = a.supportedBy.length === 0 ? 'nothing in the map supports it' : `supported by ${a.supportedBy.map((s) => `${s.inference} (${s.premises.join(', ')})`).join('; ')}`;
  const undermine = a.underminedBy.length === 0
    ? 'nothing in the map undermines it: ask what would'
    : `undermined by ${a.underminedBy.map((u) => (u.how === 'undercuts' ? `${u.node} (undercuts ${u.inference})` : `${u.node} (${u.how})`)).join(', ')}`;
  const rows = a.rowIn.length === 0 ? 'no hypothesis set rates it' : `a row of ${a.rowIn.join(', ')}`;
  return [`${a.status} ${a.kind}`, support, undermine, rows];
}

export function assumptionsText(report: readonly ConclusionAssumptions[]): string {
  if (report.length === 0) return 'No conclusion has a node that every line of its support passes through.\n';
  const out: string[] = [];
  for (const c of report) {
    out.push(`${c.conclusion}: ${c.text}`, `  every line of support passes through ${c.assumptions.length} node(s):`);
    for (const a of c.assumptions) out.push(`  - ${a.id}: ${a.text}`, ...clauses(a).map((l) => `      ${l}`));
    out.push('');
  }
  return out.join('\n');
}

const md = (s: string): string => s.replace(/([\\`*_[\]|<>#])/g, '\\$1');

export function assumptionsMarkdown(report: readonly ConclusionAssumptions[]): string {
  const out = ['# Key assumptions', ''];
  if (report.length === 0) out.push('No conclusion has a node that every line of its support passes through.', '');
  for (const c of report) {
    out.push(`## ${md(c.conclusion)}: ${md(c.text)}`, '', '| Assumption | Status | Supported by | Undermined by | Row of |', '|---|---|---|---|---|');
    for (const a of c.assumptions) {
      const [status, support, undermine, rows] = clauses(a);
      out.push(`| ${md(a.id)}: ${md(a.text)} | ${md(status!)} | ${md(support!)} | ${md(undermine!)} | ${md(rows!)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function assumptionsJson(report: readonly ConclusionAssumptions[]): string {
  return JSON.stringify({ conclusions: report }, null, 2) + '\n';
}
