/**
 * The comparison of a student's map with a reference, as a teacher reads it: the grade, the margin notes
 * (missed reasoning first), then the detail. Text, Markdown, JSON and a self-contained HTML page.
 */
import type { Comparison, MarginCategory, Score } from '../analysis/compare.js';
import { escapeXml as esc } from './xml.js';
import { markdownText as md } from './markdown-text.js';
import { visibleJson, visibleText } from '../io/visible-text.js';

export type CompareFormat = 'text' | 'markdown' | 'json' | 'html';

const pct = (x: number): string => `${Math.round(x * 1000) / 10} %`;

const HEADINGS: Record<MarginCategory, string> = {
  'missed-inference': 'Missed reasoning',
  shape: 'Linked or convergent',
  'partial-inference': 'Premises differ',
  'missed-node': 'Missed nodes',
  kind: 'Wrong kinds',
  hedge: 'Hedges',
  'relation-type': 'Relation types',
  'missed-relation': 'Missed relations',
  ach: 'Competing hypotheses',
  'extra-node': 'Added nodes',
  'extra-inference': 'Added steps',
  'extra-relation': 'Added relations',
};

/** The margin notes grouped under their headings, in the order the analysis ranked them. */
function groups(c: Comparison): { heading: string; notes: string[] }[] {
  const out: { heading: string; notes: string[] }[] = [];
  for (const n of c.margin) {
    const heading = HEADINGS[n.category];
    const last = out[out.length - 1];
    if (last?.heading === heading) last.notes.push(n.text);
    else out.push({ heading, notes: [n.text] });
  }
  return out;
}

function scoreRows(c: Comparison): [string, Score, number, number][] {
  return [
    ['Nodes', c.scores.nodes, c.counts.student.nodes, c.counts.reference.nodes],
    ['Inferences', c.scores.inferences, c.counts.student.inferences, c.counts.reference.inferences],
    ['Relations', c.scores.relations, c.counts.student.relations, c.counts.reference.relations],
  ];
}

const scope = (c: Comparison): string => (c.reference.section !== undefined ? ` (section ${c.reference.section})` : '');
const weights = (c: Comparison): string =>
  `grade = ${c.scores.weights.nodes} F1 nodes + ${c.scores.weights.inferences} F1 inferences + ${c.scores.weights.relations} F1 relations; a step with the same premises counts 1, one with overlapping premises or another linked/convergent shape 1/2`;

function matchLines(c: Comparison): string[] {
  return c.nodes.matches.map(
    (m) => `${m.student} = ${m.reference} (${m.basis}${m.basis === 'id' ? '' : ` ${pct(m.similarity)}`}): ${JSON.stringify(m.studentText)} / ${JSON.stringify(m.referenceText)}`,
  );
}

export function compareText(c: Comparison): string {
  const out = [`Student:   ${c.student.file} (${c.student.title})`, `Reference: ${c.reference.file}${scope(c)} (${c.reference.title})`, ''];
  out.push(`Grade: ${pct(c.scores.grade)}`);
  for (const [name, s, ns, nr] of scoreRows(c)) out.push(`  ${name.padEnd(11)} recall ${pct(s.recall).padStart(7)}  precision ${pct(s.precision).padStart(7)}  F1 ${pct(s.f1).padStart(7)}  (${ns} drawn, ${nr} in reference)`);
  out.push(`  (${weights(c)})`);
  for (const g of groups(c)) {
    out.push('', `${g.heading}:`);
    for (const n of g.notes) out.push(`  - ${n}`);
  }
  out.push('', 'Matched nodes:');
  for (const l of matchLines(c)) out.push(`  ${l}`);
  return out.map((l) => visibleText(l, true)).join('\n') + '\n';
}

export function compareMarkdown(c: Comparison): string {
  const out = [`# ${md(c.student.title)} compared with ${md(c.reference.title)}${md(scope(c))}`, ''];
  out.push(`Student: ${md(c.student.file)}; reference: ${md(c.reference.file)}.`, '', `**Grade: ${pct(c.scores.grade)}**`, '');
  out.push('| | Recall | Precision | F1 | Drawn | Reference |', '|---|---:|---:|---:|---:|---:|');
  for (const [name, s, ns, nr] of scoreRows(c)) out.push(`| ${name} | ${pct(s.recall)} | ${pct(s.precision)} | ${pct(s.f1)} | ${ns} | ${nr} |`);
  out.push('', `_${md(weights(c))}._`);
  for (const g of groups(c)) {
    out.push('', `## ${g.heading}`, '');
    for (const n of g.notes) out.push(`- ${md(n)}`);
  }
  out.push('', '## Matched nodes', '');
  for (const l of matchLines(c)) out.push(`- ${md(l)}`);
  return out.join('\n') + '\n';
}

export function compareJson(c: Comparison): string {
  return visibleJson(JSON.stringify(c, null, 2)) + '\n';
}

const CSS = `
body{font:15px/1.45 system-ui,sans-serif;color:#1a1a1a;max-width:60em;margin:2em auto;padding:0 1em}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em;border-bottom:1px solid #ccc}
.grade{font-size:2em;font-weight:700}
table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.25em .6em;text-align:right}th:first-child,td:first-child{text-align:left}
.note{color:#555;font-size:.9em}
li{margin:.2em 0}
.g-missed-reasoning li,.g-wrong-kinds li{color:#8a1c1c}
`.trim();

export function compareHtml(c: Comparison): string {
  const out = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${esc(`${c.student.title} compared with ${c.reference.title}`)}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<h1>${esc(c.student.title)} <small>compared with</small> ${esc(c.reference.title)}${esc(scope(c))}</h1>`,
    `<p class="note">Student: <code>${esc(c.student.file)}</code>; reference: <code>${esc(c.reference.file)}</code>.</p>`,
    `<p>Grade <span class="grade">${pct(c.scores.grade)}</span></p>`,
    '<table><thead><tr><th></th><th>Recall</th><th>Precision</th><th>F1</th><th>Drawn</th><th>Reference</th></tr></thead><tbody>',
    ...scoreRows(c).map(([name, s, ns, nr]) => `<tr><td>${name}</td><td>${pct(s.recall)}</td><td>${pct(s.precision)}</td><td>${pct(s.f1)}</td><td>${ns}</td><td>${nr}</td></tr>`),
    '</tbody></table>',
    `<p class="note">${esc(weights(c))}.</p>`,
  ];
  for (const g of groups(c)) {
    out.push(`<section class="g-${g.heading.toLowerCase().replace(/[^a-z]+/g, '-')}"><h2>${esc(g.heading)}</h2><ul>`);
    for (const n of g.notes) out.push(`<li>${esc(n)}</li>`);
    out.push('</ul></section>');
  }
  out.push('<section><h2>Matched nodes</h2><ul>', ...matchLines(c).map((l) => `<li>${esc(l)}</li>`), '</ul></section>', '</body></html>');
  return out.join('\n') + '\n';
}

export function compareReport(c: Comparison, format: CompareFormat): string {
  switch (format) {
    case 'text': return compareText(c);
    case 'markdown': return compareMarkdown(c);
    case 'json': return compareJson(c);
    case 'html': return compareHtml(c);
  }
}
