/**
 * The flat, attribute-carrying view of a map that GraphML and DOT share: every node and every inference
 * is a vertex (an inference as a junction where its linked premises meet, so it can be undercut), every
 * premise link, conclusion link and relation an edge.
 */
import { buildGraph, type EdgeType } from '../graph/argument-graph.js';
import type { ArgumentMap } from '../model/types.js';

export type AttributeValue = string | boolean;

export interface ExportVertex {
  id: string;
  /** A node kind, or `inference` for a junction. */
  kind: string;
  label: string;
  /** Where a drawing groups it: a node's section; a junction sits in its conclusion's. */
  section?: string;
  attributes: Record<string, AttributeValue>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  /** `premise`, `conclusion` or the relation type. */
  relation: EdgeType;
  attributes: Record<string, AttributeValue>;
}

/** Vertex attributes in the order every format declares them, with their types. */
export const VERTEX_ATTRIBUTES = {
  label: 'string',
  kind: 'string',
  section: 'string',
  tags: 'string',
  locator: 'string',
  scheme: 'string',
  warrant: 'string',
  analyst: 'boolean',
} as const;

export const EDGE_ATTRIBUTES = { relation: 'string', inference: 'string', analyst: 'boolean', rationale: 'string' } as const;

function present(fields: Record<string, AttributeValue | undefined>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out;
}

/** Vertices and edges in map order; edge ids come from their ends, so an edit renames nothing else. */
export function exportGraph(map: ArgumentMap): { vertices: ExportVertex[]; edges: ExportEdge[] } {
  const g = buildGraph(map);
  const sectionOf = new Map(map.nodes.map((n) => [n.id, n.section]));
  const vertices: ExportVertex[] = [];
  g.forEachNode((id, v) => {
    if (v.type === 'node') {
      const n = v.node;
      const attributes = present({ label: n.text, kind: n.kind, section: n.section, tags: n.tags?.join(', '), locator: n.source?.locator, analyst: n.analyst });
      vertices.push({ id, kind: n.kind, label: n.text, ...(n.section ? { section: n.section } : {}), attributes });
    } else {
      const i = v.inference;
      const label = i.scheme ?? '';
      const section = sectionOf.get(i.conclusion);
      vertices.push({
        id,
        kind: 'inference',
        label,
        ...(section ? { section } : {}),
        attributes: present({ label, kind: 'inference', scheme: i.scheme, warrant: i.warrant, analyst: i.analyst }),
      });
    }
  });
  const edges: ExportEdge[] = [];
  const taken = new Set<string>();
  g.forEachEdge((_key, link, source, target) => {
    const base = `${link.type}:${source}:${target}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
    taken.add(id);
    const r = link.relation;
    const inference = link.type === 'premise' ? target : link.type === 'conclusion' ? source : undefined;
    edges.push({ id, source, target, relation: link.type, attributes: present({ relation: link.type, inference, analyst: r?.analyst, rationale: r?.rationale }) });
  });
  return { vertices, edges };
}
