import type { Node } from '../model/types.js';
import type { RuleContext } from './rule.js';
import { defeats } from '../model/defeats.js';

/** A `contradicts` relation, or an `attacks` nothing answers, between two nodes a rule cares about. */
export interface OpenConflict {
  kind: 'contradiction' | 'unanswered';
  from: Node;
  to: Node;
  /** Index of the relation in `relations`. */
  index: number;
}

/**
 * The map's open conflicts between nodes that `include` accepts, each pair once, in relation order.
 * A rebuttal is answered when something attacks, undercuts or contradicts it.
 */
export function openConflicts(ctx: RuleContext, include: (from: Node, to: Node) => boolean): OpenConflict[] {
  const relations = ctx.map.relations ?? [];
  const answered = new Set<string>();
  for (const r of relations) {
    if (r.type === 'attacks' || r.type === 'undercuts') answered.add(r.to);
    if (r.type === 'contradicts') {
      answered.add(r.to);
      answered.add(r.from);
    }
  }
  const out: OpenConflict[] = [];
  const seen = new Set<string>();
  relations.forEach((r, index) => {
    // A conceded attack is answered by the author's own weighing.
    if ((r.type !== 'contradicts' && r.type !== 'attacks') || !defeats(r)) return;
    const from = ctx.node(r.from);
    const to = ctx.node(r.to);
    if (!from || !to || !include(from, to)) return;
    const pair = [r.from, r.to].sort().join(' ');
    if (seen.has(pair)) return;
    if (r.type === 'attacks' && answered.has(r.from)) return;
    seen.add(pair);
    out.push({ kind: r.type === 'contradicts' ? 'contradiction' : 'unanswered', from, to, index });
  });
  return out;
}
