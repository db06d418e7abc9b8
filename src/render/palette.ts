import type { NodeKind, Rating, RelationType } from '../model/types.js';

/**
 * The one visual language of argmap: colours and shapes of node kinds, line styles of relations and ACH
 * ratings, and what each arrow's direction means. The SVG renderer, the ACH views and the explorer page
 * all take them from here, so this module imports nothing at run time (the explorer's client bundle may
 * import it too).
 */

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies). Colour is never the only cue: each
 * kind has its own shape and each relation its own dash pattern and arrow head, so a greyscale print or a
 * projector that washes colours out still tells them apart.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

export interface KindStyle {
  /** Word shown in the node's header and the legend. */
  label: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  bold: boolean;
  /** Extra room inside the box the shape needs before text may start (cut corners, side bars). */
  insetLeft: number;
  insetRight: number;
  insetBottom: number;
}

// Fills are light tints so black text keeps a contrast above 12:1; borders carry the hue.
export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  conclusion: { label: 'conclusion', fill: '#DCEBF7', stroke: OKABE_ITO.blue, strokeWidth: 2.5, bold: true, insetLeft: 5, insetRight: 5, insetBottom: 3 },
  claim: { label: 'claim', fill: '#E3F2FB', stroke: '#2B7FB5', strokeWidth: 1.6, bold: false, insetLeft: 2, insetRight: 2, insetBottom: 0 },
  hypothesis: { label: 'hypothesis', fill: '#FCEFD2', stroke: '#A36F00', strokeWidth: 1.6, bold: false, insetLeft: 12, insetRight: 12, insetBottom: 0 },
  prediction: { label: 'prediction', fill: '#D7F0E7', stroke: '#00785A', strokeWidth: 1.6, bold: false, insetLeft: 12, insetRight: 12, insetBottom: 0 },
  premise: { label: 'premise', fill: '#FBF8D5', stroke: '#8A8200', strokeWidth: 1.4, bold: false, insetLeft: 7, insetRight: 0, insetBottom: 0 },
  evidence: { label: 'evidence', fill: '#FFFFFF', stroke: '#444444', strokeWidth: 1.4, bold: false, insetLeft: 0, insetRight: 0, insetBottom: 0 },
  hedge: { label: 'hedge', fill: '#F7E4EE', stroke: '#A4527E', strokeWidth: 1.4, bold: false, insetLeft: 0, insetRight: 10, insetBottom: 0 },
  source: { label: 'source', fill: '#EFEFEF', stroke: '#666666', strokeWidth: 1.2, bold: false, insetLeft: 0, insetRight: 0, insetBottom: 8 },
};

export type HeadShape = 'none' | 'triangle' | 'open-triangle' | 'tee' | 'circle' | 'open-circle' | 'diamond' | 'chevron' | 'cross';

export interface EdgeStyle {
  /** How the legend names it. */
  label: string;
  stroke: string;
  width: number;
  /** SVG stroke-dasharray, or '' for a solid line. */
  dash: string;
  head: HeadShape;
  /** Also a head at the start (symmetric relations). */
  tail?: HeadShape;
}

/**
 * What the drawing shows as a line: the graph's edge types, plus `support`, a one-premise inference that
 * nothing undercuts drawn straight from its premise to its conclusion. Several such arrows into one node
 * read as convergent support; linked premises instead meet at a junction bar before one arrow goes on.
 */
export type DrawnEdgeType = 'premise' | 'conclusion' | RelationType | 'support';

export const EDGE_STYLES: Record<DrawnEdgeType, EdgeStyle> = {
  premise: { label: 'premise into an inference', stroke: '#333333', width: 1.6, dash: '', head: 'none' },
  support: { label: 'supports (a reason on its own)', stroke: '#333333', width: 1.8, dash: '', head: 'triangle' },
  conclusion: { label: 'supports: linked premises meet at the bar', stroke: '#333333', width: 1.8, dash: '', head: 'triangle' },
  attacks: { label: 'attacks (rebuts)', stroke: OKABE_ITO.vermillion, width: 1.8, dash: '8 4', head: 'tee' },
  undercuts: { label: 'undercuts an inference', stroke: OKABE_ITO.vermillion, width: 1.8, dash: '9 3 2 3', head: 'tee' },
  contradicts: { label: 'contradicts (both ways)', stroke: '#9E4400', width: 1.6, dash: '3 3', head: 'tee', tail: 'tee' },
  qualifies: { label: 'qualifies (hedge)', stroke: '#A4527E', width: 1.6, dash: '1 3', head: 'open-circle' },
  explains: { label: 'would explain', stroke: OKABE_ITO.blue, width: 1.4, dash: '', head: 'open-triangle' },
  predicts: { label: 'predicts', stroke: '#00785A', width: 1.5, dash: '12 4', head: 'chevron' },
  restates: { label: 'restates', stroke: '#666666', width: 1.4, dash: '2 2 6 2', head: 'diamond' },
  cites: { label: 'cites', stroke: '#888888', width: 1.1, dash: '1 2', head: 'circle' },
};

/**
 * ACH matrix cells, from a blue–orange diverging scheme (safe for red–green colour blindness); the rating
 * lines of a hypothesis-set view take the strong ends, so a rating looks the same in matrix and map.
 * Lightness alone would make CC and II alike in greyscale, so inconsistent ratings are also hatched and
 * every cell has its symbol.
 */
export const ACH_CELL_STYLES: Record<Rating, { fill: string; ink: string; hatch?: string; hatchLight?: boolean }> = {
  CC: { fill: '#2166ac', ink: '#ffffff' },
  C: { fill: '#d1e5f0', ink: '#053061' },
  N: { fill: '#f7f7f7', ink: '#333333' },
  I: { fill: '#fddbc7', ink: '#67001f', hatch: 'rgba(103,0,31,.28)' },
  II: { fill: '#b35806', ink: '#ffffff', hatch: 'rgba(255,255,255,.5)', hatchLight: true },
  NA: { fill: '#e0e0e0', ink: '#555555' },
};

/** The ACH ratings a hypothesis-set view draws as lines; N and NA carry no direction worth a line. */
export type DrawnRating = 'CC' | 'C' | 'I' | 'II';
export const DRAWN_RATINGS: readonly DrawnRating[] = ['CC', 'C', 'I', 'II'];

/**
 * Consistent and inconsistent differ in three ways that survive greyscale: solid against dashed, an
 * arrow against a cross at the hypothesis, and the rating written on the line; the doubled ratings are
 * drawn twice as heavy.
 */
export const RATING_STYLES: Record<DrawnRating, EdgeStyle> = {
  CC: { label: 'CC: very consistent with', stroke: ACH_CELL_STYLES.CC.fill, width: 3.4, dash: '', head: 'triangle' },
  C: { label: 'C: consistent with', stroke: ACH_CELL_STYLES.CC.fill, width: 1.6, dash: '', head: 'triangle' },
  I: { label: 'I: inconsistent with', stroke: ACH_CELL_STYLES.II.fill, width: 1.6, dash: '6 3', head: 'cross' },
  II: { label: 'II: very inconsistent with', stroke: ACH_CELL_STYLES.II.fill, width: 3.4, dash: '6 3', head: 'cross' },
};

/** What decides how a line looks: its relation type, or for an ACH rating the rating itself. */
export type EdgeLook = DrawnEdgeType | `rating-${DrawnRating}`;

export function lookStyle(look: EdgeLook): EdgeStyle {
  return look.startsWith('rating-') ? RATING_STYLES[look.slice(7) as DrawnRating] : EDGE_STYLES[look as DrawnEdgeType];
}

/** Edge types in the order the legend lists them. */
export const EDGE_ORDER: readonly DrawnEdgeType[] = ['support', 'conclusion', 'attacks', 'undercuts', 'contradicts', 'qualifies', 'explains', 'predicts', 'restates', 'cites'];


/**
 * Which way each line points and why, for the legend. Support runs upward from evidence to conclusions;
 * the relations that point the other way say so, so a downward arrow is not read as support.
 */
export const ARROW_DIRECTIONS: Record<EdgeLook, string> = {
  premise: 'from a premise into the step of inference it takes part in',
  support: 'from a reason up to the claim it supports',
  conclusion: 'from the bar where linked premises meet up to what they support together',
  attacks: 'from the attacker to the claim it rebuts',
  undercuts: 'from the objection to the step of inference it breaks, not to its conclusion',
  contradicts: 'both ways: the two cannot both be true',
  qualifies: 'from the hedge to the judgement whose confidence it limits',
  explains: 'from a hypothesis down to the evidence it would explain: the evidence bears on the hypothesis, so it stays below it',
  predicts: 'from a hypothesis or claim to the development it expects',
  restates: 'from a later wording to the judgement it states again',
  cites: 'from a claim down to the source it cites',
  'rating-CC': 'from an item of evidence up to the hypothesis it is rated against',
  'rating-C': 'from an item of evidence up to the hypothesis it is rated against',
  'rating-I': 'from an item of evidence up to the hypothesis it is rated against; the cross marks the misfit',
  'rating-II': 'from an item of evidence up to the hypothesis it is rated against; the cross marks the misfit',
};

/** The kinds' colours as CSS custom properties (`--k-claim: …`), for pages that draw with CSS. */
export function kindCssVariables(): string {
  return (Object.keys(KIND_STYLES) as NodeKind[]).map((k) => `--k-${k}:${KIND_STYLES[k].stroke}`).join(';');
}
