import { plural } from '../model/plural.js';
import type { ArgumentMap, NodeKind } from '../model/types.js';
import type { NodeBox } from './boxes.js';
import { BADGE_GAP, badgeHeight } from './boxes.js';
import { edgePathSvg, markerDefs } from './edges.js';
import { LEGEND_MAX_WIDTH, legendSvg } from './legend.js';
import type { Layout, PlacedEdge } from './layout.js';
import { formatLocator } from './locator.js';
import { shapeSvg } from './shapes.js';
import { FONT, JUNCTION_R, KIND_STYLES, lookStyle, type EdgeLook } from './style.js';
import { FONT_FAMILY, baselineOffset, lineHeight, truncateText, wrapText } from './text.js';
import { escapeXml, num, sanitiseId } from './xml.js';

export interface SvgInput {
  map: ArgumentMap;
  title: string;
  subtitle?: string;
  /** A hypothesis-set view: what the legend says of the ratings it does not draw. */
  ratingNote?: string;
  layout: Layout;
  boxes: Map<string, NodeBox>;
}

const MARGIN = 20;
const MIN_WIDTH = 640;

/** Writes the laid-out map as a static SVG: a pure function of its input, so the same map gives the same bytes. */
export function writeSvg(input: SvgInput): string {
  const { layout, boxes, map } = input;
  let width = Math.ceil(Math.max(layout.width, MIN_WIDTH) + 2 * MARGIN);
  const inner = width - 2 * MARGIN;

  const head: string[] = [];
  let y = MARGIN;
  const titleStyle = { size: FONT.title, bold: true };
  for (const line of wrapText(input.title, inner, titleStyle)) {
    head.push(`<text x="${MARGIN}" y="${num(y + baselineOffset(FONT.title))}" font-size="${FONT.title}" font-weight="bold" fill="#111">${escapeXml(line)}</text>`);
    y += lineHeight(FONT.title);
  }
  if (input.subtitle) {
    for (const line of wrapText(input.subtitle, inner, { size: FONT.subtitle })) {
      head.push(`<text x="${MARGIN}" y="${num(y + baselineOffset(FONT.subtitle))}" font-size="${FONT.subtitle}" fill="#333">${escapeXml(line)}</text>`);
      y += lineHeight(FONT.subtitle);
    }
  }
  y += 10;

  const kinds = new Set<NodeKind>();
  let analyst = false;
  let hedged = false;
  for (const id of layout.nodes.keys()) {
    const box = boxes.get(id)!;
    kinds.add(box.node.kind);
    analyst ||= Boolean(box.node.analyst);
    hedged ||= box.badges.length > 0;
  }
  const edgeTypes = new Set<EdgeLook>(layout.edges.map(lookOf));
  analyst ||= layout.edges.some((e) => e.analyst);
  // The legend keeps its own width (its relations are explained in a sentence each); a narrow drawing widens to hold it.
  const conceded = layout.edges.some((e) => e.outweighed);
  const legend = legendSvg({ kinds, edges: edgeTypes, analyst, hedged, conceded, ...(input.ratingNote ? { ratingNote: input.ratingNote } : {}) }, MARGIN, y, LEGEND_MAX_WIDTH);
  width = Math.max(width, Math.ceil(legend.width + 2 * MARGIN));
  y += legend.height + 14;

  const ox = MARGIN;
  const oy = y;
  const height = Math.ceil(oy + layout.height + MARGIN);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-labelledby="map-title map-desc">`,
    `<title id="map-title">${escapeXml(input.title)}</title>`,
    `<desc id="map-desc">${escapeXml(describeMap(input))}</desc>`,
    `<defs>${markerDefs(edgeTypes)}</defs>`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    `<g class="heading">${head.join('')}</g>`,
    legend.svg,
    `<g class="diagram" transform="translate(${ox},${oy})">`,
  );

  parts.push(...diagramParts(map, layout, boxes));
  // On the diagram's closing line, so the SVG keeps its bytes from before the diagram was a function of its own.
  parts[parts.length - 1] += '</g></svg>';
  return parts.join('\n') + '\n';
}

/**
 * The drawing itself, without heading or legend: section boxes, edges, inference junctions and nodes, in
 * the renderer's markup contract (`g.node[data-id][data-kind]`, `g.edge[data-type][data-from][data-to]`).
 * Shared by the static SVG and the explorer's chain view.
 */
export function diagramParts(map: ArgumentMap, layout: Layout, boxes: Map<string, NodeBox>): string[] {
  const parts: string[] = [];
  parts.push('<g class="groups">');
  for (const g of layout.groups) {
    const label = truncateText(g.title, Math.max(g.width - 16, 20), { size: FONT.group, bold: true });
    parts.push(
      `<g class="group" data-section="${escapeXml(g.section)}">` +
        `<rect x="${num(g.x)}" y="${num(g.y)}" width="${num(g.width)}" height="${num(g.height)}" rx="6" fill="${g.depth % 2 === 0 ? '#F4F6F8' : '#FFFFFF'}" stroke="#9AA5B1" stroke-width="1" stroke-dasharray="5 3"/>` +
        `<text x="${num(g.x + 8)}" y="${num(g.y + 5 + baselineOffset(FONT.group))}" font-size="${FONT.group}" font-weight="bold" fill="#445">${escapeXml(label)}</text>` +
        `</g>`,
    );
  }
  parts.push('</g><g class="edges">');
  for (const e of layout.edges) {
    const analystAttr =
      (e.rating ? ` data-rating="${e.rating}"` : '') + (e.inference ? ` data-inference="${escapeXml(e.inference)}"` : '') + (e.analyst ? ' data-analyst="true"' : '') + (e.outweighed ? ' data-outweighed="true"' : '');
    const what = e.rating
      ? `${e.from} rated ${lookStyle(lookOf(e)).label} ${e.to}${ratingWhy(map, e)}`
      : `${e.from} ${e.type} ${e.to}${e.outweighed ? ' (conceded: the author holds it outweighed)' : ''}`;
    parts.push(
      `<g class="edge" data-type="${e.type}" data-from="${escapeXml(e.from)}" data-to="${escapeXml(e.to)}"${analystAttr}>` +
        `<title>${escapeXml(what)}</title>${edgePathSvg(lookOf(e), e.points, e.analyst, undefined, e.outweighed === true)}${ratingLabelSvg(e)}</g>`,
    );
  }
  parts.push('</g><g class="inferences">');
  const inferences = new Map((map.inferences ?? []).map((i) => [i.id, i]));
  for (const [id, r] of layout.inferences) {
    const inf = inferences.get(id)!;
    const what = `${inf.premises.length > 1 ? 'linked ' : ''}inference ${id}${inf.scheme ? ` (${inf.scheme})` : ''}: ${inf.premises.join(' + ')} → ${inf.conclusion}${inf.warrant ? `. Warrant: ${inf.warrant}` : ''}`;
    parts.push(
      `<g class="inference" data-id="${escapeXml(id)}" data-premises="${inf.premises.length}"><title>${escapeXml(what)}</title>` +
        `<rect x="${num(r.x)}" y="${num(r.y)}" width="${num(r.width)}" height="${num(r.height)}" rx="${JUNCTION_R}" fill="#333333"${inf.analyst ? ' stroke="#fff" stroke-width="1.5" stroke-dasharray="2 1.5"' : ''}/></g>`,
    );
  }
  parts.push('</g><g class="nodes">');
  for (const node of map.nodes) {
    const r = layout.nodes.get(node.id);
    if (r) parts.push(nodeSvg(boxes.get(node.id)!, r.x, r.y));
  }
  parts.push('</g>');
  return parts;
}

export function lookOf(e: PlacedEdge): EdgeLook {
  return e.type === 'rating' ? `rating-${e.rating!}` : e.type;
}

/** The analyst's one-line reason for a rating, for the line's tooltip. */
function ratingWhy(map: ArgumentMap, e: PlacedEdge): string {
  for (const set of map.hypothesisSets ?? []) {
    const r = set.ratings?.find((x) => x.evidence === e.from && x.hypothesis === e.to && x.rating === e.rating);
    if (r?.rationale) return `: ${r.rationale}`;
  }
  return '';
}

/** The rating written on its line, in a white pill so the line does not run through the letters. */
function ratingLabelSvg(e: PlacedEdge): string {
  const l = e.label;
  if (!l) return '';
  const s = lookStyle(lookOf(e));
  return (
    `<g class="rating-label"><rect x="${num(l.x)}" y="${num(l.y)}" width="${num(l.width)}" height="${num(l.height)}" rx="${num(l.height / 2)}" fill="#FFFFFF" stroke="${s.stroke}" stroke-width="1"/>` +
    `<text x="${num(l.x + l.width / 2)}" y="${num(l.y + 1 + baselineOffset(FONT.rating))}" text-anchor="middle" font-size="${FONT.rating}" font-weight="bold" fill="${s.stroke}">${escapeXml(l.text)}</text></g>`
  );
}

function describeMap(input: SvgInput): string {
  const { layout } = input;
  if (input.ratingNote !== undefined) {
    const rated = layout.edges.filter((e) => e.rating).length;
    return `Hypothesis set: ${plural(layout.nodes.size, 'node')} and ${plural(layout.edges.length, 'link')}, ${rated === 1 ? 'one of them an ACH rating' : `${rated} of them ACH ratings`}. The competing hypotheses stand in one row at the top, the evidence under them; a line from an item of evidence to a hypothesis carries its rating (C, CC consistent; I, II inconsistent). ${input.ratingNote}.`;
  }
  return `Argument map: ${plural(layout.nodes.size, 'node')}, ${plural(layout.inferences.size, 'inference')} and ${plural(layout.edges.length, 'link')}. Conclusions are at the top, the reasons under them, evidence at the bottom.`;
}

function nodeSvg(box: NodeBox, x: number, y: number): string {
  const { node } = box;
  const kind = KIND_STYLES[node.kind];
  const desc = [kind.label, node.source ? `at ${formatLocator(node.source.locator)}` : '', node.analyst ? 'added by the analyst' : '', node.hedge?.band ? `hedged ${node.hedge.band.term} (${node.hedge.band.yardstick})` : '', node.source ? `quote: “${node.source.quote}”` : '', node.rationale ? `rationale: ${node.rationale}` : '']
    .filter(Boolean)
    .join('; ');
  const out: string[] = [
    `<g class="node" data-id="${escapeXml(node.id)}" data-kind="${node.kind}" id="node-${sanitiseId(node.id)}"${node.analyst ? ' data-analyst="true"' : ''}>`,
    `<title>${escapeXml(`${node.id}: ${node.text}`)}</title>`,
    `<desc>${escapeXml(desc)}</desc>`,
    shapeSvg(node.kind, x, y, box.width, box.height, Boolean(node.analyst)),
    `<text class="node-header" x="${num(x + box.textX)}" y="${num(y + box.headerY + baselineOffset(FONT.header))}" font-size="${FONT.header}" fill="#333"${node.analyst ? ' font-style="italic"' : ''}>${escapeXml(box.header)}</text>`,
  ];
  const lh = lineHeight(FONT.text);
  const tspans = box.lines.map((line, i) => `<tspan x="${num(x + box.textX)}" y="${num(y + box.labelY + i * lh + baselineOffset(FONT.text))}">${escapeXml(line)}</tspan>`);
  out.push(`<text class="label" font-size="${FONT.text}" fill="#111"${kind.bold ? ' font-weight="bold"' : ''}>${tspans.join('')}</text>`);
  let bx = x + box.textX;
  for (const b of box.badges) {
    const h = badgeHeight();
    const colour = b.tone === 'confidence' ? '#555555' : '#A4527E';
    out.push(
      `<g class="badge" data-tone="${b.tone}">${b.full ? `<title>${escapeXml(b.full)}</title>` : ''}<rect x="${num(bx)}" y="${num(y + box.badgeY)}" width="${num(b.width)}" height="${h}" rx="${h / 2}" fill="#FFFFFF" stroke="${colour}" stroke-width="1"/>` +
        `<text x="${num(bx + 5)}" y="${num(y + box.badgeY + 1 + baselineOffset(FONT.badge))}" font-size="${FONT.badge}" font-weight="bold" fill="${colour === '#555555' ? '#333333' : '#7A2E57'}">${escapeXml(b.text)}</text></g>`,
    );
    bx += b.width + BADGE_GAP;
  }
  out.push('</g>');
  return out.join('');
}
