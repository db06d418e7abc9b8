import type { Rating } from '../model/types.js';
import type { Rule, Report } from './rule.js';

const DISCRIMINATING: ReadonlySet<Rating> = new Set(['I', 'II']);

export const noInconsistency: Rule = {
  meta: {
    id: 'no-inconsistency',
    severity: 'warning',
    description: 'a hypothesis set whose ratings hold no I or II, so its matrix cannot choose',
    docs: 'Heuer (Psychology of Intelligence Analysis, ch. 8, steps 3 and 5) ranks hypotheses by the evidence inconsistent with them, not by what is consistent: consistent evidence fits several hypotheses at once and proves little. A set rated only CC, C, N or NA has an inconsistency score of 0 for every hypothesis, so any tie it shows is produced by the method, not by the evidence. Either some evidence argues against a hypothesis (rate it I or II with a rationale) or the set has no evidence that discriminates yet.',
    messages: {
      none: 'Hypothesis set {{set}} has {{count}} ratings and none is I or II: every hypothesis scores 0 and the matrix cannot choose between them; rate the evidence that argues against a hypothesis, or find some.',
    },
    defaults: {},
  },
  check(ctx) {
    const out: Report[] = [];
    (ctx.map.hypothesisSets ?? []).forEach((set, i) => {
      const ratings = set.ratings ?? [];
      if (ratings.length === 0 || ratings.some((r) => DISCRIMINATING.has(r.rating))) return;
      out.push({ messageId: 'none', data: { set: set.id, count: ratings.length }, nodes: [...set.hypotheses], at: ['hypothesisSets', i] });
    });
    return out;
  },
};
