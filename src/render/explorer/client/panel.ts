/// <reference lib="dom" />
import { plural } from '../../../model/plural.js';
import type { ExplorerData, ExplorerNode, TextRange } from '../data-types.js';
import type { Chain } from './chains.js';
import { append, clear, el, type Child } from './dom.js';

/** What the panel reads; its node buttons carry `data-goto`, which the page turns into a selection. */
export interface PanelContext {
  data: ExplorerData;
  nodes: Map<string, ExplorerNode>;
}

const KIND_LABEL: Record<string, string> = {
  conclusion: 'Conclusion',
  claim: 'Claim',
  hypothesis: 'Hypothesis',
  prediction: 'Prediction',
  premise: 'Premise',
  evidence: 'Evidence',
  hedge: 'Hedge (caveat)',
  source: 'Source',
};

export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

function row(term: string, ...value: Child[]): Child[] {
  if (value.every((v) => v === undefined || v === null || v === false || v === '')) return [];
  return [el('dt', {}, term), el('dd', {}, ...value)];
}

/** Words of the document as text nodes, `marks` wrapped in <mark>; pieces on separate lines stay apart. */
function words(t: string, pieces: readonly TextRange[], marks: readonly TextRange[], cls: string): HTMLElement {
  const out = el('blockquote', { class: cls });
  pieces.forEach((seg, k) => {
    if (k > 0) append(out, /\n/.test(t.slice(pieces[k - 1]!.end, seg.start)) ? '\n' : ' ');
    let at = seg.start;
    for (const q of marks) {
      const from = Math.max(q.start, seg.start);
      const to = Math.min(q.end, seg.end);
      if (from >= to) continue;
      append(out, t.slice(at, from), el('mark', {}, t.slice(from, to)));
      at = to;
    }
    append(out, t.slice(at, seg.end));
  });
  return out;
}

/** The node's paragraph of the source, the quote wrapped in <mark>; all of it as text nodes. */
function quoteInPlace(ctx: PanelContext, n: ExplorerNode): Child {
  if (n.quote === undefined) return null;
  const where = n.locatorDisplay ?? n.locator ?? '';
  const span = n.span;
  const doc = span ? ctx.data.documents.find((d) => d.id === span.document) : undefined;
  if (!span || !doc) {
    return el(
      'section',
      { class: 'source' },
      el('h3', {}, 'In the source'),
      el('p', { class: 'where' }, where),
      el('p', { class: 'warn' }, 'These words could not be placed in a source text (the map names none for them, or the quote differs from the text):'),
      el('blockquote', { class: 'paragraph' }, el('mark', {}, n.quote)),
    );
  }
  const moved = n.locator !== undefined && span.unit !== n.locator;
  return el(
    'section',
    { class: 'source' },
    el('h3', {}, 'In the source'),
    el('p', { class: 'where' }, moved ? span.unit : where, doc.title ? ` · ${doc.title}` : ''),
    moved ? el('p', { class: 'warn' }, `The quote is not in ${where} as the map says; it was found in ${span.unit}.`) : null,
    span.lead ? words(doc.text, span.lead, [], 'lead') : null,
    words(doc.text, span.paragraph, span.quote, 'paragraph'),
  );
}

function nodeList(ctx: PanelContext, title: string, ids: Iterable<string>, cls: string, notes?: (id: string) => string[]): Child {
  const items = [...ids].filter((id) => ctx.nodes.has(id)).map((id) => ctx.nodes.get(id)!);
  if (items.length === 0) return null;
  return el(
    'section',
    { class: `related ${cls}` },
    el('h3', {}, `${title} (${items.length})`),
    el(
      'ul',
      {},
      ...items.map((n) =>
        el(
          'li',
          {},
          el('button', { type: 'button', class: 'link', 'data-goto': n.id }, el('span', { class: `kind-dot k-${n.kind}` }), n.text),
          ...(notes?.(n.id) ?? []).map((t) => el('p', { class: 'note small-note' }, t)),
        ),
      ),
    ),
  );
}

function reasoning(ctx: PanelContext, id: string): Child {
  const steps = ctx.data.inferences.filter((i) => i.conclusion === id);
  if (steps.length === 0) return null;
  return el(
    'section',
    { class: 'reasoning' },
    el('h3', {}, steps.length > 1 ? `Reasons (${steps.length}, each enough on its own)` : 'Reason'),
    ...steps.map((s) =>
      el(
        'div',
        { class: 'inference' },
        el(
          'p',
          { class: 'scheme' },
          el('button', { type: 'button', class: 'link', 'data-step': s.id, title: 'Show this step: its premises, what rests on it, who undercuts it' }, s.scheme ? `Scheme: ${s.scheme}` : 'Inference'),
          s.analyst ? el('span', { class: 'analyst' }, ' analyst-added') : null,
          ` (${s.id})`,
        ),
        s.warrant ? el('p', { class: 'warrant' }, `Warrant: ${s.warrant}`) : null,
        el('p', {}, s.premises.length > 1 ? 'Premises together:' : 'Premise:'),
        el('ul', {}, ...s.premises.map((p) => el('li', {}, el('button', { type: 'button', class: 'link', 'data-goto': p }, ctx.nodes.get(p)?.text ?? p)))),
      ),
    ),
  );
}

const ATTACK_VERB: Record<string, string> = { attacks: 'rebuts', undercuts: 'undercuts', contradicts: 'contradicts' };

/** How an attacker bears on the selection: which node or step it hits, and why, one line each. */
function attackNotes(ctx: PanelContext, from: string, id: string, chain: Chain): string[] {
  const hit = new Set([id, ...chain.restsOn]);
  const name = (k: string): string => (k === id ? 'this node' : ctx.nodes.has(k) ? `“${ctx.nodes.get(k)!.text}”` : `inference ${k}`);
  return ctx.data.relations
    .filter((r) => r.type in ATTACK_VERB && ((r.from === from && hit.has(r.to)) || (r.type === 'contradicts' && r.to === from && hit.has(r.from))))
    .map((r) => `${ATTACK_VERB[r.type]} ${name(r.from === from ? r.to : r.from)}${r.outweighed ? ' (conceded: the author holds it outweighed, so it defeats nothing)' : ''}${r.rationale ? `: ${r.rationale}` : ''}`);
}

/** Wording of the other relations, seen from the selected node at either end. */
const LINK_WORDS: Record<string, [outgoing: string, incoming: string]> = {
  qualifies: ['Qualifies', 'Qualified by'],
  explains: ['Would explain', 'Would be explained by'],
  predicts: ['Predicts', 'Predicted by'],
  restates: ['Restates', 'Restated by'],
  cites: ['Cites', 'Cited by'],
};

/** Relations other than support and attack (caveats, explanations, predictions, restatements, citations). */
function otherLinks(ctx: PanelContext, id: string): Child {
  const rows = ctx.data.relations
    .filter((r) => r.type in LINK_WORDS && (r.from === id || r.to === id))
    .map((r) => {
      const out = r.from === id;
      const other = out ? r.to : r.from;
      return el(
        'li',
        {},
        el('span', { class: 'link-type' }, `${LINK_WORDS[r.type]![out ? 0 : 1]} `),
        el('button', { type: 'button', class: 'link', 'data-goto': other }, ctx.nodes.get(other)?.text ?? other),
        r.analyst ? el('span', { class: 'analyst' }, ' (analyst)') : null,
        r.rationale ? el('p', { class: 'note small-note' }, r.rationale) : null,
      );
    });
  if (rows.length === 0) return null;
  return el('section', { class: 'related other' }, el('h3', {}, `Other links (${rows.length})`), el('ul', {}, ...rows));
}

/** Fills the node panel for `id`. */
export function showNode(panel: HTMLElement, ctx: PanelContext, id: string, chain: Chain): void {
  clear(panel);
  const n = ctx.nodes.get(id);
  if (!n) return;
  const section = n.section ? ctx.data.sections.find((s) => s.id === n.section)?.title : undefined;
  append(
    panel,
    el(
      'p',
      { class: 'kind-line' },
      el('span', { class: `kind-badge k-${n.kind}` }, kindLabel(n.kind)),
      n.analyst ? el('span', { class: 'analyst-badge', title: 'Added by the analyst; the source does not say it' }, 'analyst-added') : null,
      el('code', { class: 'node-id' }, n.id),
    ),
    el('h2', { class: 'node-text' }, n.text),
    el('p', { class: 'node-actions' }, el('button', { type: 'button', id: 'fit-chain', title: 'Zoom the map to this node, what it rests on, what rests on it and its challengers (or double-click the node)' }, 'Show the whole chain on the map')),
    el(
      'dl',
      {},
      ...row('Hedge', n.hedgePhrases ? (n.hedgePhrases.length ? n.hedgePhrases.map((p) => `“${p}”`).join(', ') : 'stated without estimative language') : undefined),
      ...row('Likelihood', n.band),
      ...row('Confidence', n.confidence),
      ...row('Hedge note', n.hedgeNote),
      ...row('Credibility', n.credibility),
      ...row('Section', section),
      ...row('Author', n.author),
      ...row('Dates', ...(n.dates ?? []).flatMap((d, i) => (i > 0 ? [el('br'), d] : [d]))),
      ...row('Citation', n.citation),
      ...row(n.analyst ? 'Why added' : 'Rationale', n.rationale),
    ),
    quoteInPlace(ctx, n),
    reasoning(ctx, id),
    nodeList(ctx, 'Rests on', chain.restsOn, 'rests-on'),
    nodeList(ctx, 'Rests on it', chain.supports, 'supports'),
    nodeList(ctx, 'Challenged by', chain.attackers, 'attacker', (from) => attackNotes(ctx, from, id, chain)),
    otherLinks(ctx, id),
  );
  // A long paragraph scrolls inside its box: bring the quote into view there, without moving the panel.
  const box = panel.querySelector<HTMLElement>('blockquote.paragraph');
  const first = box?.querySelector<HTMLElement>('mark');
  if (box && first) box.scrollTop = Math.max(0, first.offsetTop - box.clientHeight / 3);
}

/** Fills the panel for an inference: its scheme and warrant, its premises and conclusion, and who undercuts it. */
export function showInference(panel: HTMLElement, ctx: PanelContext, id: string, chain: Chain): void {
  clear(panel);
  const inf = ctx.data.inferences.find((i) => i.id === id);
  if (!inf) return;
  const goto = (nid: string): HTMLElement => el('button', { type: 'button', class: 'link', 'data-goto': nid }, ctx.nodes.get(nid)?.text ?? nid);
  const undercutters = ctx.data.relations.filter((r) => r.type === 'undercuts' && r.to === id);
  append(
    panel,
    el(
      'p',
      { class: 'kind-line' },
      el('span', { class: 'kind-badge k-inference' }, inf.premises.length > 1 ? 'Linked inference' : 'Inference'),
      inf.analyst ? el('span', { class: 'analyst-badge', title: 'Reconstructed by the analyst; the source does not state it' }, 'analyst-added') : null,
      el('code', { class: 'node-id' }, inf.id),
    ),
    el('h2', { class: 'node-text' }, inf.scheme ? `Scheme: ${inf.scheme}` : 'Step of reasoning'),
    el('dl', {}, ...row('Warrant', inf.warrant)),
    el('section', { class: 'related' }, el('h3', {}, inf.premises.length > 1 ? 'Premises, together' : 'Premise'), el('ul', {}, ...inf.premises.map((p) => el('li', {}, goto(p))))),
    el('section', { class: 'related' }, el('h3', {}, 'Conclusion'), el('ul', {}, el('li', {}, goto(inf.conclusion)))),
    undercutters.length
      ? el('section', { class: 'related attacker' }, el('h3', {}, `Undercut by (${undercutters.length})`), el('ul', {}, ...undercutters.map((r) => el('li', {}, goto(r.from), r.rationale ? el('p', { class: 'note' }, r.rationale) : null))))
      : null,
    nodeList(ctx, 'Rests on', chain.restsOn, 'rests-on'),
    nodeList(ctx, 'Rests on it', chain.supports, 'supports'),
  );
}

/** The panel with nothing selected: how to start, the map's size and the checks' verdict, its conclusions, what it is about. */
export function showWelcome(panel: HTMLElement, data: ExplorerData): void {
  clear(panel);
  const conclusions = data.nodes.filter((n) => n.kind === 'conclusion');
  const f = data.findings?.filter((x) => !x.suppressed);
  append(
    panel,
    el('p', { class: 'note' }, 'Click a node, or focus it with Tab and press Enter, to see what it rests on, what rests on it, what challenges it and its words in the source.'),
    el(
      'p',
      { class: 'note' },
      `${plural(data.nodes.length, 'node')}, ${plural(data.inferences.length, 'step')} of reasoning, ${plural(data.relations.length, 'other relation')}` +
        (f ? `; the checks report ${plural(f.filter((x) => x.severity === 'error').length, 'error')} and ${plural(f.filter((x) => x.severity === 'warning').length, 'warning')}.` : '.'),
    ),
    conclusions.length
      ? el(
          'section',
          { class: 'related' },
          el('h3', {}, `Start from a conclusion (${conclusions.length})`),
          el('ul', {}, ...conclusions.map((n) => el('li', {}, el('button', { type: 'button', class: 'link', 'data-goto': n.id }, el('span', { class: 'kind-dot k-conclusion' }), n.text)))),
        )
      : null,
    data.description ? el('section', { class: 'about' }, el('h3', {}, 'About this map'), el('p', { class: 'description' }, data.description)) : null,
  );
}
