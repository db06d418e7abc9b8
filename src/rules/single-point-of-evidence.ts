import type { Rule } from './rule.js';

export const singlePointOfEvidence: Rule = {
  id: 'single-point-of-evidence',
  severity: 'warning',
  description: 'a claim or conclusion whose whole support rests on one item of evidence',
  docs: 'A judgement resting on a single report is only as good as that report (ICD 203 standard 1, source quality; Heuer ch. 10 on over-reliance on single sources). Counted through the support graph in topological order, each vertex keeping at most two distinct evidence items, so the check is linear.',
  check(ctx) {
    const { order } = ctx.supportOrder();
    // Up to two distinct evidence ids per vertex: enough to tell "one" from "more than one".
    const found = new Map<string, string[]>();
    const out = [];
    for (const key of order) {
      const v = ctx.graph.getNodeAttributes(key);
      let ids: string[] = [];
      const merge = (other: string[] | undefined) => {
        if (!other) return;
        for (const id of other) if (ids.length < 2 && !ids.includes(id)) ids.push(id);
      };
      if (v.type === 'node' && v.node.kind === 'evidence') ids.push(key);
      ctx.graph.forEachInEdge(key, (_e, link, source) => {
        if ((link.type === 'premise' || link.type === 'conclusion') && ids.length < 2) merge(found.get(source));
      });
      found.set(key, ids);
      if (v.type !== 'node' || (v.node.kind !== 'claim' && v.node.kind !== 'conclusion') || ids.length !== 1) continue;
      const hasSupport = ctx.graph.someInEdge(key, (_e, link) => link.type === 'conclusion');
      if (!hasSupport) continue;
      out.push({
        message: `${v.node.kind === 'claim' ? 'Claim' : 'Conclusion'} ${ctx.label(key)} rests on a single item of evidence, ${ctx.label(ids[0]!)}; if that report is wrong, nothing else holds it up.`,
        nodes: [key, ids[0]!],
      });
    }
    return out;
  },
};
