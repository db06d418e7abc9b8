import type { Rule, Report } from './rule.js';

export const supportsBothSides: Rule = {
  meta: {
    id: 'supports-both-sides',
    severity: 'warning',
    description: 'a node that supports a claim and also something that attacks or contradicts it',
    docs: 'A reason offered for both sides of a conflict cannot decide between them (in ACH terms it has no diagnostic value, Heuer ch. 8), or one of the two links is drawn wrongly.',
    messages: {
      bothSides: '{{node}} supports both {{target}} and {{attacker}}, which {{verb}} it, so it cannot help decide between them.',
    },
    defaults: {},
  },
  check(ctx) {
    const s = ctx.support;
    // Direct supporters of node v: the premises of the inferences concluding it, in map order.
    const supporters = (v: number): number[] => {
      const out: number[] = [];
      for (let a = s.supportStart[v]!; a < s.supportStart[v + 1]!; a++) {
        const k = s.supportedBy[a]!;
        for (let b = s.premiseStart[k]!; b < s.premiseStart[k + 1]!; b++) out.push(s.premise[b]!);
      }
      return out;
    };
    const out: Report[] = [];
    const seen = new Set<string>();
    (ctx.map.relations ?? []).forEach((r, i) => {
      if (r.type !== 'attacks' && r.type !== 'contradicts') return;
      const from = s.vertex.get(r.from)!;
      const to = s.vertex.get(r.to)!;
      if (from >= s.nodeCount || to >= s.nodeCount) return;
      const a = supporters(from);
      if (a.length === 0) return;
      const b = new Set(supporters(to));
      const both = [...new Set(a.filter((v) => b.has(v)))].sort((x, y) => x - y);
      for (const v of both) {
        const id = s.ids[v]!;
        const key = [id, ...[r.from, r.to].sort()].join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        const verb = r.type === 'attacks' ? 'rebuts' : 'contradicts';
        out.push({
          messageId: 'bothSides',
          data: { node: ctx.label(id), target: ctx.label(r.to), attacker: ctx.label(r.from), verb },
          nodes: [id, r.to, r.from],
          at: ['relations', i],
        });
      }
    });
    return out;
  },
};
