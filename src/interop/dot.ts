/**
 * Graphviz DOT: the flat graph of graph-attributes, drawn bottom-up (reasons below what they support),
 * sections as nested clusters, an inference as a small junction dot labelled with its scheme. Nodes and
 * edges also carry argmap's attributes (`kind`, `relation`, `scheme`, …), which Graphviz keeps and tools
 * reading DOT can use. Colours are the renderer's Okabe–Ito styles, and every relation also differs in
 * line style or arrow head. Every string is quoted and escaped.
 */
import type { ArgumentMap, NodeKind, Section } from '../model/types.js';
import { visibleText } from '../io/visible-text.js';
import { EDGE_STYLES, KIND_STYLES, type HeadShape } from '../render/style.js';
import { exportGraph, type AttributeValue, type ExportEdge, type ExportVertex } from './graph-attributes.js';

/**
 * A DOT quoted string. Inside one, `\"` is a quote and every other backslash sequence is Graphviz's
 * (`\n`, `\l`, `\N`…), so backslashes are doubled first; line breaks become `\n`.
 */
export function dotString(s: string): string {
  // Controls a terminal obeys (ESC, C1, bidi overrides) are spelled out first, so `cat map.dot` shows them inert.
  return `"${visibleText(s.replace(/\r\n?|\u2028|\u2029/g, '\n'))
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')}"`;
}

const ARROW: Record<HeadShape, string> = {
  none: 'none',
  triangle: 'normal',
  'open-triangle': 'empty',
  tee: 'tee',
  circle: 'dot',
  'open-circle': 'odot',
  diamond: 'diamond',
  chevron: 'vee',
  cross: 'box',
};

/** Words onto lines of at most `width` characters (a word longer than that stays whole). */
function wrap(text: string, width = 28): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const attrs = (list: Record<string, AttributeValue | undefined>) =>
  `[${Object.entries(list)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${dotString(String(v))}`)
    .join(', ')}]`;

function vertex(v: ExportVertex): string {
  const own = Object.fromEntries(Object.entries(v.attributes).filter(([k]) => k !== 'label'));
  if (v.kind === 'inference')
    return `${dotString(v.id)} ${attrs({ shape: 'circle', width: '0.12', height: '0.12', fixedsize: 'true', style: 'filled', fillcolor: '#333333', label: '', xlabel: v.label || undefined, fontsize: '9', ...own })};`;
  const k = KIND_STYLES[v.kind as NodeKind];
  return `${dotString(v.id)} ${attrs({ label: wrap(v.label), fillcolor: k.fill, color: k.stroke, penwidth: String(k.strokeWidth), ...own })};`;
}

function edge(e: ExportEdge): string {
  const s = EDGE_STYLES[e.relation];
  const style = s.dash === '' ? undefined : /^1 |^2 2|^3 3/.test(s.dash) ? 'dotted' : 'dashed';
  const both = s.tail !== undefined;
  return `${dotString(e.source)} -> ${dotString(e.target)} ${attrs({
    id: e.id,
    color: s.stroke,
    style,
    arrowhead: ARROW[s.head],
    ...(both ? { dir: 'both', arrowtail: ARROW[s.tail!] } : {}),
    ...e.attributes,
  })};`;
}

export function writeDot(map: ArgumentMap): string {
  const { vertices, edges } = exportGraph(map);
  const sections = map.sections ?? [];
  const bySection = new Map<string, ExportVertex[]>();
  for (const v of vertices) (bySection.get(v.section ?? '') ?? bySection.set(v.section ?? '', []).get(v.section ?? '')!).push(v);
  const known = new Set(sections.map((s) => s.id));
  const lines = [
    'digraph argmap {',
    `  graph ${attrs({ label: map.title, labelloc: 't', rankdir: 'BT', fontname: 'Helvetica', newrank: 'true' })};`,
    `  node ${attrs({ shape: 'box', style: 'rounded,filled', fontname: 'Helvetica', fontsize: '11' })};`,
    `  edge ${attrs({ fontname: 'Helvetica', fontsize: '9' })};`,
  ];
  const seen = new Set<string>();
  const cluster = (s: Section, indent: string) => {
    if (seen.has(s.id)) return;
    seen.add(s.id);
    lines.push(`${indent}subgraph ${dotString(`cluster_${s.id}`)} {`, `${indent}  graph ${attrs({ label: s.title, style: 'rounded', color: '#BBBBBB' })};`);
    for (const v of bySection.get(s.id) ?? []) lines.push(`${indent}  ${vertex(v)}`);
    for (const c of sections) if (c.parent === s.id) cluster(c, indent + '  ');
    lines.push(`${indent}}`);
  };
  for (const s of sections) if (s.parent === undefined || !known.has(s.parent)) cluster(s, '  ');
  for (const s of sections) cluster(s, '  ');
  for (const v of bySection.get('') ?? []) lines.push(`  ${vertex(v)}`);
  for (const e of edges) lines.push(`  ${edge(e)}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}
