/**
 * Reads AIF JSON as AIFdb exports it (`{nodes, edges, locutions}`, ids as strings or integers, extra
 * fields such as `scheme`, `schemeID`, `formEdgeID`) and as OVA3 saves it (the same inside
 * `{AIF: {…}, text, OVA: {…}}`; some xAIF tools spell the wrapper `aif`), and turns it into a map.
 *
 * - I-node → node, its text exactly as written. Its kind comes from the `argmap` field that `toAif`
 *   writes, else from the YA-node (illocution) anchored on it, else from its place in the argument
 *   (aif-kinds.ts). Its id is the `argmap` id, else `aif-<nodeID>` (characters an argmap id cannot hold
 *   become `-`).
 * - RA-node → inference: premises are the I-nodes with an edge into it, in file order; it must have
 *   exactly one conclusion other than its premises. Its scheme is the `scheme` field, else its text unless
 *   that is AIFdb's "Default Inference" or AraucariaDB's placeholder "RA".
 * - CA-node → `attacks` (target an I-node) or `undercuts` (target an RA-node), one per attacker; the
 *   attackers of one CA-node (a linked attack) share a `linked` label, and so do the sources of one
 *   MA-node, so export draws them as one node again. Two CAs
 *   that `toAif` wrote for one `contradicts` fold back into it; two CAs from a foreign tool stay two
 *   attacks, since AIF cannot tell mutual attack from contradiction.
 * - MA-node (original → MA → reformulation) → `restates` from the reformulation to the original.
 * - PA-node (preferred → PA → dispreferred) that prefers an attack's target over its attacker → that
 *   attack is `outweighed` (aif-preferences.ts).
 * - L, TA, YA and other PA nodes and the locutions have no place in the model: they are counted in `notes`.
 *
 * Every mistake is collected and thrown at once as MapLoadError with `file:line:col`. With `lenient`, each
 * defect a corpus commonly holds is repaired instead (the node or edge dropped, or the one bad edge of
 * a node), with one warning per defect naming the AIF node or edge, and the map's `notes` list them.
 */
import { basename } from 'node:path';
import { MapLoadError, showValue, sortDiagnostics, type Diagnostic } from '../io/diagnostics.js';
import { ParseFailure, parseJson, type PathStep } from '../io/parse.js';
import type { ArgumentMap, Inference, Node, NodeKind, Relation } from '../model/types.js';
import { NODE_KINDS } from '../model/kinds.js';
import { plural } from '../model/plural.js';
import { DEFAULT_TEXT, type AifNodeType } from './aif.js';
import { speakers } from './aif-speakers.js';
import { kindFromIllocution, kindsFromStructure } from './aif-kinds.js';
import { mergeIdentical } from './aif-merge.js';
import { defeatable } from '../model/defeats.js';
import { readOutweighed } from './aif-preferences.js';

export interface AifReadOptions {
  /** Merge I-nodes whose texts are the same (after folding white space), as AIFdb does on import. */
  mergeIdentical?: boolean;
  /** Title for a file that carries none in an `argmap` block. */
  title?: string;
  /** Repair or drop each defective node or edge instead of refusing the file. */
  lenient?: boolean;
}

export interface AifImport {
  map: ArgumentMap;
  /** What was dropped, merged or read differently, one line each, for the user. */
  notes: string[];
  /** With `lenient`: one warning per defect repaired, at its place in the file. */
  repairs: Diagnostic[];
}

const TYPES: readonly AifNodeType[] = ['I', 'RA', 'CA', 'MA', 'PA', 'L', 'TA', 'YA'];
const ID_OK = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const WHAT: Record<string, string> = { L: 'locution', TA: 'transition', YA: 'illocution', PA: 'preference' };
// AraucariaDB writes "RA" as the text of every RA-node, AIFdb "Default Inference": neither names a scheme.
const NO_SCHEME = new Set<string>([DEFAULT_TEXT.RA, 'RA']);

interface Raw {
  id: string;
  type: AifNodeType | '';
  text: string;
  index: number;
  scheme?: string;
  ext?: Record<string, unknown>;
}
type Link<K extends 'from' | 'to'> = { [k in K]: Raw } & { at: number };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const idOf = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
// Dialogue (L, TA, YA) and preference (PA) nodes anchor or rank the argument; they are never a premise,
// conclusion, attacker or target, so edges to and from them are left out when reading the argument.
const argumentative = (r: Raw) => r.type === 'I' || r.type === 'RA' || r.type === 'CA' || r.type === 'MA';
const slug = (id: string) => `aif-${id.replace(/[^A-Za-z0-9_.-]/g, '-')}`;

/** The `@maxLength` of a node's `text` in src/model/types.ts (a test keeps the two equal). */
export const NODE_TEXT_LIMIT = 1000;

/** The first `n` UTF-16 units of a text, one fewer where the cut would split a surrogate pair. */
function cutText(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/** Parses AIF text and builds a map from it; throws MapLoadError naming every problem it does not repair. */
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
  const repairs: Diagnostic[] = [];
  const at = (path: readonly PathStep[]) => {
    const position = parsed.locate(path);
    return { file, ...(position ? { position } : {}) };
  };
  const report = (path: readonly PathStep[], message: string) => void problems.push({ ...at(path), severity: 'error', message });
  // A defect a lenient import repairs: the caller drops what `repair` says in either mode, and a strict
  // import fails at the end of the phase.
  const defect = (path: readonly PathStep[], message: string, repair: string) => {
    if (options.lenient) repairs.push({ ...at(path), severity: 'warning', message: `${message.replace(/; expected .*$/, '')}; repaired: ${repair}` });
    else report(path, message);
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
    if (!Array.isArray(aif[key]))
      report(
        aif[key] === undefined ? base : [...base, key],
        `${aif[key] === undefined ? 'no' : `\`${key}\` is ${showValue(aif[key])}, not a`} list \`${key}\`; expected AIF's \`nodes\` and \`edges\` lists`,
      );
  }
  if (problems.length) fail();
  const ext = isObject(root.argmap) ? root.argmap : isObject(aif.argmap) ? aif.argmap : undefined;

  // Nodes, by their normalised id.
  const raws = new Map<string, Raw>();
  let untyped = 0;
  let timed = 0;
  (aif.nodes as unknown[]).forEach((n, i) => {
    const here = [...base, 'nodes', i];
    if (!isObject(n)) return defect(here, `node ${i + 1} is ${showValue(n)}; expected an object with \`nodeID\`, \`type\` and \`text\``, 'dropped it');
    const id = idOf(n.nodeID);
    if (id === undefined)
      return defect(n.nodeID === undefined ? here : [...here, 'nodeID'], `node ${i + 1} has nodeID ${showValue(n.nodeID)}; expected a string or an integer`, 'dropped it');
    const first = raws.get(id);
    if (first)
      return defect(
        [...here, 'nodeID'],
        `duplicate nodeID ${showValue(id)}; expected each node's id to be unique`,
        `kept node ${first.index + 1} with this id, dropped node ${i + 1}`,
      );
    // Some tools leave `type` empty on nodes they could not classify; they carry no argument.
    if (n.type === '') untyped++;
    const type = n.type as AifNodeType | '';
    if (type !== '' && !TYPES.includes(type))
      return defect(n.type === undefined ? here : [...here, 'type'], `node ${showValue(id)} has type ${showValue(n.type)}; expected one of ${TYPES.join(', ')}`, 'dropped it');
    let words = typeof n.text === 'string' ? n.text : '';
    if (type === 'I' && words.trim() === '')
      return defect(n.text === undefined ? here : [...here, 'text'], `I-node ${showValue(id)} has text ${showValue(n.text)}; expected the claim's words`, 'dropped it');
    if (type === 'I' && words.length > NODE_TEXT_LIMIT) {
      defect(
        [...here, 'text'],
        `I-node ${showValue(id)} has ${words.length} characters of text; expected at most ${NODE_TEXT_LIMIT}, the longest label a map holds`,
        `kept its first ${NODE_TEXT_LIMIT - 1} characters and an ellipsis`,
      );
      words = cutText(words, NODE_TEXT_LIMIT - 1) + '…';
    }
    if (typeof n.timestamp === 'string' && n.timestamp.trim() !== '') timed++;
    const scheme = typeof n.scheme === 'string' && n.scheme.trim() !== '' ? n.scheme.trim() : undefined;
    raws.set(id, { id, type, text: type === 'I' ? words : words.trim(), index: i, ...(scheme ? { scheme } : {}), ...(isObject(n.argmap) ? { ext: n.argmap } : {}) });
  });
  if (problems.length) fail();

  // Edges: into and out of each node, in file order.
  const ins = new Map<string, Link<'from'>[]>();
  const outs = new Map<string, Link<'to'>[]>();
  (aif.edges as unknown[]).forEach((e, i) => {
    const here = [...base, 'edges', i];
    if (!isObject(e)) return defect(here, `edge ${i + 1} is ${showValue(e)}; expected an object with \`fromID\` and \`toID\``, 'dropped it');
    const name = `edge ${showValue(e.edgeID ?? i + 1)} (${showValue(idOf(e.fromID) ?? e.fromID)} → ${showValue(idOf(e.toID) ?? e.toID)})`;
    const ends: Raw[] = [];
    for (const key of ['fromID', 'toID'] as const) {
      const id = idOf(e[key]);
      const node = id === undefined ? undefined : raws.get(id);
      if (!node)
        defect(
          e[key] === undefined ? here : [...here, key],
          `${name} has ${key} ${showValue(e[key])}, which is no node of the file; expected the nodeID of a node in \`nodes\``,
          'dropped the edge',
        );
      else ends.push(node);
    }
    if (ends.length < 2) return;
    const [from, to] = ends as [Raw, Raw];
    if (from.type === 'I' && to.type === 'I') return defect(here, `${name} joins two I-nodes directly; expected them joined through an RA, CA or MA node`, 'dropped the edge');
    (ins.get(to.id) ?? ins.set(to.id, []).get(to.id)!).push({ from, at: i });
    (outs.get(from.id) ?? outs.set(from.id, []).get(from.id)!).push({ to, at: i });
  });
  if (problems.length) fail();

  const nodeAt = (r: Raw) => [...base, 'nodes', r.index];
  const wanted = (ext: Record<string, unknown> | undefined) => (typeof ext?.id === 'string' && ID_OK.test(ext.id) ? ext.id : undefined);
  const taken = new Set<string>();
  const claim = (preferred: string | undefined, aifId: string) => {
    const base = preferred ?? slug(aifId);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const ids = new Map<string, string>();
  for (const r of raws.values()) if (r.type === 'I' || r.type === 'RA') ids.set(r.id, claim(wanted(r.ext), r.id));
  const notes: string[] = [];

  // Inferences.
  const inferences: Inference[] = [];
  for (const r of raws.values()) {
    if (r.type !== 'RA') continue;
    const name = `RA-node ${showValue(r.id)}`;
    const conclusions = (outs.get(r.id) ?? []).map((e) => e.to).filter(argumentative);
    const conclusion = conclusions.length === 1 && conclusions[0]!.type === 'I' ? conclusions[0] : undefined;
    let premises = (ins.get(r.id) ?? []).filter((e) => e.from.type === 'I').map((e) => e.from);
    if (conclusion && premises.includes(conclusion)) {
      premises = premises.filter((p) => p !== conclusion);
      defect(
        nodeAt(r),
        `${name} has ${showValue(conclusion.id)} as both a premise and its conclusion; expected a conclusion other than its premises`,
        premises.length ? 'dropped that premise' : 'dropped the RA-node, which has no other premise',
      );
    } else if (premises.length === 0) defect(nodeAt(r), `${name} has no premise; expected at least one edge from an I-node into it`, 'dropped the RA-node');
    if (conclusions.length !== 1)
      defect(
        nodeAt(r),
        `${name} has ${plural(conclusions.length, 'conclusion')}${conclusions.length ? ` (${conclusions.map((c) => showValue(c.id)).join(', ')})` : ''}; expected exactly one edge out of it, to an I-node`,
        'dropped the RA-node',
      );
    else if (!conclusion)
      defect(nodeAt(r), `${name} concludes in ${conclusions[0]!.type}-node ${showValue(conclusions[0]!.id)}; expected its conclusion to be an I-node`, 'dropped the RA-node');
    if (premises.length === 0 || !conclusion) continue;
    const scheme = typeof r.ext?.scheme === 'string' ? r.ext.scheme : (r.scheme ?? (r.text !== '' && !NO_SCHEME.has(r.text) ? r.text : undefined));
    const { id: _id, scheme: _s, ...rest } = r.ext ?? {};
    inferences.push({
      id: ids.get(r.id)!,
      premises: [...new Set(premises.map((p) => ids.get(p.id)!))],
      conclusion: ids.get(conclusion.id)!,
      ...(scheme ? { scheme } : {}),
      ...rest,
    } as Inference);
  }
  const inferred = new Set(inferences.map((i) => i.id));

  // Relations from conflict and rephrase nodes.
  const relations: Relation[] = [];
  for (const r of raws.values()) {
    if (r.type !== 'CA' && r.type !== 'MA') continue;
    const name = `${r.type}-node ${showValue(r.id)}`;
    const role = r.type === 'CA' ? 'attacker' : 'source';
    const into = (ins.get(r.id) ?? []).filter((e) => argumentative(e.from));
    const to = (outs.get(r.id) ?? []).map((e) => e.to).filter(argumentative);
    const target = to.length === 1 && (to[0]!.type === 'I' || (r.type === 'CA' && to[0]!.type === 'RA')) ? to[0] : undefined;
    const bad = into.filter((f) => f.from.type !== 'I' || f.from === target);
    const from = [...new Set(into.filter((f) => !bad.includes(f)).map((f) => f.from))];
    // The last bad edge of a node left with no good one says the node goes: one line for one defect.
    const dropEdge = (f: Link<'from'>) =>
      from.length === 0 && f === bad[bad.length - 1] ? `dropped the ${r.type}-node, which has no other ${role}` : `dropped the edge ${showValue(f.from.id)} → ${showValue(r.id)}`;
    for (const f of bad) {
      if (f.from.type !== 'I') defect([...base, 'edges', f.at], `${name} has ${f.from.type}-node ${showValue(f.from.id)} as its ${role}; expected an I-node`, dropEdge(f));
      else
        defect(
          [...base, 'edges', f.at],
          `${name} has its target ${showValue(f.from.id)} as one of its ${role}s; expected ${role}s other than the node it ${r.type === 'CA' ? 'attacks' : 'rephrases'}`,
          dropEdge(f),
        );
    }
    if (into.length === 0) defect(nodeAt(r), `${name} has no ${role}; expected an edge from an I-node into it`, `dropped the ${r.type}-node`);
    const whatTarget = r.type === 'CA' ? 'the I-node or RA-node it attacks' : 'the I-node it rephrases';
    if (to.length !== 1)
      defect(
        nodeAt(r),
        `${name} has ${plural(to.length, 'target')}${to.length ? ` (${to.map((c) => showValue(c.id)).join(', ')})` : ''}; expected exactly one edge out of it, to ${whatTarget}`,
        `dropped the ${r.type}-node`,
      );
    else if (!target)
      defect(
        nodeAt(r),
        `${name} points at ${to[0]!.type}-node ${showValue(to[0]!.id)}; expected ${r.type === 'CA' ? 'an I-node or an RA-node' : 'an I-node'}`,
        `dropped the ${r.type}-node`,
      );
    // An undercut of an RA-node that was refused names nothing; strict import reported the RA-node.
    else if (target.type === 'RA' && !inferred.has(ids.get(target.id)!) && options.lenient)
      defect(nodeAt(r), `${name} undercuts RA-node ${showValue(target.id)}, which was dropped`, 'dropped the CA-node');
    if (!target || from.length === 0 || (target.type === 'RA' && !inferred.has(ids.get(target.id)!))) continue;
    if (r.ext?.back === true && r.ext.type === 'contradicts') continue;
    const type = r.type === 'MA' ? 'restates' : target.type === 'RA' ? 'undercuts' : r.ext?.type === 'contradicts' ? 'contradicts' : 'attacks';
    const extra: Partial<Relation> = {};
    if (typeof r.ext?.analyst === 'boolean') extra.analyst = r.ext.analyst;
    if (typeof r.ext?.rationale === 'string') extra.rationale = r.ext.rationale;
    if (r.ext?.outweighed === true && defeatable({ type })) extra.outweighed = true;
    if (from.length > 1) {
      extra.linked = typeof r.ext?.linked === 'string' && ID_OK.test(r.ext.linked) ? r.ext.linked : slug(r.id);
      if (!r.ext)
        notes.push(
          r.type === 'CA'
            ? `${name}: ${from.length} I-nodes (${from.map((f) => showValue(f.id)).join(', ')}) attack ${showValue(target.id)} jointly; read as ${from.length} attacks, each alone, marked \`linked: ${extra.linked}\``
            : `${name}: ${showValue(target.id)} rephrases ${from.length} I-nodes (${from.map((f) => showValue(f.id)).join(', ')}) together; read as ${from.length} restatements marked \`linked: ${extra.linked}\``,
        );
    }
    for (const f of from) {
      const [a, b] = [ids.get(f.id)!, ids.get(target.id)!];
      relations.push({ type, ...(type === 'restates' ? { from: b, to: a } : { from: a, to: b }), ...extra });
    }
  }
  if (problems.length) fail();
  const preferences = readOutweighed(
    [...raws.values()].filter((r) => r.type === 'PA'),
    (id) => ins.get(id) ?? [],
    (id) => outs.get(id) ?? [],
    (id) => ids.get(id),
    relations,
  );
  for (const rel of Array.isArray(ext?.relations) ? (ext.relations as Relation[]) : []) relations.push(rel);

  // Nodes.
  const who = speakers(aif, (id) => ins.get(id) ?? []);
  const structural = kindsFromStructure(inferences, relations);
  const nodes: Node[] = [];
  const guessed = new Map<NodeKind, number>();
  for (const r of raws.values()) {
    if (r.type !== 'I') continue;
    const { id: _id, kind: extKind, ...rest } = r.ext ?? {};
    const id = ids.get(r.id)!;
    let kind = NODE_KINDS.includes(extKind as NodeKind)
      ? (extKind as NodeKind)
      : kindFromIllocution((ins.get(r.id) ?? []).filter((e) => e.from.type === 'YA').map((e) => e.from.text));
    if (!kind) guessed.set((kind = structural(id)), (guessed.get(kind) ?? 0) + 1);
    const author = r.ext ? undefined : who.authorOf(r.id);
    nodes.push({ id, kind, text: r.text, ...(author ? { author } : {}), ...rest } as Node);
  }

  const dropped = TYPES.filter((t) => WHAT[t])
    .map((t) => [t, [...raws.values()].filter((r) => r.type === t && !preferences.has(r.id)).length] as const)
    .filter(([, n]) => n > 0);
  if (dropped.length)
    notes.push(
      `dropped ${dropped.map(([t, n]) => `${plural(n, `${t}-node`)} (${plural(n, WHAT[t]!).replace(/^\d+ /, '')})`).join(', ')}: the argmap model has no dialogue or preference layer`,
    );
  if (wrapper && ((typeof root.text === 'string' && root.text.trim() !== '') || isObject(root.OVA)))
    notes.push("dropped OVA's analysed text and diagram layout (`text`, `OVA`): a map quotes its sources through `documents`");
  if (untyped) notes.push(`dropped ${plural(untyped, 'node')} with an empty \`type\``);
  if (timed) notes.push(`dropped the timestamps of ${plural(timed, 'node')}: a map has no times`);
  if (who.locutions) notes.push(`read ${plural(who.locutions, 'locution')} for who said what (node \`author\`: ${plural(who.list().length, 'speaker')}); their times are dropped`);
  if (guessed.size)
    notes.push(
      `inferred the kinds of ${plural(
        [...guessed.values()].reduce((a, b) => a + b, 0),
        'I-node',
      )} from the argument's structure: ${[...guessed]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')} (premise: only ever offered as a reason; claim: concluded, or asserted alone)`,
    );

  const map: ArgumentMap = {
    title: typeof ext?.title === 'string' && ext.title.trim() ? ext.title : (options.title ?? `Imported from ${basename(file)}`),
    ...(typeof ext?.description === 'string' ? { description: ext.description } : {}),
    ...pick(ext, ['documents']),
    ...(Array.isArray(ext?.authors) ? { authors: ext.authors } : who.list().length ? { authors: who.list() } : {}),
    ...pick(ext, ['sections']),
    nodes,
    ...(inferences.length ? { inferences } : {}),
    ...(relations.length ? { relations } : {}),
    ...pick(ext, ['hypothesisSets']),
  };
  if (options.mergeIdentical) notes.push(...mergeIdentical(map));
  const kept = Array.isArray(ext?.notes) ? (ext.notes as unknown[]).filter((n): n is string => typeof n === 'string') : [];
  const repaired = repairs.map((r) => `repaired${r.position ? ` (${basename(file)}:${r.position.line}:${r.position.column})` : ''}: ${r.message}`);
  if (kept.length || notes.length || repaired.length) map.notes = [...kept, ...notes, ...repaired];
  return { map, notes, repairs };
}

function pick(ext: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (Array.isArray(ext?.[k])) out[k] = ext![k];
  return out;
}
