import type { Node } from '../model/types.js';
import type { Rule, RuleContext } from './rule.js';

/** A band, or phrases the map records (known to the lexicon or not), or lexicon words in the quote. */
function hedged(ctx: RuleContext, n: Node): boolean {
  if (n.hedge) return n.hedge.band !== undefined || n.hedge.phrases.length > 0;
  return ctx.phrases(n).length > 0;
}

export const unhedgedJudgement: Rule = {
  id: 'unhedged-judgement',
  severity: 'warning',
  description: 'an analytic claim or prediction stated with no estimative language',
  docs: "ICD 203 analytic standard 2: properly express and explain uncertainties. A judgement (kind claim or prediction, in the main author's words) should say how likely it is. It counts as hedged when the map records a band or estimative phrases for it (an empty list records that there are none); without a recorded hedge, when the lexicon finds estimative words in its quote, or failing that its text.",
  check(ctx) {
    return ctx.map.nodes
      .filter((n) => (n.kind === 'claim' || n.kind === 'prediction') && ctx.authorsOwn(n) && !hedged(ctx, n))
      .map((n) => ({
        message: `${n.kind === 'claim' ? 'Judgement' : 'Prediction'} ${ctx.label(n.id)} is stated as plain fact, with no word saying how likely it is (such as "probably" or "may").`,
        nodes: [n.id],
      }));
  },
};
