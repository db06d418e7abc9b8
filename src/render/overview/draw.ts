import type { ElkNode } from '../elk-graph.js';
import { REVERSED, type Point } from '../layout.js';
import { EDGE_STYLES, KIND_STYLES, type DrawnEdgeType } from '../style.js';
import { FONT_FAMILY, baselineOffset, lineHeight, wrapText } from '../text.js';
import { escapeXml, num } from '../xml.js';
import { OVERVIEW_FONT, OVERVIEW_PAD, linkLabel, linkLabelSize, type OverviewBox } from './boxes.js';
import type { OverviewLink, OverviewModel } from './sections.js';

/**
 * ELK's input for the overview: one node per box, one edge per pair of boxes with its counts as a label.
 * Support runs upward as in the map, so the boxes holding the conclusions stand on top.
 */
export function overviewElkGraph(model: OverviewModel, boxes: ReadonlyMap<string, OverviewBox>): ElkNode {
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'UP',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '20',
      'elk.layered.spacing.edgeNodeBetweenLayers': '8',
      'elk.spacing.edgeNode': '14',
      'elk.spacing.edgeEdge': '10',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      // A few boxes: a thorough search for the fewest crossings costs nothing here.
      'elk.layered.thoroughness': '50',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
      // Boxes with no link still belong on the same screen, side by side rather than in a long column.
      'elk.separateConnectedComponents': 'true',
      'elk.aspectRatio': String(1440 / 900),
    },
    children: model.groups.map((g) => ({ id: `b:${g.id}`, width: boxes.get(g.id)!.width, height: boxes.get(g.id)!.height })),
    // As in the map, links drawn against the flow of support (a claim citing its source) are laid out
    // reversed so that they do not pull the lower box up; the writer turns their points back.
    edges: model.links.map((l, i) => ({ id: `l${i}`, sources: [`b:${flows(l) ? l.from : l.to}`], targets: [`b:${flows(l) ? l.to : l.from}`], labels: [{ id: `t${i}`, text: linkLabel(l), ...linkLabelSize(l) }] })),
  };
}

function flows(link: OverviewLink): boolean {
  return !REVERSED.has(dominant(link));
}

export interface PlacedOverview {
  width: number;
  height: number;
  boxes: Map<string, { x: number; y: number }>;
  links: { link: OverviewLink; points: Point[]; label: { x: number; y: number; width: number; height: number } | undefined }[];
}

/** Reads back positions from ELK's answer. */
export function placeOverview(model: OverviewModel, done: ElkNode): PlacedOverview {
  const boxes = new Map<string, { x: number; y: number }>();
  for (const c of done.children ?? []) boxes.set(c.id.slice(2), { x: c.x ?? 0, y: c.y ?? 0 });
  const byId = new Map((done.edges ?? []).map((e) => [e.id, e]));
  const links = model.links.map((link, i) => {
    const laid = byId.get(`l${i}`);
    const points: Point[] = [];
    for (const s of laid?.sections ?? []) points.push(s.startPoint, ...(s.bendPoints ?? []), s.endPoint);
    const l = laid?.labels?.[0];
    if (!flows(link)) points.reverse();
    return { link, points: points.map((p) => ({ x: p.x, y: p.y })), label: l ? { x: l.x ?? 0, y: l.y ?? 0, width: l.width ?? 0, height: l.height ?? 0 } : undefined };
  });
  return { width: done.width ?? 0, height: done.height ?? 0, boxes, links };
}

const MARGIN = 16;

/** The relation type a link is drawn in: the one it counts most of (support wins ties). */
function dominant(link: OverviewLink): DrawnEdgeType {
  let best: string = 'support';
  for (const [t, n] of Object.entries(link.counts)) if ((n ?? 0) > (link.counts[best] ?? 0)) best = t;
  return (best in EDGE_STYLES ? best : 'support') as DrawnEdgeType;
}

/**
 * The overview as SVG. The markup follows the map's contract so a page can reuse it: `g.section` per box
 * (`data-section`), `g.edge` per link (`data-type` lists its relation types, `data-from`/`data-to` name
 * the boxes), and each named conclusion a `g.node` with `data-id` and `data-kind`.
 */
export function writeOverviewSvg(title: string, placed: PlacedOverview, boxes: ReadonlyMap<string, OverviewBox>, arrangement: string): string {
  const headLines = wrapText(`${title}: overview by section`, Math.max(placed.width, 600), { size: OVERVIEW_FONT.heading, bold: true });
  const note = `Each box names its conclusions (■), or if it has none its key judgements (▸: claims nothing else in the box rests on). Arrows run from a section to the sections its links reach, counted by type (support counts steps of inference); ${arrangement}.`;
  const noteLines = wrapText(note, Math.max(placed.width, 600), { size: OVERVIEW_FONT.text });
  const headHeight = headLines.length * lineHeight(OVERVIEW_FONT.heading) + noteLines.length * lineHeight(OVERVIEW_FONT.text) + 10;
  const width = Math.ceil(Math.max(placed.width, 600) + 2 * MARGIN);
  const height = Math.ceil(placed.height + headHeight + 2 * MARGIN);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-labelledby="overview-title">`,
    `<title id="overview-title">${escapeXml(`${title}: overview by section`)}</title>`,
    `<defs>${[...new Set(placed.links.map((l) => dominant(l.link)))].map((t) => `<marker id="ov-head-${t}" viewBox="0 0 12 10" refX="12" refY="5" markerWidth="12" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L12,5L0,10Z" fill="${EDGE_STYLES[t].stroke}"/></marker>`).join('')}</defs>`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
  ];
  let y = MARGIN;
  const head: string[] = [];
  for (const line of headLines) {
    head.push(`<text x="${MARGIN}" y="${num(y + baselineOffset(OVERVIEW_FONT.heading))}" font-size="${OVERVIEW_FONT.heading}" font-weight="bold" fill="#111">${escapeXml(line)}</text>`);
    y += lineHeight(OVERVIEW_FONT.heading);
  }
  for (const line of noteLines) {
    head.push(`<text x="${MARGIN}" y="${num(y + baselineOffset(OVERVIEW_FONT.text))}" font-size="${OVERVIEW_FONT.text}" fill="#333">${escapeXml(line)}</text>`);
    y += lineHeight(OVERVIEW_FONT.text);
  }
  out.push(`<g class="heading">${head.join('')}</g>`, `<g class="diagram" transform="translate(${MARGIN},${num(y + 10)})">`, '<g class="edges">');
  for (const { link, points, label } of placed.links) {
    const type = dominant(link);
    const s = EDGE_STYLES[type];
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join('');
    const text = linkLabel(link);
    out.push(
      `<g class="edge" data-type="${escapeXml(Object.keys(link.counts).join(' '))}" data-from="${escapeXml(link.from)}" data-to="${escapeXml(link.to)}">` +
        `<title>${escapeXml(`${link.from} → ${link.to}: ${text}`)}</title>` +
        `<path d="${d}" fill="none" stroke="${s.stroke}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} marker-end="url(#ov-head-${type})"/>` +
        (label
          ? `<rect x="${num(label.x)}" y="${num(label.y)}" width="${num(label.width)}" height="${num(label.height)}" rx="4" fill="#FFFFFF" stroke="${s.stroke}" stroke-width="0.8"/>` +
            `<text x="${num(label.x + 4)}" y="${num(label.y + 1 + baselineOffset(OVERVIEW_FONT.text))}" font-size="${OVERVIEW_FONT.text}" fill="#222">${escapeXml(text)}</text>`
          : '') +
        `</g>`,
    );
  }
  out.push('</g><g class="sections">');
  for (const [id, at] of placed.boxes) out.push(sectionSvg(boxes.get(id)!, at.x, at.y));
  out.push('</g></g></svg>');
  return out.join('\n') + '\n';
}

function sectionSvg(box: OverviewBox, x: number, y: number): string {
  const { group } = box;
  const out: string[] = [
    `<g class="section" data-section="${escapeXml(group.id)}" data-nodes="${group.nodes.length}">`,
    `<title>${escapeXml(group.title)}</title>`,
    `<rect x="${num(x)}" y="${num(y)}" width="${num(box.width)}" height="${num(box.height)}" rx="6" fill="#F4F6F8" stroke="#5A6B7B" stroke-width="1.5"/>`,
  ];
  let ly = y + OVERVIEW_PAD;
  for (const line of box.lines) {
    const text = `<text x="${num(x + OVERVIEW_PAD)}" y="${num(ly + baselineOffset(line.size))}" font-size="${line.size}"${line.bold ? ' font-weight="bold"' : ''} fill="${line.kind ? KIND_STYLES[line.kind].stroke : '#222'}">${escapeXml(line.text)}</text>`;
    out.push(line.node ? `<g class="node" data-id="${escapeXml(line.node)}" data-kind="${line.kind}"><title>${escapeXml(line.full ?? line.text)}</title>${text}</g>` : text);
    ly += lineHeight(line.size);
  }
  out.push('</g>');
  return out.join('');
}
