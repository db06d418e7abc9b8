/**
 * Writes a map as Argdown that Argdown's parser (and argdown-read) reads back to the same structure.
 *
 * - Sections → headings (nested by `parent`); each node → a top-level statement `[id]: text #tags`
 *   under its section's heading, with `{kind: …, argmap: {…}}` data for what Argdown has no syntax for.
 *   Nodes without a section come before the first heading, where Argdown puts no section either.
 * - Each inference → an argument titled with its id, after its conclusion's statement: premises as
 *   references, the scheme as inference rules, warrant and the analyst's fields in the inference's data,
 *   `{uses: […]}` where the premises are not simply the statements above it. The steps argdown-read
 *   made from one multi-step argument (`<id>.<n>`) are written as that argument again.
 * - A one-premise step named `<premise>.supports.<conclusion>` with nothing else to say → `+>`.
 * - `attacks` → `->`, `contradicts` → `><`, `undercuts` → `<_` under the inference line it undercuts.
 * - The title and what Argdown has no syntax for (description, documents, authors, hypothesis sets,
 *   `qualifies`/`explains`/`predicts`/`restates`/`cites`, a drawn relation's `analyst`/`rationale`) go
 *   in the front matter, the last in an `argmap` block that Argdown tools ignore.
 */
import type { ArgumentMap, Inference, Node, Relation, Section } from '../model/types.js';
import { ARGMAP_INFERENCE_FIELDS, ARGMAP_NODE_FIELDS, DRAWN, slug, supportIdFor, type ArgdownExtension } from './argdown-conventions.js';
import { argdownJson, escapeText } from './argdown-escape.js';
import { NODE_KINDS } from '../model/kinds.js';
import type { NodeKind } from '../model/types.js';

const SIMPLE_TAG = /^[A-Za-z0-9-]+$/;
// Argdown's `#(…)` holds anything but `)`; its name is what stands between the parentheses.
const PAREN_TAG = /^[^\s()][^()\r\n\u2028\u2029]*(?<!\s)$/;

const ref = (id: string) => `[${id}]`;

function pick(o: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if ((o as Record<string, unknown>)[k] !== undefined) out[k] = (o as Record<string, unknown>)[k];
  return out;
}

function statement(node: Node): string {
  const tags = node.tags ?? [];
  const spelled = tags.filter((t) => SIMPLE_TAG.test(t) || PAREN_TAG.test(t));
  const extra = pick(
    node,
    ARGMAP_NODE_FIELDS.filter((k) => k !== 'tags'),
  );
  // Tags Argdown cannot spell travel in the data, with the whole list so their order survives.
  if (spelled.length < tags.length) extra.tags = tags;
  // A tag that names a kind would set the kind when read back; an explicit kind outranks it.
  const kindNeeded = node.kind !== 'claim' || tags.some((t) => NODE_KINDS.includes(t as NodeKind));
  const data = { ...(kindNeeded ? { kind: node.kind } : {}), ...(Object.keys(extra).length ? { argmap: extra } : {}) };
  const tagText = spelled.map((t) => (SIMPLE_TAG.test(t) ? ` #${t}` : ` #(${t})`)).join('');
  return `${ref(node.id)}: ${escapeText(node.text)}${tagText}${Object.keys(data).length ? ` ${argdownJson(data)}` : ''}`;
}

/** A scheme as inference rules: `a, b` is two rules, read back joined by `, `. */
function rules(scheme: string | undefined): string {
  if (scheme === undefined) return '';
  const parts = scheme.split(', ');
  const plain = parts.every((p) => p !== '' && p === p.trim());
  return plain ? parts.map((p) => escapeText(p, true)).join(', ') : escapeText(scheme, true);
}

interface Step {
  inference: Inference;
  /** Data `uses` (1-based positions) when the premises are not the statements since the last conclusion. */
  uses?: number[];
  /** The premises written just above this step's inference line. */
  fresh: string[];
}

/**
 * Lays out the steps `<id>.<n>` … `<id>` as one argument, each intermediary conclusion at position n, as
 * argdown-read numbers them; undefined when they do not fit (they are then written one argument each).
 */
function layOut(main: Inference, inner: Inference[]): Step[] | undefined {
  const pcs: string[] = [];
  const steps: Step[] = [];
  let from = 0;
  for (const inf of [...inner, main]) {
    const fresh = inf.premises.filter((p, i) => !pcs.includes(p) && inf.premises.indexOf(p) === i);
    if (inner.length && (fresh.includes(inf.conclusion) || pcs.includes(inf.conclusion))) return undefined;
    pcs.push(...fresh);
    const reading = pcs.slice(from);
    const same = reading.length === inf.premises.length && inf.premises.every((p) => reading.includes(p));
    const step: Step = { inference: inf, fresh, ...(same ? {} : { uses: inf.premises.map((p) => pcs.indexOf(p) + 1) }) };
    pcs.push(inf.conclusion);
    from = pcs.length - 1;
    if (inf !== main && `${main.id}.${pcs.length}` !== inf.id) return undefined;
    steps.push(step);
  }
  return steps;
}

function argument(title: string, steps: Step[], undercuts: Map<string, Relation[]>): string {
  const lines = [`<${title}>`, ''];
  let n = 0;
  for (const { inference: inf, uses, fresh } of steps) {
    for (const p of fresh) lines.push(`(${++n}) ${ref(p)}`);
    const data = { ...(uses ? { uses } : {}), ...(Object.keys(pick(inf, ARGMAP_INFERENCE_FIELDS)).length ? { argmap: pick(inf, ARGMAP_INFERENCE_FIELDS) } : {}) };
    const inside = [rules(inf.scheme), Object.keys(data).length ? argdownJson(data) : ''].filter((s) => s !== '').join(' ');
    lines.push(inside ? `-- ${inside} --` : '----');
    for (const u of undercuts.get(inf.id) ?? []) lines.push(`  <_ ${ref(u.from)}`);
    lines.push(`(${++n}) ${ref(inf.conclusion)}`);
  }
  return lines.join('\n');
}

/** Sections parent first, in the map's order among siblings, each with its depth. */
function sectionTree(sections: Section[]): { section: Section; depth: number }[] {
  const ids = new Set(sections.map((s) => s.id));
  const out: { section: Section; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (s: Section, depth: number) => {
    if (seen.has(s.id)) return;
    seen.add(s.id);
    out.push({ section: s, depth });
    for (const c of sections) if (c.parent === s.id) visit(c, depth + 1);
  };
  for (const s of sections) if (s.parent === undefined || !ids.has(s.parent)) visit(s, 0);
  for (const s of sections) visit(s, 0);
  return out;
}

function frontMatter(map: ArgumentMap, carried: Relation[]): string {
  const block: Partial<ArgdownExtension> = {
    ...pick(map, ['description', 'documents', 'authors', 'hypothesisSets']),
    ...(carried.length ? { relations: carried } : {}),
  };
  const lines = ['===', `title: ${argdownJson(map.title)}`];
  if (Object.keys(block).length)
    lines.push(
      'argmap:',
      ...argdownJson({ version: 1, ...block }, 2)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  lines.push('===');
  return lines.join('\n');
}

export function writeArgdown(map: ArgumentMap): string {
  const inferences = map.inferences ?? [];
  const relations = map.relations ?? [];
  const nodeSection = new Map(map.nodes.map((n) => [n.id, n.section]));
  const undercuts = new Map<string, Relation[]>();
  for (const r of relations) if (r.type === 'undercuts') (undercuts.get(r.to) ?? undercuts.set(r.to, []).get(r.to)!).push(r);

  // Blocks by section ('' for none), written in section order.
  const blocks = new Map<string, string[]>();
  const put = (section: string | undefined, text: string) => (blocks.get(section ?? '') ?? blocks.set(section ?? '', []).get(section ?? '')!).push(text);
  for (const n of map.nodes) put(n.section, statement(n));

  const byId = new Map(inferences.map((i) => [i.id, i]));
  const inner = new Map<string, Inference[]>();
  for (const inf of inferences) {
    const m = /^(.*)\.(\d+)$/.exec(inf.id);
    if (m && byId.has(m[1]!)) (inner.get(m[1]!) ?? inner.set(m[1]!, []).get(m[1]!)!).push(inf);
  }
  const absorbed = new Set<string>();
  const plans = new Map<string, Step[]>();
  for (const [main, steps] of inner) {
    const plan = layOut(
      byId.get(main)!,
      [...steps].sort((a, b) => Number(a.id.slice(main.length + 1)) - Number(b.id.slice(main.length + 1))),
    );
    if (!plan) continue;
    plans.set(main, plan);
    for (const s of steps) absorbed.add(s.id);
  }
  const supports: Inference[] = [];
  for (const inf of inferences) {
    if (absorbed.has(inf.id)) continue;
    const bare =
      inf.premises.length === 1 &&
      inf.id === supportIdFor(inf.premises[0]!, inf.conclusion) &&
      !undercuts.has(inf.id) &&
      Object.keys(pick(inf, ['scheme', ...ARGMAP_INFERENCE_FIELDS])).length === 0;
    if (bare) supports.push(inf);
    else put(nodeSection.get(inf.conclusion), argument(inf.id, plans.get(inf.id) ?? layOut(inf, [])!, undercuts));
  }

  // Relations Argdown draws, under the statement they start from.
  const outgoing = new Map<string, string[]>();
  const line = (from: string, text: string) => (outgoing.get(from) ?? outgoing.set(from, []).get(from)!).push(text);
  for (const s of supports) line(s.premises[0]!, `  +> ${ref(s.conclusion)}`);
  const carried: Relation[] = [];
  for (const r of relations) {
    if (r.type === 'attacks') line(r.from, `  -> ${ref(r.to)}`);
    if (r.type === 'contradicts') line(r.from, `  >< ${ref(r.to)}`);
    if (!DRAWN.includes(r.type) || r.analyst !== undefined || r.rationale !== undefined || r.outweighed !== undefined) carried.push(r);
  }
  for (const [from, lines] of outgoing) put(nodeSection.get(from), [ref(from), ...lines].join('\n'));

  const out = [frontMatter(map, carried)];
  out.push(...(blocks.get('') ?? []));
  for (const { section, depth } of sectionTree(map.sections ?? [])) {
    const derived = slug(section.title.trim() || `Section ${section.id}`, 'section');
    const data = derived === section.id ? '' : ` ${argdownJson({ argmap: { id: section.id } })}`;
    out.push(`${'#'.repeat(depth + 1)} ${escapeText(section.title)}${data}`);
    out.push(...(blocks.get(section.id) ?? []));
  }
  return out.join('\n\n') + '\n';
}
