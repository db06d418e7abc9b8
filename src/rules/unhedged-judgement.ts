import type { Rule } from './rule.js';

export const unhedgedJudgement: Rule = {
  id: 'unhedged-judgement',
  severity: 'warning',
  description: 'an analytic claim or prediction stated with no estimative language',
  docs: "ICD 203 analytic standard 2: properly express and explain uncertainties. A judgement (kind claim or prediction, in the main author's words) should say how likely it is. Its estimative language is its hedge's phrases when the map records them (an empty list records that there are none), otherwise whatever the lexicon finds in its quote, or failing that its text.",
  check(ctx) {
    return ctx.map.nodes
      .filter((n) => (n.kind === 'claim' || n.kind === 'prediction') && ctx.authorsOwn(n) && ctx.phrases(n).length === 0)
      .map((n) => ({
        message: `${n.kind === 'claim' ? 'Judgement' : 'Prediction'} ${ctx.label(n.id)} is stated as plain fact, with no word saying how likely it is (such as "probably" or "may").`,
        nodes: [n.id],
      }));
  },
};
