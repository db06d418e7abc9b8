import type { Node } from '../model/types.js';
import { NODE_KINDS } from '../model/kinds.js';
import { optionsSchema, type Rule, type RuleContext } from './rule.js';

/** A band, or phrases the map records (known to the lexicon or not), or lexicon words in the quote. */
function ownHedge(ctx: RuleContext, n: Node): boolean {
  if (n.hedge) return n.hedge.band !== undefined || n.hedge.phrases.length > 0;
  return ctx.phrases(n).length > 0;
}

/**
 * Items of a list often take their likelihood from the lead-in ("will probably … by means of: (i) …");
 * the map records that as a hedge node that `qualifies` each item, so such a hedge counts.
 */
function governingHedges(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const r of ctx.map.relations ?? []) {
    if (r.type !== 'qualifies') continue;
    const from = ctx.node(r.from);
    if (from && ownHedge(ctx, from)) out.add(r.to);
  }
  return out;
}

export const unhedgedJudgement: Rule<{ kinds: Node['kind'][] }> = {
  meta: {
    id: 'unhedged-judgement',
    severity: 'warning',
    description: 'an analytic claim or prediction stated with no estimative language',
    docs: "ICD 203 analytic standard 2: properly express and explain uncertainties. A judgement (kind claim or prediction, or the kinds option kinds names, in the main author's words) should say how likely it is. It counts as hedged when the map records a band or estimative phrases for it (an empty list records that there are none); without a recorded hedge, when the lexicon finds estimative words in its quote, or failing that its text. A hedge node that `qualifies` the judgement and carries estimative words of its own (a list's lead-in, say) also counts.",
    messages: {
      unhedged: '{{Kind}} {{node}} is stated as plain fact, with no word saying how likely it is (such as "probably" or "may").',
    },
    schema: optionsSchema({
      kinds: { type: 'array', items: { enum: NODE_KINDS }, uniqueItems: true, description: 'the node kinds that are judgements and so should say how likely they are' },
    }),
    defaults: { kinds: ['claim', 'prediction'] },
  },
  check(ctx, options) {
    const governed = governingHedges(ctx);
    return ctx.map.nodes
      .filter((n) => options.kinds.includes(n.kind) && ctx.authorsOwn(n) && !ownHedge(ctx, n) && !governed.has(n.id))
      .map((n) => ({
        messageId: 'unhedged',
        data: { Kind: n.kind === 'claim' ? 'Judgement' : n.kind === 'prediction' ? 'Prediction' : n.kind[0]!.toUpperCase() + n.kind.slice(1), node: ctx.label(n.id) },
        nodes: [n.id],
      }));
  },
};
