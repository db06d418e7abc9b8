/**
 * Reads AIF JSON as AIFdb exports it (`{nodes, edges, locutions}`, ids as strings or integers, extra
 * fields such as `scheme`, `schemeID`, `formEdgeID`) and as OVA3 saves it (the same inside
 * `{AIF: {…}, text, OVA: {…}}`; some xAIF tools spell the wrapper `aif`), and turns it into a map.
 *
 * - I-node → node. Its kind comes from the `argmap` field that `toAif` writes, else from the YA-node
 *   (illocution) anchored on it: "Hypothesising"/"Hypothesizing" → hypothesis; anything else, or none,
 *   → claim. Its id is the `argmap` id, else `aif-<nodeID>` (characters an argmap id cannot hold
 *   become `-`).
 * - RA-node → inference: premises are the I-nodes with an edge into it, in file order; it must have
 *   exactly one conclusion. Its scheme is the `scheme` field, else its text unless that is AIFdb's
 *   "Default Inference".
 * - CA-node → `attacks` (target an I-node) or `undercuts` (target an RA-node), one per attacker. Two CAs
 *   that `toAif` wrote for one `contradicts` fold back into it; two CAs from a foreign tool stay two
 *   attacks, since AIF cannot tell mutual attack from contradiction.
 * - MA-node (original → MA → reformulation) → `restates` from the reformulation to the original.
 * - L, TA, YA and PA nodes and the locutions have no place in the model: they are counted in `notes`.
 *
 * Every mistake is collected and thrown at once as MapLoadError with `file:line:col`.
 */
import { basename } from 'node:path';
import { MapLoadError, showValue, sortDiagnostics, type Diagnostic } from '../io/diagnostics.js';
import { ParseFailure, parseJson, type PathStep } from '../io/parse.js';
import type { ArgumentMap, Inference, Node, NodeKind, Relation } from '../model/types.js';
import { NODE_KINDS } from '../model/kinds.js';
import { DEFAULT_TEXT, type AifNodeType } from './aif.js';

export interface AifReadOptions {
  /** Merge I-nodes whose texts are the same (after folding white space), as AIFdb does on import. */
  mergeIdentical?: boolean;
  /** Title for a file that carries none in an `argmap` block. */
  title?: string;
}

export interface AifImport {
  map: ArgumentMap;
  /** What was dropped or merged, one line each, for the user. */
  notes: string[];
}

const TYPES: readonly AifNodeType[] = ['I', 'RA', 'CA', 'MA', 'PA', 'L', 'TA', 'YA'];
const ID_OK = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const WHAT: Record<string, string> = { L: 'locution', TA: 'transition', YA: 'illocution', PA: 'preference' };

interface Raw {
  id: string;
  type: AifNodeType | '';
  text: string;
  index: number;
  scheme?: string;
  ext?: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const idOf = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
// Dialogue (L, TA, YA) and preference (PA) nodes anchor or rank the argument; they are never a premise,
// conclusion, attacker or target, so edges to and from them are left out when reading the argument.
const argumentative = (r: Raw) => r.type === 'I' || r.type === 'RA' || r.type === 'CA' || r.type === 'MA';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Parses AIF text and builds a map from it; throws MapLoadError naming every problem. */
export function fromAif(text: string, file: string, options: AifReadOptions = {}): AifImport {
  // JSON.parse names no position for a file that is not JSON from its first character (a YAML map, a
  // CSV, an HTML page); the first character says enough.
  const start = text.search(/\S/);
  if (start < 0 || (text[start] !== '{' && text[start] !== '[')) {
    const line = start < 0 ? 1 : text.slice(0, start).split('\n').length;
    const column = start < 0 ? 1 : start - text.lastIndexOf('\n', start - 1);
    const found = start < 0 ? 'is empty' : `starts with ${showValue(text.slice(start).split(/\r?\n/)[0])}`;
    throw new MapLoadError([{ file, position: { line, column }, severity: 'error', message: `the file ${found}; expected AIF JSON, an object starting with \`{\`` }]);
  }
  let parsed;
  try {
    parsed = parseJson(text, file);
  } catch (e) {
    if (e instanceof ParseFailure) throw new MapLoadError(sortDiagnostics(e.diagnostics));
    throw e;
  }
  const problems: Diagnostic[] = [];
  const report = (path: readonly PathStep[], message: string) => {
    const position = parsed.locate(path);
    problems.push({ file, ...(position ? { position } : {}), severity: 'error', message });
  };
  const fail = (): never => {
    throw new MapLoadError(sortDiagnostics(problems));
  };

  const root = parsed.data;
  if (!isObject(root)) {
    report([], `the file holds ${showValue(root)}; expected an AIF document (an object with \`nodes\` and \`edges\`, or OVA's \`{AIF: {…}}\`)`);
    return fail();
  }
  const wrapper = isObject(root.AIF) ? 'AIF' : isObject(root.aif) ? 'aif' : undefined;
  const base: PathStep[] = wrapper ? [wrapper] : [];
  const aif = wrapper ? (root[wrapper] as Record<string, unknown>) : root;
  for (const key of ['nodes', 'edges'] as const) {
    if (!Array.isArray(aif[key])) report(aif[key] === undefined ? base : [...base, key], `${aif[key] === undefined ? 'no' : `\`${key}\` is ${showValue(aif[key])}, not a`} list \`${key}\`; expected AIF's \`nodes\` and \`edges\` lists`);
  }
  if (problems.length) fail();
  const ext = isObject(root.argmap) ? root.argmap : isObject(aif.argmap) ? aif.argmap : undefined;

  // Nodes, by their normalised id.
  const raws = new Map<string, Raw>();
  let untyped = 0;
  (aif.nodes as unknown[]).forEach((n, i) => {
    const at = [...base, 'nodes', i];
    if (!isObject(n)) return report(at, `node ${i + 1} is ${showValue(n)}; expected an object with \`nodeID\`, \`type\` and \`text\``);
    const id = idOf(n.nodeID);
    if (id === undefined) return report(n.nodeID === undefined ? at : [...at, 'nodeID'], `node ${i + 1} has nodeID ${showValue(n.nodeID)}; expected a string or an integer`);
    if (raws.has(id)) return report([...at, 'nodeID'], `duplicate nodeID ${showValue(id)}; expected each node's id to be unique`);
    // Some tools leave `type` empty on nodes they could not classify; they carry no argument.
    if (n.type === '') untyped++;
    const type = n.type as AifNodeType | '';
    if (type !== '' && !TYPES.includes(type)) return report(n.type === undefined ? at : [...at, 'type'], `node ${showValue(id)} has type ${showValue(n.type)}; expected one of ${TYPES.join(', ')}`);
    const words = typeof n.text === 'string' ? n.text.trim() : '';
    if (type === 'I' && words === '') return report(n.text === undefined ? at : [...at, 'text'], `I-node ${showValue(id)} has text ${showValue(n.text)}; expected the claim's words`);
    const scheme = typeof n.scheme === 'string' && n.scheme.trim() !== '' ? n.scheme.trim() : undefined;
    raws.set(id, { id, type, text: words, index: i, ...(scheme ? { scheme } : {}), ...(isObject(n.argmap) ? { ext: n.argmap } : {}) });
  });
  if (problems.length) fail();

  // Edges: into and out of each node, in file order.
  const ins = new Map<string, { from: Raw; at: number }[]>();
  const outs = new Map<string, { to: Raw; at: number }[]>();
  (aif.edges as unknown[]).forEach((e, i) => {
    const at = [...base, 'edges', i];
    if (!isObject(e)) return report(at, `edge ${i + 1} is ${showValue(e)}; expected an object with \`fromID\` and \`toID\``);
    const ends: Raw[] = [];
    for (const key of ['fromID', 'toID'] as const) {
      const id = idOf(e[key]);
      const node = id === undefined ? undefined : raws.get(id);
      if (!node) report(e[key] === undefined ? at : [...at, key], `edge ${showValue(e.edgeID ?? i + 1)} has ${key} ${showValue(e[key])}, which is no node of the file; expected the nodeID of a node in \`nodes\``);
      else ends.push(node);
    }
    if (ends.length < 2) return;
    const [from, to] = ends as [Raw, Raw];
    if (from.type === 'I' && to.type === 'I') return report(at, `edge ${showValue(e.edgeID ?? i + 1)} joins two I-nodes (${showValue(from.id)} → ${showValue(to.id)}) directly; expected them joined through an RA, CA or MA node`);
    (ins.get(to.id) ?? ins.set(to.id, []).get(to.id)!).push({ from, at: i });
    (outs.get(from.id) ?? outs.set(from.id, []).get(from.id)!).push({ to, at: i });
  });
  if (problems.length) fail();

  const nodeAt = (r: Raw) => [...base, 'nodes', r.index];
  const wanted = (ext: Record<string, unknown> | undefined) => (typeof ext?.id === 'string' && ID_OK.test(ext.id) ? ext.id : undefined);
  const taken = new Set<string>();
  const claim = (preferred: string | undefined, aifId: string) => {
    const base = preferred ?? `aif-${aifId.replace(/[^A-Za-z0-9_.-]/g, '-')}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const ids = new Map<string, string>();
  for (const r of raws.values()) if (r.type === 'I' || r.type === 'RA') ids.set(r.id, claim(wanted(r.ext), r.id));

  // Speakers: an I-node's author is whoever uttered the locution anchored on it (L → YA → I), so a
  // debate analysed in OVA keeps who said what. Names come from OVA3's participants where given.
  const speakerOf = new Map<string, string>();
  const names = new Map<string, string>();
  for (const p of Array.isArray(aif.participants) ? aif.participants : []) {
    const id = isObject(p) ? idOf(p.participantID) : undefined;
    const name = isObject(p) ? [p.firstname, p.surname].filter((x) => typeof x === 'string' && x.trim()).join(' ') : '';
    if (id !== undefined && name) names.set(id, name);
  }
  for (const l of Array.isArray(aif.locutions) ? aif.locutions : []) {
    const node = isObject(l) ? idOf(l.nodeID) : undefined;
    const person = isObject(l) ? idOf(l.personID) : undefined;
    if (node !== undefined && person !== undefined) speakerOf.set(node, person);
  }
  const authors = new Map<string, string>();
  const authorOf = (r: Raw): string | undefined => {
    for (const { from: ya } of ins.get(r.id) ?? []) {
      if (ya.type !== 'YA') continue;
      for (const { from: l } of ins.get(ya.id) ?? []) {
        const person = l.type === 'L' ? speakerOf.get(l.id) : undefined;
        if (person === undefined) continue;
        const id = `aif-person-${person.replace(/[^A-Za-z0-9_.-]/g, '-')}`;
        // AIFdb writes an L-node's text as "Speaker : words"; that names a speaker OVA3 lists nowhere else.
        const said = /^([^:]{1,60}?)\s*:\s/.exec(l.text)?.[1];
        if (!authors.has(id)) authors.set(id, names.get(person) ?? said ?? `Participant ${person}`);
        return id;
      }
    }
    return undefined;
  };

  // Nodes.
  const nodes: Node[] = [];
  for (const r of raws.values()) {
    if (r.type !== 'I') continue;
    const { id: _id, kind: extKind, ...rest } = r.ext ?? {};
    const kind = NODE_KINDS.includes(extKind as NodeKind) ? (extKind as NodeKind) : kindFromIllocution(ins.get(r.id) ?? []);
    const author = r.ext ? undefined : authorOf(r);
    nodes.push({ id: ids.get(r.id)!, kind, text: r.text, ...(author ? { author } : {}), ...rest } as Node);
  }

  // Inferences.
  const inferences: Inference[] = [];
  for (const r of raws.values()) {
    if (r.type !== 'RA') continue;
    const premises = (ins.get(r.id) ?? []).filter((e) => e.from.type === 'I').map((e) => ids.get(e.from.id)!);
    const conclusions = (outs.get(r.id) ?? []).map((e) => e.to).filter(argumentative);
    const name = `RA-node ${showValue(r.id)}`;
    if (premises.length === 0) report(nodeAt(r), `${name} has no premise; expected at least one edge from an I-node into it`);
    if (conclusions.length !== 1) report(nodeAt(r), `${name} has ${plural(conclusions.length, 'conclusion')}${conclusions.length ? ` (${conclusions.map((c) => showValue(c.id)).join(', ')})` : ''}; expected exactly one edge out of it, to an I-node`);
    else if (conclusions[0]!.type !== 'I') report(nodeAt(r), `${name} concludes in ${conclusions[0]!.type}-node ${showValue(conclusions[0]!.id)}; expected its conclusion to be an I-node`);
    if (premises.length === 0 || conclusions.length !== 1 || conclusions[0]!.type !== 'I') continue;
    const scheme = typeof r.ext?.scheme === 'string' ? r.ext.scheme : r.scheme ?? (r.text !== '' && r.text !== DEFAULT_TEXT.RA ? r.text : undefined);
    const { id: _id, scheme: _s, ...rest } = r.ext ?? {};
    inferences.push({ id: ids.get(r.id)!, premises: [...new Set(premises)], conclusion: ids.get(conclusions[0]!.id)!, ...(scheme ? { scheme } : {}), ...rest } as Inference);
  }

  // Relations from conflict and rephrase nodes.
  const relations: Relation[] = [];
  for (const r of raws.values()) {
    if (r.type !== 'CA' && r.type !== 'MA') continue;
    const name = `${r.type}-node ${showValue(r.id)}`;
    const from = (ins.get(r.id) ?? []).filter((e) => argumentative(e.from));
    const to = (outs.get(r.id) ?? []).map((e) => e.to).filter(argumentative);
    const role = r.type === 'CA' ? 'attacker' : 'source';
    if (from.length === 0) report(nodeAt(r), `${name} has no ${role}; expected an edge from an I-node into it`);
    for (const f of from) if (f.from.type !== 'I') report([...base, 'edges', f.at], `${name} has ${f.from.type}-node ${showValue(f.from.id)} as its ${role}; expected an I-node`);
    if (to.length !== 1) report(nodeAt(r), `${name} has ${plural(to.length, 'target')}${to.length ? ` (${to.map((c) => showValue(c.id)).join(', ')})` : ''}; expected exactly one edge out of it, to ${r.type === 'CA' ? 'the I-node or RA-node it attacks' : 'the I-node it rephrases'}`);
    const target = to.length === 1 ? to[0]! : undefined;
    if (target && !(target.type === 'I' || (r.type === 'CA' && target.type === 'RA')))
      report(nodeAt(r), `${name} points at ${target.type}-node ${showValue(target.id)}; expected ${r.type === 'CA' ? 'an I-node or an RA-node' : 'an I-node'}`);
    if (!target || !ids.has(target.id) || from.some((f) => f.from.type !== 'I')) continue;
    if (r.ext?.back === true && r.ext.type === 'contradicts') continue;
    const type = r.type === 'MA' ? 'restates' : target.type === 'RA' ? 'undercuts' : r.ext?.type === 'contradicts' ? 'contradicts' : 'attacks';
    const extra: Partial<Relation> = {};
    if (typeof r.ext?.analyst === 'boolean') extra.analyst = r.ext.analyst;
    if (typeof r.ext?.rationale === 'string') extra.rationale = r.ext.rationale;
    for (const f of from) {
      const [a, b] = [ids.get(f.from.id)!, ids.get(target.id)!];
      relations.push({ type, ...(type === 'restates' ? { from: b, to: a } : { from: a, to: b }), ...extra });
    }
  }
  // An undercut of an RA-node that did not become an inference names nothing; it was reported above.
  if (problems.length) fail();

  for (const rel of Array.isArray(ext?.relations) ? (ext.relations as Relation[]) : []) relations.push(rel);

  const notes: string[] = [];
  const dropped = TYPES.filter((t) => WHAT[t]).map((t) => [t, [...raws.values()].filter((r) => r.type === t).length] as const).filter(([, n]) => n > 0);
  if (dropped.length) notes.push(`dropped ${dropped.map(([t, n]) => `${plural(n, `${t}-node`)} (${plural(n, WHAT[t]!).replace(/^\d+ /, '')})`).join(', ')}: the argmap model has no dialogue or preference layer`);
  if (wrapper && ((typeof root.text === 'string' && root.text.trim() !== '') || isObject(root.OVA)))
    notes.push("dropped OVA's analysed text and diagram layout (`text`, `OVA`): a map quotes its sources through `documents`");
  if (untyped) notes.push(`dropped ${plural(untyped, 'node')} with an empty \`type\``);
  const locutions = Array.isArray(aif.locutions) ? aif.locutions.length : 0;
  if (locutions) notes.push(`read ${plural(locutions, 'locution')} for who said what (node \`author\`: ${plural(authors.size, 'speaker')}); their times are dropped`);

  const map: ArgumentMap = {
    title: typeof ext?.title === 'string' && ext.title.trim() ? ext.title : options.title ?? `Imported from ${basename(file)}`,
    ...(typeof ext?.description === 'string' ? { description: ext.description } : {}),
    ...pick(ext, ['documents']),
    ...(Array.isArray(ext?.authors) ? { authors: ext.authors } : authors.size ? { authors: [...authors].map(([id, name]) => ({ id, name, role: 'speaker' })) } : {}),
    ...pick(ext, ['sections']),
    nodes,
    ...(inferences.length ? { inferences } : {}),
    ...(relations.length ? { relations } : {}),
    ...pick(ext, ['hypothesisSets']),
  };
  if (options.mergeIdentical) notes.push(...mergeIdentical(map));
  return { map, notes };
}

function pick(ext: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (Array.isArray(ext?.[k])) out[k] = ext![k];
  return out;
}

function kindFromIllocution(into: { from: Raw }[]): NodeKind {
  for (const { from } of into) {
    if (from.type !== 'YA') continue;
    const force = from.text.toLowerCase();
    if (force.startsWith('hypothesi')) return 'hypothesis';
  }
  return 'claim';
}

/**
 * AIFdb's merge of I-nodes with one text: every later twin is replaced by the first, in inferences,
 * relations and hypothesis sets; steps and relations that become duplicates or self-loops are dropped.
 */
function mergeIdentical(map: ArgumentMap): string[] {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const first = new Map<string, string>();
  const into = new Map<string, string>();
  for (const n of map.nodes) {
    const key = fold(n.text);
    const kept = first.get(key);
    if (kept === undefined) first.set(key, n.id);
    else into.set(n.id, kept);
  }
  if (into.size === 0) return [];
  const to = (id: string) => into.get(id) ?? id;
  map.nodes = map.nodes.filter((n) => !into.has(n.id));
  for (const inf of map.inferences ?? []) {
    inf.premises = [...new Set(inf.premises.map(to))];
    inf.conclusion = to(inf.conclusion);
  }
  if (map.relations) {
    const seen = new Set<string>();
    map.relations = map.relations
      .map((r) => ({ ...r, from: to(r.from), to: to(r.to) }))
      .filter((r) => {
        const key = `${r.type}\u0000${r.from}\u0000${r.to}`;
        if (r.from === r.to || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }
  for (const set of map.hypothesisSets ?? []) {
    set.hypotheses = [...new Set(set.hypotheses.map(to))];
    if (set.evidence) set.evidence = [...new Set(set.evidence.map(to))];
    for (const a of set.assessments ?? []) a.evidence = to(a.evidence);
    for (const r of set.ratings ?? []) {
      r.evidence = to(r.evidence);
      r.hypothesis = to(r.hypothesis);
    }
  }
  return [`merged ${plural(into.size, 'I-node')} into an earlier node with the same text (--merge-identical)`];
}
