/**
 * AIF (Argument Interchange Format) in the JSON shape AIFdb exports and OVA reads: `{nodes, edges,
 * locutions}` with node types I, RA, CA, MA (and, from dialogue tools, L, TA, YA, PA).
 *
 * How a map is written:
 * - every node → an I-node (`text` = the node's text);
 * - every inference → an RA-node (`text` = its scheme, or AIFdb's "Default Inference"; `scheme` when
 *   the map names one), with an edge from each premise and one edge to the conclusion;
 * - `attacks` → attacker → CA → target I-node; `undercuts` → attacker → CA → RA-node;
 * - `contradicts` → two CA-nodes, one each way (AIF has no symmetric conflict), the second marked
 *   `argmap.back: true` so a reader folds the pair into one relation again;
 * - `restates` → the node restated → MA → the restatement (AIF's direction for a rephrase);
 * - relations with one `linked` label, one type and one target → one CA- or MA-node with an edge from
 *   each attacker or original (a linked attack, a rephrase of several nodes at once);
 * - `qualifies`, `explains`, `predicts` and `cites` have no AIF node type: they travel in the top-level
 *   `argmap` block, with the map's title, description, documents, authors, sections and hypothesis sets.
 *
 * Every node carries an `argmap` field (AIF readers ignore unknown fields) holding what AIF cannot say:
 * the argmap id and kind of an I-node with its source, hedge, dates…; the id, warrant and rationale of an
 * RA-node; the relation type and its rationale on a CA/MA-node. So map → AIF → map loses nothing.
 *
 * Ids are derived from the map's ids, never from counters, so editing one part of a map changes only
 * that part of the file: I- and RA-nodes take the node's or inference's own id (nodes and inferences
 * share one id space); CA/MA-nodes take `<type>:<from>:<to>` (`:` never occurs in an argmap id, so the
 * two kinds cannot collide), or `<type>:<linked>` for a linked group; an edge is `<fromID>><toID>`. The
 * map has no times, so `timestamp` is empty (an import says so when it drops a file's timestamps).
 */
import type { ArgumentMap, Author, Document, HypothesisSet, Relation, RelationType, Section } from '../model/types.js';
import { defeatable } from '../model/defeats.js';
import { PREFERENCE_TEXT } from './aif-preferences.js';

export type AifNodeType = 'I' | 'RA' | 'CA' | 'MA' | 'PA' | 'L' | 'TA' | 'YA';

export interface AifNode {
  nodeID: string;
  text: string;
  type: AifNodeType;
  timestamp: string;
  scheme?: string;
  /** argmap's own fields for this node (see the module comment). */
  argmap?: Record<string, unknown>;
}

export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
  formEdgeID: null;
}

/** The top-level `argmap` block: the parts of a map that AIF has no place for. */
export interface AifExtension {
  version: 1;
  title: string;
  description?: string;
  documents?: Document[];
  authors?: Author[];
  sections?: Section[];
  hypothesisSets?: HypothesisSet[];
  /** Relations with no AIF node type (qualifies, explains, predicts, cites). */
  relations: Relation[];
  notes?: string[];
}

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: unknown[];
  argmap: AifExtension;
}

/** The relations AIF draws as a CA- or MA-node; every other type rides in the extension block. */
export const AIF_NODE_FOR: Partial<Record<RelationType, 'CA' | 'MA'>> = {
  attacks: 'CA',
  undercuts: 'CA',
  contradicts: 'CA',
  restates: 'MA',
};

/** AIFdb's texts for scheme nodes that name no particular scheme. */
export const DEFAULT_TEXT = { RA: 'Default Inference', CA: 'Default Conflict', MA: 'Default Rephrase' } as const;

/** Keeps the optional fields that are present, in a fixed order, so output is byte-stable. */
function present(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out;
}

export function toAif(map: ArgumentMap): AifDocument {
  const nodes: AifNode[] = [];
  const edges: AifEdge[] = [];
  const taken = new Set<string>();
  // A map may state one relation twice, or list a premise twice; ids stay unique by a numbered suffix.
  const unique = (id: string) => {
    let out = id;
    for (let n = 2; taken.has(out); n++) out = `${id}#${n}`;
    taken.add(out);
    return out;
  };
  const edge = (fromID: string, toID: string) => edges.push({ edgeID: unique(`${fromID}>${toID}`), fromID, toID, formEdgeID: null });

  for (const node of map.nodes) {
    const { text, ...rest } = node;
    nodes.push({ nodeID: unique(node.id), text, type: 'I', timestamp: '', argmap: rest });
  }
  for (const inf of map.inferences ?? []) {
    const id = unique(inf.id);
    nodes.push({
      nodeID: id,
      text: inf.scheme ?? DEFAULT_TEXT.RA,
      type: 'RA',
      timestamp: '',
      ...(inf.scheme !== undefined ? { scheme: inf.scheme } : {}),
      argmap: present({ id: inf.id, warrant: inf.warrant, analyst: inf.analyst, rationale: inf.rationale }),
    });
    for (const p of inf.premises) edge(p, id);
    edge(id, inf.conclusion);
  }
  const carried: Relation[] = [];
  const groups = new Map<string, Relation[]>();
  for (const rel of map.relations ?? []) {
    const type = AIF_NODE_FOR[rel.type];
    if (!type) {
      carried.push(rel);
      continue;
    }
    // A linked group shares its target: the attacked node, or for `restates` the restatement (`from`).
    const target = type === 'MA' ? rel.from : rel.to;
    const key = rel.linked !== undefined && rel.type !== 'contradicts' ? `${rel.type}\u0000${rel.linked}\u0000${target}` : `\u0001${groups.size}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(rel);
  }
  for (const group of groups.values()) {
    const rel = group[0]!;
    const type = AIF_NODE_FOR[rel.type]!;
    const extra = present({ type: rel.type, analyst: rel.analyst, rationale: rel.rationale, linked: rel.linked, outweighed: rel.outweighed });
    const scheme = (from: readonly string[], to: string, back: boolean) => {
      const name = group.length > 1 ? `${rel.type}:${rel.linked}` : `${rel.type}:${rel.from}:${rel.to}${back ? ':back' : ''}`;
      const id = unique(name);
      nodes.push({ nodeID: id, text: DEFAULT_TEXT[type], type, timestamp: '', argmap: back ? { ...extra, back: true } : extra });
      for (const f of from) edge(f, id);
      edge(id, to);
    };
    // AIF draws a rephrase from the original to its reformulation; `restates` points the other way.
    if (type === 'MA')
      scheme(
        group.map((r) => r.to),
        rel.from,
        false,
      );
    else
      scheme(
        group.map((r) => r.from),
        rel.to,
        false,
      );
    if (rel.type === 'contradicts') scheme([rel.to], rel.from, true);
    // AIF's own way to say an attack fails on the weighing: a PA-node preferring the target over the attacker.
    for (const from of new Set(group.filter((r) => r.outweighed === true && defeatable(r)).map((r) => r.from))) {
      const id = unique(`prefers:${rel.to}:${from}`);
      nodes.push({ nodeID: id, text: PREFERENCE_TEXT, type: 'PA', timestamp: '' });
      edge(rel.to, id);
      edge(id, from);
    }
  }
  return {
    nodes,
    edges,
    locutions: [],
    argmap: {
      version: 1,
      ...(present({
        title: map.title,
        description: map.description,
        documents: map.documents,
        authors: map.authors,
        sections: map.sections,
        hypothesisSets: map.hypothesisSets,
      }) as { title: string }),
      relations: carried,
      ...(map.notes ? { notes: map.notes } : {}),
    },
  };
}

/** The text of an AIF file: two-space JSON with a final newline. */
export function writeAif(map: ArgumentMap): string {
  return JSON.stringify(toAif(map), null, 2) + '\n';
}
