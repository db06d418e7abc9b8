import type { Rule, Report } from './rule.js';
import type { Node } from '../model/types.js';

/** How far stated strength may exceed supported before it is flagged: about one PHIA band's width. */
export const OVERCONFIDENCE_MARGIN = 0.2;

const pct = (x: number) => `${Math.round(x * 100)} %`;

export const overconfidentConclusion: Rule = {
  id: 'overconfident-conclusion',
  severity: 'warning',
  description: 'a claim or conclusion stated more confidently than its chain of support bears out',
  docs: 'Baconian weighting (Cohen; Schum; Tecuci\'s Cogent): linked premises combine by minimum, convergent lines by maximum, evidence counts by its credibility (high 0.9, medium 0.7, low 0.5, ungraded 0.7), undercuts and qualifying hedges lower a step (see src/analysis/support-strength.ts for every number and why). Stated strength is the midpoint of the node\'s likelihood band; a flat assertion counts as certain; words with no band ("may") are not compared. A conclusion (a recommendation) is compared only when it carries likelihood words: "we should" claims no probability. Flagged when stated exceeds supported by more than 0.2, about one band of the PHIA yardstick.',
  check(ctx) {
    const strength = ctx.strength();
    const out: Report[] = [];
    for (const n of ctx.map.nodes) {
      if (n.kind !== 'claim' && n.kind !== 'conclusion') continue;
      const s = strength.get(n.id);
      if (!s || s.stated === undefined || s.supported === undefined) continue;
      // A policy conclusion is a recommendation: stated flatly it makes no likelihood claim to compare.
      if (n.kind === 'conclusion' && !(n.hedge?.band || ctx.phrases(n).length > 0)) continue;
      if (!ctx.graph.someInEdge(n.id, (_e, link) => link.type === 'conclusion')) continue;
      if (s.stated - s.supported <= OVERCONFIDENCE_MARGIN) continue;
      const weakest = weakestLink(ctx, n.id);
      const why = weakest ? `; its weakest link is ${ctx.label(weakest)}` : '';
      out.push({
        message: `${n.kind === 'claim' ? 'Claim' : 'Conclusion'} ${ctx.label(n.id)} is stated as ${statedAs(n)} (about ${pct(s.stated)}) but its support bears out only about ${pct(s.supported)}${why}.`,
        nodes: weakest ? [n.id, weakest] : [n.id],
      });
    }
    return out;
  },
};

function statedAs(n: Node): string {
  if (n.hedge?.band) return `"${n.hedge.band.term}"`;
  const words = n.hedge?.phrases ?? [];
  return words.length > 0 ? `"${words.join('", "')}"` : 'a flat assertion';
}

/** The weakest premise of the strongest inference, following weak links down while they stay weakest. */
function weakestLink(ctx: Parameters<Rule['check']>[0], id: string): string | undefined {
  const strength = ctx.strength();
  const passes = (key: string) => {
    const s = strength.get(key);
    if (!s) return 0;
    return Math.min(s.stated ?? 1, s.supported ?? 0);
  };
  let bestInf: string | undefined;
  ctx.graph.forEachInEdge(id, (_e, link, source) => {
    if (link.type === 'conclusion' && (bestInf === undefined || passes(source) > passes(bestInf))) bestInf = source;
  });
  if (!bestInf) return undefined;
  const v = ctx.graph.getNodeAttributes(bestInf);
  if (v.type !== 'inference') return undefined;
  let weakest: string | undefined;
  for (const p of v.inference.premises) if (weakest === undefined || passes(p) < passes(weakest)) weakest = p;
  return weakest;
}
