import type { ConclusionAssumptions, KeyAssumption } from '../analysis/key-assumptions.js';

/** One assumption's facts as short clauses, shared by the text and Markdown views. */
function clauses(a: KeyAssumption): string[] {
  const undermine = a.underminedBy.length === 0 ? 'nothing in the map undermines it: ask what would' : `undermined by ${a.underminedBy.map((u) => `${u.node} (${u.how})`).join(', ')}`;
  const rows = a.rowIn.length === 0 ? 'no hypothesis set rates it' : `a row of ${a.rowIn.join(', ')}`;
  return [`${a.status} ${a.kind}`, undermine, rows];
}

/** The rest of what a conclusion needs, one line per group that has anything. */
function restsOn(c: ConclusionAssumptions): string[] {
  const lines: string[] = [];
  if (c.conclusions.length > 0) lines.push(`also rests on conclusions ${c.conclusions.join(', ')} (their assumptions are listed under them)`);
  if (c.judgements.length > 0) lines.push(`also rests on judgements with support of their own: ${c.judgements.join(', ')}`);
  if (c.evidence.length > 0) lines.push(`also rests on evidence: ${c.evidence.join(', ')}`);
  if (c.challenges.length > 0) {
    const how = (u: ConclusionAssumptions['challenges'][number]) => (u.inference ? `undercuts ${u.inference} into ${u.of}` : `${u.how} ${u.of}`);
    lines.push(`what the map says could undermine those: ${c.challenges.map((u) => `${u.node} (${how(u)})`).join(', ')}`);
  }
  if (c.rows.length > 0) lines.push(`of those, rows of hypothesis sets: ${c.rows.map((r) => `${r.node} (${r.sets.join(', ')})`).join(', ')}`);
  if (c.taggedPresumptions.length > 0) {
    lines.push(`tagged presumptions it rests on (tagged key-assumption and reached by its support, though not needed by every line of it): ${c.taggedPresumptions.join(', ')}`);
  }
  if (c.given.length > 0) lines.push(`takes as given (the map says they need no grounds): ${c.given.join(', ')}`);
  return lines;
}

/** The line that opens a conclusion's entry: never a bare "none" when the map tags presumptions its support reaches. */
function heading(c: ConclusionAssumptions): string {
  if (c.assumptions.length > 0) return `key assumptions (${c.assumptions.length}):`;
  if (c.taggedPresumptions.length > 0) return 'no single key assumption that every line of its support needs; see the tagged presumptions below';
  return 'no key assumptions: everything it needs is evidence or has support of its own';
}

const NONE = 'No conclusion rests on anything every line of its support needs.';

/** Said of a conclusion whose key assumptions are all unstated, so the list is not read as the author's words. */
const RECONSTRUCTED = "all unstated: the analyst's reconstruction of what the argument needs, not the author's words";

export function assumptionsText(report: readonly ConclusionAssumptions[]): string {
  if (report.length === 0) return `${NONE}\n`;
  const out: string[] = [];
  for (const c of report) {
    out.push(`${c.conclusion}: ${c.text}`);
    out.push(`  ${heading(c)}`);
    if (c.reconstructed) out.push(`  ${RECONSTRUCTED}`);
    for (const a of c.assumptions) out.push(`  - ${a.id}: ${a.text}`, ...clauses(a).map((l) => `      ${l}`));
    out.push(...restsOn(c).map((l) => `  ${l}`), '');
  }
  return out.join('\n');
}

const md = (s: string): string => s.replace(/([\\`*_[\]|<>#])/g, '\\$1');

export function assumptionsMarkdown(report: readonly ConclusionAssumptions[]): string {
  const out = ['# Key assumptions', ''];
  if (report.length === 0) out.push(NONE, '');
  for (const c of report) {
    out.push(`## ${md(c.conclusion)}: ${md(c.text)}`, '');
    if (c.reconstructed) out.push(`Key assumptions ${md(RECONSTRUCTED)}.`, '');
    if (c.assumptions.length > 0) out.push('| Assumption | Status | Undermined by | Row of |', '|---|---|---|---|');
    for (const a of c.assumptions) {
      const [status, undermine, rows] = clauses(a);
      out.push(`| ${md(a.id)}: ${md(a.text)} | ${md(status!)} | ${md(undermine!)} | ${md(rows!)} |`);
    }
    if (c.assumptions.length > 0) out.push('');
    const rest = restsOn(c);
    if (rest.length > 0) out.push(...rest.map((l) => `- ${md(l)}`), '');
  }
  return out.join('\n');
}

export function assumptionsJson(report: readonly ConclusionAssumptions[]): string {
  return JSON.stringify({ conclusions: report }, null, 2) + '\n';
}
