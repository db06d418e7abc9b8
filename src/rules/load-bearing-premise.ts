import { listShown, optionsSchema, type Rule } from './rule.js';

export const loadBearingPremise: Rule<{ shown: number }> = {
  meta: {
    id: 'load-bearing-premise',
    severity: 'info',
    description: 'for each policy conclusion, the nodes every line of its support passes through: its key assumptions',
    docs: "Dominators on the support graph (Cooper, Harvey and Kennedy's algorithm, from a virtual source joining the leaves). A node that every chain of support passes through carries the conclusion alone: if it fails, the conclusion has no support left. When a whole inference dominates, each of its linked premises is needed too. These are the items a Key Assumptions Check (Heuer and Pherson, Structured Analytic Techniques) would examine first.",
    messages: {
      keyAssumptions:
        'Every line of support for conclusion {{conclusion}} passes through {{bearing}}; these are its key assumptions, and if one fails the conclusion loses its support.',
    },
    schema: optionsSchema({ shown: { type: 'integer', minimum: 1, description: 'how many key assumptions are named in the message' } }),
    defaults: { shown: 5 },
  },
  check(ctx, options) {
    const dom = ctx.dominators();
    const s = ctx.support;
    const out = [];
    for (const [v, n] of ctx.map.nodes.entries()) {
      if (n.kind !== 'conclusion') continue;
      const seen = new Set<string>();
      const bearing: string[] = [];
      const add = (id: string) => {
        if (id !== n.id && !seen.has(id) && ctx.node(id)) {
          seen.add(id);
          bearing.push(id);
        }
      };
      for (const d of dom.dominatorsOf(v)) {
        if (d >= s.nodeCount) ctx.map.inferences![d - s.nodeCount]!.premises.forEach(add);
        else add(s.ids[d]!);
      }
      if (bearing.length === 0) continue;
      out.push({
        messageId: 'keyAssumptions',
        data: {
          conclusion: ctx.label(n.id),
          bearing: listShown(
            bearing.map((id) => ctx.label(id)),
            options.shown,
          ),
        },
        nodes: [n.id, ...bearing],
      });
    }
    return out;
  },
};
