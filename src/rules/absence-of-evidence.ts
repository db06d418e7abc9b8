import { listShown, optionsSchema, type Rule, type Report } from './rule.js';

export const absenceOfEvidence: Rule<{ shown: number }> = {
  meta: {
    id: 'absence-of-evidence',
    severity: 'info',
    description: 'judgements supported by a "there is no evidence" statement',
    docs: 'Absence of evidence is evidence of absence only when the evidence would have been seen had it existed (Heuer ch. 8 counts it as an item of evidence; Schum on negative evidence). A judgement resting on "there is no evidence of X" deserves the question: who looked, and would they have found it? Reported once per such statement, naming every judgement it directly supports.',
    messages: {
      absence: '{{node}} says "{{phrase}}" and supports {{supported}}; an absence counts only if the evidence would have been seen had it existed.',
    },
    schema: optionsSchema({ shown: { type: 'integer', minimum: 1, description: 'how many of the judgements it supports are named in the message' } }),
    defaults: { shown: 4 },
  },
  check(ctx, options) {
    const s = ctx.support;
    const out: Report[] = [];
    ctx.map.nodes.forEach((n, v) => {
      if (s.useStart[v] === s.useStart[v + 1]) return;
      const m = ctx.phrases(n).find((x) => x.entry.kind === 'absence-of-evidence');
      if (!m) return;
      const supported: string[] = [];
      for (let a = s.useStart[v]!; a < s.useStart[v + 1]!; a++) {
        const c = s.ids[s.conclusion[s.usedBy[a]!]!]!;
        if (!supported.includes(c)) supported.push(c);
      }
      out.push({
        messageId: 'absence',
        data: {
          node: ctx.label(n.id),
          phrase: m.text,
          supported: listShown(
            supported.map((id) => ctx.label(id)),
            options.shown,
          ),
        },
        nodes: [n.id, ...supported],
      });
    });
    return out;
  },
};
