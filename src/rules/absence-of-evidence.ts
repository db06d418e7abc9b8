import { listShown, optionsSchema, type Rule, type Report } from './rule.js';

export const absenceOfEvidence: Rule<{ shown: number }> = {
  meta: {
    id: 'absence-of-evidence',
    severity: 'info',
    description: 'judgements supported by a "there is no evidence" statement',
    docs: 'Absence of evidence is evidence of absence only when the evidence would have been seen had it existed (Heuer ch. 8 counts it as an item of evidence; Schum on negative evidence). A judgement resting on "there is no evidence of X" deserves the question: who looked, and would they have found it? Reported once per such statement, naming every judgement it directly supports; a statement and its restatement (`restates`, either way: the same silence stated twice) are reported once, at the first, naming what both support.',
    messages: {
      absence: '{{node}} says "{{phrase}}" and supports {{supported}}; an absence counts only if the evidence would have been seen had it existed.',
    },
    schema: optionsSchema({ shown: { type: 'integer', minimum: 1, description: 'how many of the judgements it supports are named in the message' } }),
    defaults: { shown: 4 },
  },
  check(ctx, options) {
    const s = ctx.support;
    const found: { id: string; phrase: string; supported: string[] }[] = [];
    ctx.map.nodes.forEach((n, v) => {
      if (s.useStart[v] === s.useStart[v + 1]) return;
      const m = ctx.phrases(n, v).find((x) => x.entry.kind === 'absence-of-evidence');
      if (!m) return;
      const supported: string[] = [];
      for (let a = s.useStart[v]!; a < s.useStart[v + 1]!; a++) {
        const c = s.ids[s.conclusion[s.usedBy[a]!]!]!;
        if (!supported.includes(c)) supported.push(c);
      }
      found.push({ id: n.id, phrase: m.text, supported });
    });
    const at = new Map(found.map((f, i) => [f.id, i]));
    const into = found.map((_, i) => i);
    const root = (i: number): number => (into[i] === i ? i : root(into[i]!));
    for (const r of ctx.map.relations ?? []) {
      if (r.type !== 'restates' || !at.has(r.from) || !at.has(r.to)) continue;
      const [a, b] = [root(at.get(r.from)!), root(at.get(r.to)!)];
      if (a !== b) into[Math.max(a, b)] = Math.min(a, b);
    }
    // Each group's restatements, in map order, gathered in one pass: filtering all of them per group was
    // quadratic (15,000 such nodes in a million-node map took a second).
    const restatedIn = new Map<number, typeof found>();
    found.forEach((g, j) => {
      const r = root(j);
      if (r === j) return;
      const list = restatedIn.get(r);
      if (list) list.push(g);
      else restatedIn.set(r, [g]);
    });
    const out: Report[] = [];
    found.forEach((f, i) => {
      if (root(i) !== i) return;
      const restated = restatedIn.get(i) ?? [];
      const supported = [...f.supported];
      for (const g of restated) for (const c of g.supported) if (!supported.includes(c) && c !== f.id) supported.push(c);
      const node = ctx.restatedLabel([f, ...restated].map((g) => g.id));
      out.push({
        messageId: 'absence',
        data: {
          node,
          phrase: f.phrase,
          supported: listShown(
            supported.map((id) => ctx.label(id)),
            options.shown,
          ),
        },
        nodes: [f.id, ...restated.map((g) => g.id), ...supported.filter((c) => !restated.some((g) => g.id === c))],
      });
    });
    return out;
  },
};
