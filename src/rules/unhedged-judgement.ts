import type { Node } from '../model/types.js';
import { NODE_KINDS } from '../model/kinds.js';
import { optionsSchema, type Report, type Rule } from './rule.js';
import { governingHedges, ownHedge } from './governing-hedges.js';

export const unhedgedJudgement: Rule<{ kinds: Node['kind'][] }> = {
  meta: {
    id: 'unhedged-judgement',
    severity: 'warning',
    description: 'an analytic claim or prediction stated with no estimative language',
    docs: "ICD 203 analytic standard 2: properly express and explain uncertainties. A judgement (kind claim or prediction, or the kinds option kinds names, in the main author's words) should say how likely it is. It counts as hedged when the map records a band or estimative phrases for it (an empty list records that there are none); without a recorded hedge, when the lexicon finds estimative words in its quote, or failing that its text. A hedge node that `qualifies` the judgement and carries estimative words of its own (a list's lead-in, say) also counts, and so does the hedge of a node it `restates` or that restates it (either way): one judgement stated twice, hedged in one place, is hedged. A node with a `stance` is not the author's own judgement and is passed by: `reports` (what a doctrine or a person holds, \"according to it ...\"), `supposes` (a conditional, put forward as an if) and `elaborates` (a list spelling out a hedged lead-in, whose hedge it takes).",
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
    // A restatement is the same judgement: its hedge, where the author gives one, carries across.
    for (const r of ctx.map.relations ?? []) {
      if (r.type !== 'restates') continue;
      const [from, to] = [ctx.node(r.from), ctx.node(r.to)];
      if (from && ownHedge(ctx, from)) governed.add(r.to);
      if (to && ownHedge(ctx, to)) governed.add(r.from);
    }
    const out: Report[] = [];
    // Labelled and placed by number, not looked up by id again per finding.
    ctx.map.nodes.forEach((n, v) => {
      if (!options.kinds.includes(n.kind) || n.stance !== undefined || !ctx.authorsOwn(n) || ownHedge(ctx, n, v) || governed.has(n.id)) return;
      out.push({
        messageId: 'unhedged',
        data: { Kind: n.kind === 'claim' ? 'Judgement' : n.kind === 'prediction' ? 'Prediction' : n.kind[0]!.toUpperCase() + n.kind.slice(1), node: ctx.nodeLabel(v) },
        nodes: [n.id],
        at: ['nodes', v],
      });
    });
    return out;
  },
};
