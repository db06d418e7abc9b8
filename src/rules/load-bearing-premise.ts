import type { Rule } from './rule.js';

const SHOWN = 5;

export const loadBearingPremise: Rule = {
  id: 'load-bearing-premise',
  severity: 'info',
  description: 'for each policy conclusion, the nodes every line of its support passes through: its key assumptions',
  docs: "Dominators on the support graph (Cooper, Harvey and Kennedy's algorithm, from a virtual source joining the leaves). A node that every chain of support passes through carries the conclusion alone: if it fails, the conclusion has no support left. When a whole inference dominates, each of its linked premises is needed too. These are the items a Key Assumptions Check (Heuer and Pherson, Structured Analytic Techniques) would examine first.",
  check(ctx) {
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
      const shown = bearing.slice(0, SHOWN).map((id) => ctx.label(id)).join(', ');
      const more = bearing.length > SHOWN ? ` and ${bearing.length - SHOWN} more` : '';
      out.push({
        message: `Every line of support for conclusion ${ctx.label(n.id)} passes through ${shown}${more}; these are its key assumptions, and if one fails the conclusion loses its support.`,
        nodes: [n.id, ...bearing],
      });
    }
    return out;
  },
};
