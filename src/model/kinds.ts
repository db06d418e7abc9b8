import type { NodeKind, RelationType, Rating, Level } from './types.js';

/** Runtime lists of the model's enumerations, in the order the docs and legends show them. */
export const NODE_KINDS = ['conclusion', 'claim', 'hypothesis', 'prediction', 'premise', 'evidence', 'hedge', 'source'] as const satisfies readonly NodeKind[];

export const RELATION_TYPES = ['attacks', 'undercuts', 'contradicts', 'qualifies', 'explains', 'predicts', 'restates', 'cites'] as const satisfies readonly RelationType[];

export const RATINGS = ['CC', 'C', 'N', 'I', 'II', 'NA'] as const satisfies readonly Rating[];

export const LEVELS = ['high', 'medium', 'low'] as const satisfies readonly Level[];

// Compile-time guards: a kind added to the types but not to these lists fails type-checking.
type Missing<All, Listed> = Exclude<All, Listed>;
const _kindsComplete: Missing<NodeKind, (typeof NODE_KINDS)[number]> extends never ? true : never = true;
const _relationsComplete: Missing<RelationType, (typeof RELATION_TYPES)[number]> extends never ? true : never = true;
const _ratingsComplete: Missing<Rating, (typeof RATINGS)[number]> extends never ? true : never = true;
void _kindsComplete;
void _relationsComplete;
void _ratingsComplete;
