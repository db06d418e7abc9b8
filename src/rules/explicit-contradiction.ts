import type { Rule } from './rule.js';
import type { Report } from './rule.js';

export const explicitContradiction: Rule = {
  meta: {
    id: 'explicit-contradiction',
    severity: 'warning',
    description: 'the author asserts both sides of a contradiction, or a claim and an unanswered rebuttal of it',
    docs: "Consistency: two nodes joined by `contradicts` cannot both be accepted; a rebuttal (`attacks`) that nothing answers defeats its target. When the main author asserts both ends (analyst-added nodes, hypotheses and other authors' notes aside), the text itself holds an unresolved conflict.",
    messages: {
      contradiction: 'The author asserts both {{from}} and {{to}}, but they contradict each other, so a reader cannot accept both.',
      unanswered: 'The author asserts {{to}} and also {{from}}, which rebuts it and is never answered, so the text leaves the conflict open.',
    },
    defaults: {},
  },
  check(ctx) {
    const relations = ctx.map.relations ?? [];
    const answered = new Set<string>();
    for (const r of relations) {
      if (r.type === 'attacks' || r.type === 'undercuts') answered.add(r.to);
      if (r.type === 'contradicts') {
        answered.add(r.to);
        answered.add(r.from);
      }
    }
    const out: Report[] = [];
    const seen = new Set<string>();
    relations.forEach((r, i) => {
      if (r.type !== 'contradicts' && r.type !== 'attacks') return;
      const from = ctx.node(r.from);
      const to = ctx.node(r.to);
      if (!from || !to || !ctx.asserted(from) || !ctx.asserted(to)) return;
      const pair = [r.from, r.to].sort().join(' ');
      if (seen.has(pair)) return;
      if (r.type === 'contradicts') {
        seen.add(pair);
        out.push({ messageId: 'contradiction', data: { from: ctx.label(r.from), to: ctx.label(r.to) }, nodes: [r.from, r.to], at: ['relations', i] });
      } else if (!answered.has(r.from)) {
        seen.add(pair);
        out.push({ messageId: 'unanswered', data: { from: ctx.label(r.from), to: ctx.label(r.to) }, nodes: [r.from, r.to], at: ['relations', i] });
      }
    });
    return out;
  },
};
