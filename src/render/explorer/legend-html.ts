import type { ArgumentMap, NodeKind } from '../../model/types.js';
import { NODE_KINDS } from '../../model/kinds.js';
import { edgePathSvg, markerDefs, LOOK_ORDER } from '../edges.js';
import { ARROW_DIRECTIONS, JUNCTION_R, KIND_STYLES, lookStyle, type EdgeLook } from '../style.js';
import { shapeSvg } from '../shapes.js';
import { escapeXml } from '../xml.js';

const SWATCH_W = 44;
const SWATCH_H = 22;
/** Marker ids of the legend's own arrows; the drawings use `m-`, so neither set answers for the other. */
const MARKER_PREFIX = 'lg-';

/** The line styles a map's drawings use: both kinds of support step, then its relation types. */
function edgeLooks(map: ArgumentMap): Set<EdgeLook> {
  const looks = new Set<EdgeLook>();
  for (const inf of map.inferences ?? []) looks.add(inf.premises.length > 1 ? 'conclusion' : 'support');
  for (const r of map.relations ?? []) looks.add(r.type);
  return looks;
}

function kindItem(kind: NodeKind): string {
  const swatch = shapeSvg(kind, 1.5, 1.5, SWATCH_W - 3, SWATCH_H - 3, false);
  return `<li data-kind="${kind}"><svg class="swatch" width="${SWATCH_W}" height="${SWATCH_H}" viewBox="0 0 ${SWATCH_W} ${SWATCH_H}" aria-hidden="true">${swatch}</svg><span>${escapeXml(KIND_STYLES[kind].label)}</span></li>`;
}

function edgeItem(look: EdgeLook): string {
  const y = SWATCH_H / 2;
  const line = edgePathSvg(look, [{ x: 3, y }, { x: SWATCH_W - 3, y }], false, MARKER_PREFIX);
  // Linked premises meet at a bar before the one arrow goes on, as in the drawing.
  const bar = look === 'conclusion' ? `<rect x="3" y="${y - JUNCTION_R}" width="${3 * JUNCTION_R}" height="${2 * JUNCTION_R}" rx="${JUNCTION_R}" fill="#333"/>` : '';
  const svg = `<svg class="swatch" width="${SWATCH_W}" height="${SWATCH_H}" viewBox="0 0 ${SWATCH_W} ${SWATCH_H}" aria-hidden="true"><defs>${markerDefs(new Set([look]), MARKER_PREFIX)}</defs>${line}${bar}</svg>`;
  return `<li data-edge="${look}">${svg}<span><b>${escapeXml(lookStyle(look).label)}</b>: ${escapeXml(ARROW_DIRECTIONS[look])}</span></li>`;
}

/**
 * The explorer's legend as HTML, so it reads the same at any zoom of the drawing: the shapes of the
 * kinds the map has and the line of each relation it uses, drawn by the renderer's own functions from
 * the one palette, each arrow with the way it points and why.
 */
export function explorerLegendHtml(map: ArgumentMap): string {
  const kinds = NODE_KINDS.filter((k) => map.nodes.some((n) => n.kind === k));
  const looks = edgeLooks(map);
  const edges = LOOK_ORDER.filter((l) => l !== 'premise' && looks.has(l));
  return [
    '<details id="legend">',
    '<summary>Legend</summary>',
    '<div class="legend-body">',
    '<h3>Kinds of node</h3>',
    `<ul class="legend-kinds">${kinds.map(kindItem).join('')}</ul>`,
    edges.length > 0 ? `<h3>Lines, and which way they point</h3><p class="note">Support runs upward, from evidence to conclusions; lines that point another way say why.</p><ul class="legend-edges">${edges.map(edgeItem).join('')}</ul>` : '',
    '</div>',
    '</details>',
  ].join('');
}
