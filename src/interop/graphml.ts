/**
 * GraphML for yEd, Gephi and graphology: one flat directed graph (see graph-attributes) whose nodes and
 * edges carry typed `<data>` keys: kind, label, section, tags, locator, scheme, warrant, analyst on
 * nodes; relation (premise, conclusion or the relation type), inference, analyst, rationale on edges.
 * `contradicts` is written once, from → to, and means both ways. Every text is XML-escaped.
 */
import { escapeXml } from '../render/xml.js';
import type { ArgumentMap } from '../model/types.js';
import { EDGE_ATTRIBUTES, VERTEX_ATTRIBUTES, exportGraph, type AttributeValue } from './graph-attributes.js';

// XML folds a raw carriage return into a line feed; a character reference keeps it.
const xml = (s: string) => escapeXml(s).replace(/\r/g, '&#13;');

function data(prefix: string, attributes: Record<string, AttributeValue>, order: Record<string, string>): string[] {
  return Object.keys(order)
    .filter((k) => attributes[k] !== undefined)
    .map((k) => `      <data key="${prefix}${k}">${xml(String(attributes[k]))}</data>`);
}

export function writeGraphml(map: ArgumentMap): string {
  const { vertices, edges } = exportGraph(map);
  const keys = [
    `  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>`,
    ...Object.entries(VERTEX_ATTRIBUTES).map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...Object.entries(EDGE_ATTRIBUTES).map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="argmap" edgedefault="directed">',
    `    <data key="g_title">${xml(map.title)}</data>`,
  ];
  for (const v of vertices) lines.push(`    <node id="${xml(v.id)}">`, ...data('n_', v.attributes, VERTEX_ATTRIBUTES), '    </node>');
  for (const e of edges)
    lines.push(`    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">`, ...data('e_', e.attributes, EDGE_ATTRIBUTES), '    </edge>');
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
