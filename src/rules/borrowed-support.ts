import type { Rule, Report } from './rule.js';

export const borrowedSupport: Rule = {
  meta: {
    id: 'borrowed-support',
    severity: 'warning',
    description: "a premise from another author (editors' notes) supports the main author's judgement",
    docs: "An assessment can only rest on what its author knew. Editors' footnotes, added later and by other hands, may explain or correct the text, but drawn as premises of the author's own inferences they credit the author with reasons the author did not give (and, for a later edition, could not have had). Link such notes with `cites` or `restates`, or mark the inference `analyst: true` if it is the analyst's own argument.",
    messages: {
      borrowed: "{{target}}, the author's judgement, is supported by {{premise}}, which {{who}} wrote, not the author; the author never gave that reason.",
    },
    defaults: {},
  },
  check(ctx) {
    const out: Report[] = [];
    const s = ctx.support;
    const names = new Map((ctx.map.authors ?? []).map((a) => [a.id, a.name]));
    (ctx.map.inferences ?? []).forEach((inf, k) => {
      if (inf.analyst) return;
      const target = ctx.map.nodes[s.conclusion[k]!]!;
      if (!ctx.authorsOwn(target)) return;
      for (let a = s.premiseStart[k]!; a < s.premiseStart[k + 1]!; a++) {
        const premise = ctx.map.nodes[s.premise[a]!]!;
        if (premise.analyst || ctx.authorsOwn(premise)) continue;
        const who = names.get(premise.author!) ?? premise.author!;
        out.push({
          messageId: 'borrowed',
          data: { target: ctx.label(target.id), premise: ctx.label(premise.id), who },
          nodes: [target.id, premise.id],
          at: ['inferences', k],
        });
      }
    });
    return out;
  },
};
