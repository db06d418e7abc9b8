import type { NodeKind, RelationType } from './types.js';

/**
 * What each relation may join. `to: 'inference'` means the target is an inference id, not a node.
 * A missing `from`/`to` list means any node kind.
 */
export interface EndpointRule {
  from?: readonly NodeKind[];
  to?: readonly NodeKind[] | 'inference';
  /** What the docs and error messages call this relation. */
  reads: string;
}

export const RELATION_ENDPOINTS: Record<RelationType, EndpointRule> = {
  attacks: { reads: 'rebuts a node' },
  undercuts: { to: 'inference', reads: 'attacks an inference' },
  contradicts: { reads: 'cannot both be accepted (symmetric)' },
  qualifies: { from: ['hedge'], reads: 'a hedge limits confidence in a node' },
  explains: { from: ['hypothesis', 'claim'], reads: 'a hypothesis would explain a piece of evidence' },
  predicts: { from: ['hypothesis', 'claim', 'premise'], to: ['prediction'], reads: 'a hypothesis or claim expects a development' },
  restates: { reads: 'the same claim stated again elsewhere' },
  cites: { to: ['source'], reads: 'a node cites a source' },
};
