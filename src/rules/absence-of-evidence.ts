import type { Rule, Report } from './rule.js';

export const absenceOfEvidence: Rule = {
  id: 'absence-of-evidence',
  severity: 'info',
  description: 'a judgement supported by a "there is no evidence" statement',
  docs: 'Absence of evidence is evidence of absence only when the evidence would have been seen had it existed (Heuer ch. 8 counts it as an item of evidence; Schum on negative evidence). A judgement resting on "there is no evidence of X" deserves the question: who looked, and would they have found it?',
  check(ctx) {
    const out: Report[] = [];
    const seen = new Set<string>();
    const absence = (id: string) => {
      const n = ctx.node(id);
      return n ? ctx.phrases(n).find((m) => m.entry.kind === 'absence-of-evidence') : undefined;
    };
    for (const inf of ctx.map.inferences ?? []) {
      const target = ctx.node(inf.conclusion);
      if (!target) continue;
      for (const p of inf.premises) {
        const m = absence(p);
        if (!m || seen.has(`${inf.conclusion} ${p}`)) continue;
        seen.add(`${inf.conclusion} ${p}`);
        out.push({
          message: `${ctx.label(inf.conclusion)} rests on ${ctx.label(p)}, which says "${m.text}"; that counts only if the evidence would have been seen had it existed.`,
          nodes: [inf.conclusion, p],
        });
      }
    }
    return out;
  },
};
