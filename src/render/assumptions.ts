import type { ConclusionAssumptions, KeyAssumption } from '../analysis/key-assumptions.js';
import type { StrayPresumption } from '../analysis/presumptions.js';
import type { Underminer } from '../analysis/underminers.js';

/** How many items a text or Markdown list shows before it says how many more there are (JSON keeps them all). */
export const SHOWN = 8;

/** A list joined with commas, cut after SHOWN items on a long chain so one line stays readable. */
export function shortList(items: readonly string[]): string {
  if (items.length <= SHOWN) return items.join(', ');
  return `${items.slice(0, SHOWN).join(', ')} … and ${items.length - SHOWN} more`;
}

/**
 * How each place an underminer stands reads around its target: what the target is, and how it bears on the
 * subject. A step that supports the subject is told from one that uses it: the one attacks its grounds, the
 * other what it grounds.
 */
const PLACE: Record<Underminer['on'], { target: string; after: (subject: string) => string }> = {
  itself: { target: '', after: () => '' },
  restatement: { target: 'its restatement ', after: () => '' },
  support: { target: 'inference ', after: (subject) => `, the step that supports ${subject}` },
  use: { target: 'inference ', after: (subject) => `, which uses ${subject}` },
  line: { target: 'inference ', after: (subject) => `, on the line from ${subject} to the conclusion` },
};

/** One underminer with its relation and target, so a reader can find it in the map; `subject` names what it undermines. */
function underminer(u: Underminer, subject = 'it'): string {
  const place = PLACE[u.on];
  return `${u.node} (${u.how} ${place.target}${u.target}${place.after(subject)})`;
}

/** One assumption's facts as short clauses, shared by the text and Markdown views. */
function clauses(a: KeyAssumption): { status: string; restated?: string; undermine: string; rows: string } {
  const undermine = a.underminedBy.length === 0 ? 'nothing in the map undermines it: ask what would' : `undermined by ${shortList(a.underminedBy.map((u) => underminer(u)))}`;
  const rows = a.rowIn.length === 0 ? 'no hypothesis set rates it' : `a row of ${shortList(a.rowIn)}`;
  const restated = a.restatedAs.length === 0 ? {} : { restated: `restated as ${shortList(a.restatedAs)} (one claim: their support and attackers count as its own)` };
  return { status: `${a.status} ${a.kind}`, ...restated, undermine, rows };
}

/** The rest of what a conclusion needs, one line per group that has anything. */
function restsOn(c: ConclusionAssumptions): string[] {
  const lines: string[] = [];
  if (c.restatedAs.length > 0) lines.push(`restated as ${shortList(c.restatedAs)}: one claim, so every line of support for either counts, and only what all of them need is listed`);
  // A node standing for a restatement class is named with its twins, so a reader finds the claim wherever it is said.
  const twins = new Map(c.restated.map((x) => [x.node, x.as]));
  const named = (ids: readonly string[]) => shortList(ids.map((id) => (twins.has(id) ? `${id} (= ${twins.get(id)!.join(' = ')})` : id)));
  if (c.conclusions.length > 0) lines.push(`also rests on conclusions ${named(c.conclusions)} (their assumptions are listed under them)`);
  if (c.judgements.length > 0) lines.push(`also rests on judgements with support of their own: ${named(c.judgements)}`);
  if (c.evidence.length > 0) lines.push(`also rests on evidence: ${named(c.evidence)}`);
  if (c.challenges.length > 0) {
    const target = (u: ConclusionAssumptions['challenges'][number]) => (u.restatement ? `${u.restatement}, restating ${u.of}` : u.of);
    const how = (u: ConclusionAssumptions['challenges'][number]) => (u.inference ? `undercuts ${u.inference} into ${target(u)}` : `${u.how} ${target(u)}`);
    lines.push(`what the map says could undermine those: ${shortList(c.challenges.map((u) => `${u.node} (${how(u)})`))}`);
  }
  if (c.rows.length > 0) lines.push(`of those, rows of hypothesis sets: ${shortList(c.rows.map((r) => `${r.node} (${r.sets.join(', ')})`))}`);
  if (c.taggedPresumptions.length > 0) {
    lines.push(`tagged presumptions it rests on (tagged key-assumption and reached by its support, though not needed by every line of it): ${shortList(c.taggedPresumptions)}`);
  }
  if (c.taggedUnderminedBy.length > 0) {
    const named = c.taggedUnderminedBy.flatMap((t) => t.underminedBy.map((u) => underminer(u, t.presumption)));
    lines.push(`what the map says could undermine the tagged presumptions: ${shortList(named)}`);
  }
  if (c.given.length > 0) lines.push(`takes as given (the map says they need no grounds): ${named(c.given)}`);
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

/** Said once of a report when the map tags no presumption and no conclusion has a key assumption. */
export const NOTHING_TAGGED =
  'Nothing in the map is tagged key-assumption and no conclusion has a key assumption, so the walk for tagged presumptions was skipped: tag the presumptions the judgements rest on to have them checked.';

/** What the report says once, before any conclusion. */
export interface AssumptionsNotes {
  nothingTagged?: boolean;
  /** Tagged presumptions no conclusion's support reaches (analysis/presumptions.ts), listed after the conclusions. */
  stray?: readonly StrayPresumption[];
  /** The nodes were asked for by id, so the judgements are those asked for rather than the key judgements. */
  asked?: boolean;
}

/** The line before the judgements' entries: which judgements these are, so they are not read as more advice. */
function judgementsHeading(notes: AssumptionsNotes): string {
  return notes.asked
    ? 'Judgements asked for'
    : 'Key judgements: the claims and predictions of the author with support of their own that nothing but a conclusion builds on, checked as the conclusions are';
}

const STRAY_HEADING = 'Tagged presumptions no conclusion or key judgement rests on: they hold up other judgements (explanations, hypotheses), and are examined here so that none goes unexamined';

/** One stray presumption's facts as short clauses, in the order a reader asks them. */
function strayClauses(p: StrayPresumption): string[] {
  const undermine = p.underminedBy.length === 0 ? 'nothing in the map undermines it: ask what would' : `undermined by ${shortList(p.underminedBy.map((u) => underminer(u)))}`;
  return [
    `${p.status} ${p.kind}`,
    ...(p.restatedAs.length > 0 ? [`restated as ${shortList(p.restatedAs)}`] : []),
    p.holdsUp.length === 0 ? 'supports nothing in the map' : `holds up ${shortList(p.holdsUp)}`,
    ...(p.hypotheses.length > 0 ? [`underpins hypotheses ${shortList(p.hypotheses.map((h) => `${h.hypothesis} (${h.sets.join(', ')})`))}`] : []),
    undermine,
    p.rowIn.length === 0 ? 'no hypothesis set rates it' : `a row of ${shortList(p.rowIn)}`,
  ];
}

export function assumptionsText(report: readonly ConclusionAssumptions[], notes: AssumptionsNotes = {}): string {
  const out: string[] = notes.nothingTagged ? [NOTHING_TAGGED, ''] : [];
  const stray = notes.stray ?? [];
  const strayText = stray.length === 0 ? [] : [`${STRAY_HEADING}:`, ...stray.flatMap((p) => [`  - ${p.id}: ${p.text}`, ...strayClauses(p).map((l) => `      ${l}`)]), ''];
  if (report.length === 0) return [...out, NONE, '', ...strayText].join('\n');
  for (const [k, c] of report.entries()) {
    if (c.anchor === 'judgement' && report[k - 1]?.anchor !== 'judgement') out.push(`${judgementsHeading(notes)}:`, '');
    out.push(`${c.conclusion}: ${c.text}`);
    out.push(`  ${heading(c)}`);
    if (c.reconstructed) out.push(`  ${RECONSTRUCTED}`);
    for (const a of c.assumptions) {
      const { status, restated, undermine, rows } = clauses(a);
      out.push(`  - ${a.id}: ${a.text}`, ...[status, restated, undermine, rows].filter((l) => l !== undefined).map((l) => `      ${l}`));
    }
    out.push(...restsOn(c).map((l) => `  ${l}`), '');
  }
  return [...out, ...strayText].join('\n');
}

const md = (s: string): string => s.replace(/([\\`*_[\]|<>#])/g, '\\$1');

export function assumptionsMarkdown(report: readonly ConclusionAssumptions[], notes: AssumptionsNotes = {}): string {
  const out = ['# Key assumptions', ''];
  if (notes.nothingTagged) out.push(md(NOTHING_TAGGED), '');
  if (report.length === 0) out.push(NONE, '');
  for (const [k, c] of report.entries()) {
    if (c.anchor === 'judgement' && report[k - 1]?.anchor !== 'judgement') out.push(`## ${md(judgementsHeading(notes))}`, '');
    out.push(`${c.anchor === 'judgement' ? '###' : '##'} ${md(c.conclusion)}: ${md(c.text)}`, '');
    if (c.reconstructed) out.push(`Key assumptions ${md(RECONSTRUCTED)}.`, '');
    if (c.assumptions.length > 0) out.push('| Assumption | Status | Undermined by | Row of |', '|---|---|---|---|');
    for (const a of c.assumptions) {
      const { status, restated, undermine, rows } = clauses(a);
      out.push(`| ${md(a.id)}: ${md(a.text)} | ${md(restated ? `${status}; ${restated}` : status)} | ${md(undermine)} | ${md(rows)} |`);
    }
    if (c.assumptions.length > 0) out.push('');
    const rest = restsOn(c);
    if (rest.length > 0) out.push(...rest.map((l) => `- ${md(l)}`), '');
  }
  const stray = notes.stray ?? [];
  if (stray.length > 0) {
    out.push(`## ${md(STRAY_HEADING)}`, '', '| Presumption | Status | Holds up | Undermined by | Row of |', '|---|---|---|---|---|');
    for (const p of stray) {
      const [status, ...rest] = strayClauses(p);
      const rows = rest.pop()!;
      const undermine = rest.pop()!;
      out.push(`| ${md(p.id)}: ${md(p.text)} | ${md(status!)} | ${md(rest.join('; '))} | ${md(undermine)} | ${md(rows)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function assumptionsJson(report: readonly ConclusionAssumptions[], notes: AssumptionsNotes = {}): string {
  const stray = notes.stray ?? [];
  // A judgement's entry names it `judgement`, as a conclusion's names it `conclusion`; the array it is in says which it is.
  const conclusions = report.filter((c) => c.anchor === 'conclusion').map(({ anchor: _, ...c }) => c);
  const judgements = report.filter((c) => c.anchor === 'judgement').map(({ anchor: _, conclusion, ...c }) => ({ judgement: conclusion, ...c }));
  return (
    JSON.stringify(
      {
        ...(notes.nothingTagged ? { notes: [NOTHING_TAGGED] } : {}),
        conclusions,
        ...(judgements.length > 0 ? { judgements } : {}),
        ...(stray.length > 0 ? { presumptionsOutsideConclusions: stray } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}
