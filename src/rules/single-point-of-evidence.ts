import type { Level } from '../model/types.js';
import { LEVELS } from '../model/kinds.js';
import { optionsSchema, type Rule, type Report } from './rule.js';

const NONE = -1;

export const singlePointOfEvidence: Rule<{ exempt: Level[] }> = {
  meta: {
    id: 'single-point-of-evidence',
    severity: 'warning',
    description: 'a claim or conclusion whose whole support rests on one item of evidence',
    docs: 'A judgement resting on a single report is only as good as that report (ICD 203 standard 1, source quality; Heuer ch. 10 on over-reliance on single sources). A sole item graded high credibility (a matter of record; option exempt lists the grades) is not reported. Counted through the support graph in topological order, each vertex keeping at most two distinct evidence items, so the check is linear.',
    messages: {
      single: '{{Kind}} {{node}} rests on a single item of evidence, {{evidence}}; if that report is wrong, nothing else holds it up.',
    },
    schema: optionsSchema({
      exempt: {
        type: 'array',
        items: { enum: LEVELS },
        uniqueItems: true,
        description: 'credibility grades at which a sole item of evidence is a matter of record, not a fragile single source',
      },
    }),
    defaults: { exempt: ['high'] },
  },
  check(ctx, options) {
    const { index: s, order } = ctx.supportOrder();
    // Up to two distinct evidence vertices per vertex: enough to tell "one" from "more than one".
    const first = new Int32Array(s.ids.length).fill(NONE);
    const second = new Int32Array(s.ids.length).fill(NONE);
    const take = (v: number, e: number) => {
      if (e === NONE || first[v] === e || second[v] !== NONE) return;
      if (first[v] === NONE) first[v] = e;
      else second[v] = e;
    };
    const out: Report[] = [];
    for (const v of order) {
      if (v >= s.nodeCount) {
        const k = v - s.nodeCount;
        for (let a = s.premiseStart[k]!; a < s.premiseStart[k + 1]!; a++) {
          take(v, first[s.premise[a]!]!);
          take(v, second[s.premise[a]!]!);
        }
        continue;
      }
      const node = ctx.map.nodes[v]!;
      if (node.kind === 'evidence') take(v, v);
      const supports = s.supportStart[v + 1]! - s.supportStart[v]!;
      for (let a = s.supportStart[v]!; a < s.supportStart[v + 1]!; a++) {
        const inf = s.nodeCount + s.supportedBy[a]!;
        take(v, first[inf]!);
        take(v, second[inf]!);
      }
      if (supports === 0 || (node.kind !== 'claim' && node.kind !== 'conclusion') || first[v] === NONE || second[v] !== NONE) continue;
      const evidence = s.ids[first[v]!]!;
      // A matter of record graded high credibility (a death, a treaty's date) is not a fragile single source.
      const grade = ctx.map.nodes[first[v]!]!.credibility;
      if (grade && options.exempt.includes(grade)) continue;
      out.push({
        messageId: 'single',
        data: { Kind: node.kind === 'claim' ? 'Claim' : 'Conclusion', node: ctx.label(node.id), evidence: ctx.label(evidence) },
        nodes: [node.id, evidence],
      });
    }
    return out;
  },
};
