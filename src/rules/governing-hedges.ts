import type { Node } from '../model/types.js';
import type { RuleContext } from './rule.js';

/** A band, or phrases the map records (known to the lexicon or not), or lexicon words in the quote; `v` is n's index, if known. */
export function ownHedge(ctx: RuleContext, n: Node, v?: number): boolean {
  if (n.hedge) return n.hedge.band !== undefined || n.hedge.phrases.length > 0;
  return ctx.phrases(n, v).length > 0;
}

/**
 * Items of a list often take their likelihood from the lead-in ("will probably … by means of: (i) …");
 * the map records that as a hedge node that `qualifies` each item, so such a hedge counts.
 */
export function governingHedges(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const r of ctx.map.relations ?? []) {
    if (r.type !== 'qualifies') continue;
    const from = ctx.node(r.from);
    if (from && ownHedge(ctx, from)) out.add(r.to);
  }
  return out;
}
