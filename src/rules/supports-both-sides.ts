import type { Rule, Report } from './rule.js';

export const supportsBothSides: Rule = {
  id: 'supports-both-sides',
  severity: 'warning',
  description: 'a node that supports a claim and also something that attacks or contradicts it',
  docs: 'A reason offered for both sides of a conflict cannot decide between them (in ACH terms it has no diagnostic value, Heuer ch. 8), or one of the two links is drawn wrongly.',
  check(ctx) {
    const supporters = new Map<string, Set<string>>();
    for (const inf of ctx.map.inferences ?? []) {
      let set = supporters.get(inf.conclusion);
      if (!set) supporters.set(inf.conclusion, (set = new Set()));
      for (const p of inf.premises) set.add(p);
    }
    const out: Report[] = [];
    const seen = new Set<string>();
    (ctx.map.relations ?? []).forEach((r, i) => {
      if (r.type !== 'attacks' && r.type !== 'contradicts') return;
      const a = supporters.get(r.from);
      const b = supporters.get(r.to);
      if (!a || !b) return;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      const both = [...small].filter((id) => large.has(id)).sort((x, y) => ctx.support.vertex.get(x)! - ctx.support.vertex.get(y)!);
      for (const id of both) {
        const key = [id, ...[r.from, r.to].sort()].join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        const verb = r.type === 'attacks' ? 'rebuts' : 'contradicts';
        out.push({
          message: `${ctx.label(id)} supports both ${ctx.label(r.to)} and ${ctx.label(r.from)}, which ${verb} it, so it cannot help decide between them.`,
          nodes: [id, r.to, r.from],
          at: ['relations', i],
        });
      }
    });
    return out;
  },
};
