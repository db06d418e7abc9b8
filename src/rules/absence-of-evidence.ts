import type { Rule, Report } from './rule.js';

export const absenceOfEvidence: Rule = {
  id: 'absence-of-evidence',
  severity: 'info',
  description: 'judgements supported by a "there is no evidence" statement',
  docs: 'Absence of evidence is evidence of absence only when the evidence would have been seen had it existed (Heuer ch. 8 counts it as an item of evidence; Schum on negative evidence). A judgement resting on "there is no evidence of X" deserves the question: who looked, and would they have found it? Reported once per such statement, naming every judgement it directly supports.',
  check(ctx) {
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
      const shown = supported.slice(0, 4).map((id) => ctx.label(id)).join(', ');
      const more = supported.length > 4 ? ` and ${supported.length - 4} more` : '';
      out.push({
        message: `${ctx.label(n.id)} says "${m.text}" and supports ${shown}${more}; an absence counts only if the evidence would have been seen had it existed.`,
        nodes: [n.id, ...supported],
      });
    });
    return out;
  },
};
