import type { Rule, Report } from './rule.js';

export const borrowedSupport: Rule = {
  id: 'borrowed-support',
  severity: 'warning',
  description: "a premise from another author (editors' notes) supports the main author's judgement",
  docs: "An assessment can only rest on what its author knew. Editors' footnotes, added later and by other hands, may explain or correct the text, but drawn as premises of the author's own inferences they credit the author with reasons the author did not give (and, for a later edition, could not have had). Link such notes with `cites` or `restates`, or mark the inference `analyst: true` if it is the analyst's own argument.",
  check(ctx) {
    const out: Report[] = [];
    const byId = new Map((ctx.map.authors ?? []).map((a) => [a.id, a.name]));
    for (const inf of ctx.map.inferences ?? []) {
      if (inf.analyst) continue;
      const target = ctx.node(inf.conclusion);
      if (!target || !ctx.authorsOwn(target)) continue;
      for (const p of inf.premises) {
        const premise = ctx.node(p);
        if (!premise || premise.analyst || ctx.authorsOwn(premise)) continue;
        const who = byId.get(premise.author!) ?? premise.author!;
        out.push({
          message: `${ctx.label(inf.conclusion)}, the author's judgement, is supported by ${ctx.label(p)}, which ${who} wrote, not the author; the author never gave that reason.`,
          nodes: [inf.conclusion, p],
          at: ['inferences', ctx.support.vertex.get(inf.id)! - ctx.support.nodeCount],
        });
      }
    }
    return out;
  },
};
