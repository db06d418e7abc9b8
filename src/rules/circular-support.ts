import type { Rule } from './rule.js';

export const circularSupport: Rule = {
  meta: {
    id: 'circular-support',
    severity: 'error',
    description: 'a chain of support that leads back to where it started (begging the question)',
    docs: 'Circular reasoning: a claim supported, through one or more inferences, by itself. Cycles are found as strongly connected components of the support graph; one shortest cycle is reported per component.',
    messages: {
      circle: 'Support runs in a circle: {{cycle}}; each of these rests, in the end, on itself.',
    },
    defaults: {},
  },
  check(ctx) {
    return ctx.supportOrder().cycles.map((cycle) => {
      const nodes = cycle.filter((id) => ctx.node(id));
      const shown = [...nodes, nodes[0]!].map((id) => ctx.label(id)).join(' → ');
      return { messageId: 'circle', data: { cycle: shown }, nodes };
    });
  },
};
