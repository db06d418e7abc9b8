import { optionsSchema, type Rule, type Report, type RuleContext } from './rule.js';
import type { Node } from '../model/types.js';
import { governingHedges } from './governing-hedges.js';
import { DEFAULT_WEIGHTS, passes, type StrengthWeights, type Strengths } from '../analysis/support-strength.js';

/** How far stated strength may exceed supported before it is flagged: about one PHIA band's width. */
export const OVERCONFIDENCE_MARGIN = 0.2;
/**
 * A flat assertion (no estimative words) is flagged only when its support falls below the bottom of
 * the "likely" band: above that, the fault is the missing hedge, which unhedged-judgement reports.
 */
export const FLAT_ASSERTION_FLOOR = 0.55;

const pct = (x: number) => `${Math.round(x * 100)} %`;

type Options = StrengthWeights & { margin: number; flatFloor: number };

const weight = (description: string) => ({ type: 'number', minimum: 0, maximum: 1, description });

export const overconfidentConclusion: Rule<Options> = {
  meta: {
    id: 'overconfident-conclusion',
    severity: 'warning',
    description: 'a claim or conclusion stated more confidently than its chain of support bears out',
    docs: 'Baconian weighting (Cohen; Schum; Tecuci\'s Cogent): linked premises combine by minimum, convergent lines by maximum, evidence counts by its credibility (high 0.9, medium 0.7, low 0.5, ungraded 0.7; options credibility and ungraded), undercuts and qualifying hedges lower a step (×0.7 and ×0.85; options undercut and qualifier; see src/analysis/support-strength.ts for every number and why). Stated strength is the midpoint of the node\'s likelihood band; a flat assertion counts as certain; words with no band ("may") are not compared. A conclusion (a recommendation) is compared only when it carries likelihood words: "we should" claims no probability. Flagged when stated exceeds supported by more than 0.2 (option margin), about one band of the PHIA yardstick; a flat assertion only when its support falls below 0.55 (option flatFloor), the bottom of "likely" (above that its fault is the missing hedge, which unhedged-judgement reports). A node with no estimative words of its own that a hedge node with such words qualifies is not a flat assertion (it speaks in the hedge\'s words, as unhedged-judgement reads it), and hedge phrases recorded with a note but no band are a deliberate "no band fits": neither is compared. Nor is a node with a `stance` (reported, supposed or spelled out, not the author\'s own judgement).',
    messages: {
      overconfident: '{{Kind}} {{node}} is stated as {{statedAs}} (about {{stated}}) but its support bears out only about {{supported}}{{weakest}}.',
    },
    schema: optionsSchema({
      margin: { type: 'number', minimum: 0, maximum: 1, description: 'how far stated strength may exceed supported strength (0–1) before it is flagged' },
      flatFloor: { type: 'number', minimum: 0, maximum: 1, description: 'a flat assertion is flagged only when its support falls below this (0–1)' },
      credibility: {
        type: 'object',
        properties: { high: weight('high'), medium: weight('medium'), low: weight('low') },
        required: ['high', 'medium', 'low'],
        additionalProperties: false,
        description: 'the strength of evidence, sources and premises by credibility grade',
      },
      ungraded: weight('the strength of evidence, a source or a premise with no credibility grade'),
      unbacked: weight('the strength of any other node that nothing supports'),
      undercut: weight('what each undercut multiplies an inference by'),
      qualifier: weight('what each qualifying hedge multiplies a node by'),
    }),
    defaults: { margin: OVERCONFIDENCE_MARGIN, flatFloor: FLAT_ASSERTION_FLOOR, ...DEFAULT_WEIGHTS },
  },
  check(ctx, options) {
    // The options object lasts the run, so the strengths computed with its weights are shared too.
    const st = ctx.strength(options);
    const s = ctx.support;
    const out: Report[] = [];
    const governed = governingHedges(ctx);
    ctx.map.nodes.forEach((n, v) => {
      // What the author reports, supposes or spells out (NodeBase.stance) states no confidence of their own.
      if ((n.kind !== 'claim' && n.kind !== 'conclusion') || n.stance !== undefined) return;
      const stated = st.stated[v]!;
      const supported = st.supported[v]!;
      if (Number.isNaN(stated) || Number.isNaN(supported) || s.supportStart[v + 1] === s.supportStart[v]) return;
      // A policy conclusion is a recommendation: stated flatly it makes no likelihood claim to compare.
      if (n.kind === 'conclusion' && !(n.hedge?.band || ctx.phrases(n, v).length > 0)) return;
      const flat = !n.hedge?.band && ctx.phrases(n, v).length === 0 && !(n.hedge && n.hedge.phrases.length > 0);
      // A flat node a hedge node qualifies ("no more than preliminary reflections" over the paragraphs after it)
      // speaks in that hedge's words, as unhedged-judgement reads it: not a flat assertion of certainty.
      if (flat && governed.has(n.id)) return;
      if (flat ? supported >= options.flatFloor : stated - supported <= options.margin) return;
      const weakest = weakestLink(ctx, st, v);
      out.push({
        messageId: 'overconfident',
        data: {
          Kind: n.kind === 'claim' ? 'Claim' : 'Conclusion',
          node: ctx.nodeLabel(v),
          statedAs: statedAs(n),
          stated: pct(stated),
          supported: pct(supported),
          weakest: weakest ? `; its weakest link is ${ctx.label(weakest)}` : '',
        },
        nodes: weakest ? [n.id, weakest] : [n.id],
        at: ['nodes', v],
      });
    });
    return out;
  },
};

function statedAs(n: Node): string {
  if (n.hedge?.band) return `"${n.hedge.band.term}"`;
  const words = n.hedge?.phrases ?? [];
  return words.length > 0 ? `"${words.join('", "')}"` : 'a flat assertion';
}

/** The weakest premise of the node's strongest inference: where its support gives out. */
function weakestLink(ctx: RuleContext, st: Strengths, v: number): string | undefined {
  const s = ctx.support;
  let best = -1;
  for (let a = s.supportStart[v]!; a < s.supportStart[v + 1]!; a++) {
    const inf = s.nodeCount + s.supportedBy[a]!;
    if (best < 0 || st.supported[inf]! > st.supported[best]!) best = inf;
  }
  if (best < 0) return undefined;
  const k = best - s.nodeCount;
  let weakest = -1;
  for (let a = s.premiseStart[k]!; a < s.premiseStart[k + 1]!; a++) {
    const p = s.premise[a]!;
    if (weakest < 0 || passes(st, p) < passes(st, weakest)) weakest = p;
  }
  return weakest < 0 ? undefined : s.ids[weakest];
}
