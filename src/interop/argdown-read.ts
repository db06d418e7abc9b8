/**
 * Reads an Argdown document with Argdown's own parser and turns its model into a map.
 *
 * - Statement (an equivalence class: every statement with one title) → node. Its id is the title made
 *   into an argmap id, its text the text Argdown shows (the last definition), its tags the class's tags,
 *   its section the heading it first appears under. Its kind comes from the data `{kind: …}`, else from
 *   a tag naming a kind (`#evidence`), else `claim`; argmap's other node fields ride in `{argmap: {…}}`.
 * - Argument with a premise–conclusion structure → one inference per conclusion. A step's premises are
 *   the statements since the previous conclusion, with that conclusion itself (so intermediary
 *   conclusions chain), unless the inference's data says `{uses: [1, 3]}`. The main step takes the
 *   argument's title as id, an intermediary step `<title>.<n>` (n: the conclusion's number). Inference
 *   rules become `scheme`; `{argmap: {warrant, …}}` the inference's other fields.
 * - Argument without one (a sketch) → a node, since argmap has no argument that is not a step.
 * - Relations (after Argdown moves an argument's relations to its conclusion): support and entailment →
 *   a one-premise inference `<from>.supports.<to>`; attack → `attacks` (on a reconstructed argument
 *   as a whole: `undercuts` of its last step); undercut → `undercuts`; contradictory and contrary →
 *   `contradicts`.
 * - Headings → sections; front matter `title` → the title; the `argmap` block that argdown-write leaves
 *   there → description, documents, authors, hypothesis sets and the relations Argdown cannot draw.
 *
 * Whatever has no place in the map is named in `notes`, one line each.
 */
import { basename } from 'node:path';
import type { IArgument, IAstNode, IEquivalenceClass, IInference, IPCSStatement, IRelation, ISection, RelationMember } from '@argdown/core';
import { MapLoadError, sortDiagnostics } from '../io/diagnostics.js';
import type { ArgumentMap, Inference, Node, NodeKind, Relation, Section } from '../model/types.js';
import { NODE_KINDS } from '../model/kinds.js';
import { argdownProblems, runArgdown } from './argdown-parse.js';
import { ARGMAP_INFERENCE_FIELDS, ARGMAP_NODE_FIELDS, IdSpace, Notes, isObject, lineOf, readFrontMatter, slug, supportIdFor } from './argdown-conventions.js';

export interface ArgdownReadOptions {
  /** Title for a document whose front matter names none. */
  title?: string;
}

export interface ArgdownImport {
  map: ArgumentMap;
  /** What was dropped, merged or read in a particular way, one line each, for the user. */
  notes: string[];
}

/** What an Argdown relation member became in the map. */
type End = { kind: 'node'; id: string; sketch: boolean } | { kind: 'argument'; step: string; conclusion: string } | { kind: 'inference'; step: string } | { kind: 'none' };

/** Parses Argdown text and builds a map from it; throws MapLoadError naming every syntax error. */
export function fromArgdown(text: string, file: string, options: ArgdownReadOptions = {}): ArgdownImport {
  if (text.trim() === '') throw new MapLoadError([{ file, severity: 'error', message: 'the file is empty; expected an Argdown document' }]);
  const response = runArgdown(text);
  const problems = argdownProblems(response, file);
  if (problems.length) throw new MapLoadError(sortDiagnostics(problems));
  const notes = new Notes();
  const ids = new IdSpace();

  const { sections, sectionOf } = readSections(response.sections ?? [], notes);
  const section = (s: ISection | null | undefined) => (s ? { section: sectionOf.get(s)! } : {});

  // Statements first, so a statement keeps its title as id when an argument has the same title.
  const nodes: Node[] = [];
  const nodeOf = new Map<IEquivalenceClass, string>();
  const byTitle = new Map<string, string>();
  // In the order of their definitions: a statement may be referred to (in an argument) before it is defined.
  const defined = (ec: IEquivalenceClass) => ec.members.find((m) => !m.isReference && m.text?.trim())?.startLine ?? Infinity;
  for (const ec of Object.values(response.statements ?? {}).sort((a, b) => defined(a) - defined(b))) {
    const title = ec.title ?? '';
    const id = ids.claim(slug(title, 'statement'));
    nodeOf.set(ec, id);
    byTitle.set(title, id);
    if (id !== title && !/^Untitled \d+$/.test(title)) notes.add('renamed', `[${title}] → ${id}`);
    nodes.push(statementNode(ec, id, notes, section(ec.section)));
  }

  const args = Object.values(response.arguments ?? {});
  const sketches = new Map<IArgument, string>();
  const mainStep = new Map<IArgument, string>();
  for (const a of args) {
    const title = a.title ?? '';
    const id = ids.claim(slug(title, 'argument'));
    if (id !== title) notes.add('renamed', `<${title}> → ${id}`);
    if (a.pcs.length === 0) {
      sketches.set(a, id);
      notes.add('sketch', `<${title}> → ${id} (line ${lineOf(a.members[0])})`);
      const words = canonicalText(a.members.filter((m) => m.text?.trim()));
      nodes.push({ id, kind: 'claim', text: words ?? title, ...tagsOf(a.tags), ...section(a.section) });
    } else mainStep.set(a, id);
  }

  const inferences: Inference[] = [];
  const stepOf = new Map<IInference, string>();
  for (const [a, id] of mainStep) inferences.push(...readSteps(a, id, byTitle, ids, stepOf, notes));

  const conclusionOf = (a: IArgument) => byTitle.get(a.pcs[a.pcs.length - 1]!.title ?? '')!;
  const end = (m: RelationMember | undefined): End => {
    if (!m) return { kind: 'none' };
    if (m.type === 'equivalence-class') return { kind: 'node', id: nodeOf.get(m)!, sketch: false };
    if (m.type === 'inference') {
      const step = stepOf.get(m);
      return step ? { kind: 'inference', step } : { kind: 'none' };
    }
    const sketch = sketches.get(m);
    if (sketch) return { kind: 'node', id: sketch, sketch: true };
    return { kind: 'argument', step: mainStep.get(m)!, conclusion: conclusionOf(m) };
  };
  const misread = undercutsOfStatements(response.ast);
  const relations = readRelations(
    (response.relations ?? []).filter((r) => {
      if (!misread.has(r)) return true;
      notes.add('undercut-statement', `${describe(r)} (line ${lineOf(r.occurrences[0])})`);
      return false;
    }),
    end,
    inferences,
    ids,
    notes,
  );

  const front = readFrontMatter(response.frontMatter, nodes, inferences, relations, notes);
  const map: ArgumentMap = {
    title: front.title ?? options.title ?? `Imported from ${basename(file)}`,
    ...front.head,
    ...(sections.length ? { sections } : {}),
    nodes,
    ...(inferences.length ? { inferences } : {}),
    ...(relations.length ? { relations } : {}),
    ...front.tail,
  };
  return { map, notes: notes.lines() };
}

function readSections(roots: ISection[], notes: Notes): { sections: Section[]; sectionOf: Map<ISection, string> } {
  const sections: Section[] = [];
  const sectionOf = new Map<ISection, string>();
  const space = new IdSpace();
  const visit = (s: ISection, parent: string | undefined) => {
    const title = (s.title ?? '').trim() || `Section ${s.id}`;
    const wanted = isObject(s.data) && isObject(s.data.argmap) ? s.data.argmap.id : undefined;
    const id = space.claim(typeof wanted === 'string' ? slug(wanted, 'section') : slug(title, 'section'));
    sectionOf.set(s, id);
    sections.push({ id, title, ...(parent ? { parent } : {}) });
    if (s.tags?.length) notes.add('heading-tags', `"${title}" (${s.tags.map((t) => `#${t}`).join(' ')})`);
    for (const c of s.children) visit(c, id);
  };
  for (const s of roots) visit(s, undefined);
  return { sections, sectionOf };
}

function canonicalText(members: { text?: string; isReference?: boolean; data?: unknown }[]): string | undefined {
  // Argdown shows the last definition, or the one marked `isCanonical`.
  const defined = members.filter((m) => !m.isReference && m.text !== undefined && m.text.trim() !== '');
  const marked = defined.find((m) => isObject(m.data) && m.data.isCanonical === true);
  return (marked ?? defined[defined.length - 1])?.text!.replace(/\s+/g, ' ').trim();
}

const tagsOf = (tags: string[] | undefined) => (tags?.length ? { tags: [...new Set(tags)] } : {});

function statementNode(ec: IEquivalenceClass, id: string, notes: Notes, section: { section?: string }): Node {
  const title = ec.title ?? '';
  const texts = new Set(ec.members.filter((m) => !m.isReference && m.text?.trim()).map((m) => m.text!.replace(/\s+/g, ' ').trim()));
  if (texts.size > 1)
    notes.add(
      'texts',
      `[${title}] (${texts.size} texts, lines ${ec.members
        .filter((m) => !m.isReference && m.text?.trim())
        .map(lineOf)
        .join(', ')})`,
    );
  let text = canonicalText(ec.members);
  if (text === undefined) {
    notes.add('untexted', `[${title}] (line ${lineOf(ec.members[0])})`);
    text = title;
  }
  const data = isObject(ec.data) ? ec.data : {};
  const extra = isObject(data.argmap) ? data.argmap : {};
  const dropped = Object.keys(data).filter((k) => k !== 'kind' && k !== 'argmap' && k !== 'isCanonical');
  for (const k of Object.keys(extra)) if (!ARGMAP_NODE_FIELDS.includes(k)) dropped.push(`argmap.${k}`);
  if (dropped.length) notes.add('data', `[${title}] {${dropped.join(', ')}}`);
  const listed = Array.isArray(extra.tags) ? extra.tags.filter((t): t is string => typeof t === 'string') : [];
  const tags = [...listed, ...(ec.tags ?? []).filter((t) => !listed.includes(t))];
  let kind: NodeKind = 'claim';
  if (NODE_KINDS.includes(data.kind as NodeKind)) kind = data.kind as NodeKind;
  else {
    if (data.kind !== undefined) notes.add('kind', `[${title}] {kind: ${JSON.stringify(data.kind)}}`);
    const tagged = tags.find((t) => NODE_KINDS.includes(t as NodeKind));
    if (tagged) kind = tagged as NodeKind;
  }
  const fields: Record<string, unknown> = {};
  for (const k of ARGMAP_NODE_FIELDS) if (k !== 'tags' && extra[k] !== undefined) fields[k] = extra[k];
  return { id, kind, text, ...tagsOf(tags), ...section, ...fields } as Node;
}

/** The steps of one reconstructed argument, in the order of its conclusions. */
function readSteps(a: IArgument, id: string, byTitle: Map<string, string>, ids: IdSpace, stepOf: Map<IInference, string>, notes: Notes): Inference[] {
  const title = a.title ?? '';
  const pcs = a.pcs as (IPCSStatement & { inference?: IInference })[];
  const out: Inference[] = [];
  if (a.members.some((m) => m.text?.trim())) notes.add('description', `<${title}> (line ${lineOf(a.members.find((m) => m.text?.trim()))})`);
  if (a.tags?.length) notes.add('argument-tags', `<${title}> (${a.tags.map((t) => `#${t}`).join(' ')})`);
  if (isObject(a.data) && Object.keys(a.data).length) notes.add('argument-data', `<${title}>`);
  let from = 0;
  pcs.forEach((s, i) => {
    if (s.role === 'premise') return;
    const inf = s.inference;
    const data = isObject(inf?.data) ? inf.data : {};
    const uses = data.uses;
    let at: number[];
    if (Array.isArray(uses) && uses.length > 0 && uses.every((n) => Number.isInteger(n) && n >= 1 && n <= i)) at = (uses as number[]).map((n) => n - 1);
    else {
      if (uses !== undefined) notes.add('uses', `<${title}> (${i + 1}) {uses: ${JSON.stringify(uses)}}`);
      at = [];
      for (let k = from; k < i; k++) at.push(k);
    }
    from = i;
    const premises = [...new Set(at.map((k) => byTitle.get(pcs[k]!.title ?? '')!))];
    const conclusion = byTitle.get(s.title ?? '')!;
    if (premises.length === 0) {
      notes.add('no-premise', `<${title}> (${i + 1})`);
      return;
    }
    const stepId = s.role === 'main-conclusion' ? id : ids.claim(`${id}.${i + 1}`);
    if (inf) stepOf.set(inf, stepId);
    const rules = (inf?.inferenceRules ?? []).map((r) => r.trim()).filter((r) => r !== '');
    const extra = isObject(data.argmap) ? data.argmap : {};
    const fields: Record<string, unknown> = {};
    for (const k of ARGMAP_INFERENCE_FIELDS) if (extra[k] !== undefined) fields[k] = extra[k];
    const dropped = Object.keys(data).filter((k) => k !== 'uses' && k !== 'argmap');
    if (dropped.length) notes.add('inference-data', `<${title}> (${i + 1}) {${dropped.join(', ')}}`);
    out.push({ id: stepId, premises, conclusion, ...(rules.length ? { scheme: rules.join(', ') } : {}), ...fields } as Inference);
  });
  return out;
}

function readRelations(list: IRelation[], end: (m: RelationMember | undefined) => End, inferences: Inference[], ids: IdSpace, notes: Notes): Relation[] {
  const out: Relation[] = [];
  const seen = new Set<string>();
  const add = (type: Relation['type'], from: string, to: string) => {
    const key = type === 'contradicts' ? [type, ...[from, to].sort()].join('\0') : [type, from, to].join('\0');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ type, from, to });
  };
  const supported = new Set(inferences.filter((i) => i.premises.length === 1).map((i) => `${i.premises[0]}\0${i.conclusion}`));
  const later: { type: string; where: string; source: string; to: End }[] = [];
  for (const rel of list) {
    const from = end(rel.from);
    const to = end(rel.to);
    const type = rel.relationType as string;
    const where = `${describe(rel)} (line ${lineOf(rel.occurrences[0])})`;
    // An argument's relations start from its conclusion; Argdown moves most of them there itself.
    const source = from.kind === 'node' ? from.id : from.kind === 'argument' ? from.conclusion : undefined;
    if (source === undefined || to.kind === 'none') {
      notes.add('dangling', where);
      continue;
    }
    if (type === 'support' || type === 'entails') {
      if (to.kind !== 'node') {
        notes.add('support-argument', where);
        continue;
      }
      const key = `${source}\0${to.id}`;
      if (supported.has(key)) continue;
      supported.add(key);
      inferences.push({ id: ids.claim(supportIdFor(source, to.id)), premises: [source], conclusion: to.id });
    } else later.push({ type, where, source, to });
  }
  // Undercuts of sketch arguments name the inferences that the supports above made.
  const stepFrom = (node: string) => {
    const steps = inferences.filter((i) => i.premises.length === 1 && i.premises[0] === node);
    return steps.length === 1 ? steps[0]!.id : undefined;
  };
  for (const { type, where, source, to } of later) {
    if (type === 'attack' || type === 'undercut') {
      if (to.kind === 'inference') add('undercuts', source, to.step);
      else if (to.kind === 'argument') {
        if (type === 'attack') notes.add('attack-argument', where);
        add('undercuts', source, to.step);
      } else if (to.kind === 'node' && type === 'attack') add('attacks', source, to.id);
      else {
        const step = to.kind === 'node' && to.sketch ? stepFrom(to.id) : undefined;
        if (step) add('undercuts', source, step);
        else notes.add(to.kind === 'node' && to.sketch ? 'undercut-sketch' : 'undercut-statement', where);
      }
    } else if (type === 'contradictory' || type === 'contrary') {
      if (to.kind !== 'node') {
        notes.add('conflict-argument', where);
        continue;
      }
      if (type === 'contrary') notes.add('contrary', where);
      add('contradicts', source, to.id);
    } else notes.add('relation-type', where);
  }
  return out;
}

/**
 * Undercuts written under a top-level statement (`[T]` then `<_ [U]`). Argdown 1.7 hangs them on the last
 * inference it has read anywhere above, which is never what was meant; they are found in the syntax tree
 * by the element the relation hangs from.
 */
function undercutsOfStatements(ast: IAstNode | undefined): Set<IRelation> {
  const out = new Set<IRelation>();
  // Inside a premise–conclusion structure Argdown means it: an undercut under a conclusion is one of
  // the inference above it.
  const walk = (node: IAstNode, owner: string | undefined, inPcs: boolean) => {
    if (!('name' in node)) return;
    if (node.name === 'outgoingUndercut' && owner === 'statement' && !inPcs && node.relation?.to?.type === 'inference') out.add(node.relation);
    const next = node.name === 'relations' ? owner : node.name;
    for (const c of node.children ?? []) walk(c, next, inPcs || node.name === 'pcs');
  };
  if (ast) walk(ast, undefined, false);
  return out;
}

function describe(rel: IRelation): string {
  const name = (m: RelationMember | undefined) =>
    !m ? '?' : m.type === 'equivalence-class' ? `[${m.title}]` : m.type === 'argument' ? `<${m.title}>` : `the inference of <${m.argumentTitle}>`;
  return `${name(rel.from)} ${rel.relationType} ${name(rel.to)}`;
}
