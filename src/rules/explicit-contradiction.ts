import type { Rule } from './rule.js';
import type { Report } from './rule.js';
import { openConflicts } from './conflicts.js';

export const explicitContradiction: Rule = {
  meta: {
    id: 'explicit-contradiction',
    severity: 'warning',
    description: 'the author asserts both sides of a contradiction, or a claim and an unanswered rebuttal of it',
    docs: "Consistency: two nodes joined by `contradicts` cannot both be accepted; a rebuttal (`attacks`) that nothing answers defeats its target, unless it is marked `outweighed` (the author grants it and holds the target the stronger, as in \"X, but Y\"). When the main author asserts both ends (analyst-added nodes, hypotheses and other authors' notes aside), the text itself holds an unresolved conflict. Conflicts within another author's text, or between two authors, are contradiction-across-authors' findings.",
    messages: {
      contradiction: 'The author asserts both {{from}} and {{to}}, but they contradict each other, so a reader cannot accept both.',
      unanswered: 'The author asserts {{to}} and also {{from}}, which rebuts it and is never answered, so the text leaves the conflict open.',
    },
    defaults: {},
  },
  check(ctx) {
    return openConflicts(ctx, (from, to) => ctx.asserted(from) && ctx.asserted(to)).map(({ kind, from, to, index }): Report => ({
      messageId: kind,
      data: { from: ctx.label(from.id), to: ctx.label(to.id) },
      nodes: [from.id, to.id],
      at: ['relations', index],
    }));
  },
};
