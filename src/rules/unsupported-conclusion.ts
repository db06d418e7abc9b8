import type { Rule } from './rule.js';

const GROUND_KINDS = new Set(['evidence', 'premise', 'source']);

export const unsupportedConclusion: Rule = {
  id: 'unsupported-conclusion',
  severity: 'warning',
  description: 'a claim or conclusion with no chain of inferences down to evidence, premises or sources',
  docs: 'A judgement needs reasons (ICD 203 standard 4, distinguish intelligence from assumptions and judgements). A node is grounded when it is evidence, a premise or a source, when it cites a source, when one of its inferences has a grounded premise, when a grounded node predicts it, or when it restates a grounded node.',
  check(ctx) {
    const g = ctx.graph;
    // Breadth-first from every grounded leaf along support, citation and restatement; one pass over the graph.
    const grounded = new Set<string>();
    const queue: string[] = [];
    const reach = (key: string) => {
      if (!grounded.has(key)) {
        grounded.add(key);
        queue.push(key);
      }
    };
    for (const n of ctx.map.nodes) if (GROUND_KINDS.has(n.kind)) reach(n.id);
    for (let head = 0; head < queue.length; head++) {
      const key = queue[head]!;
      g.forEachOutEdge(key, (_e, link, _s, target) => {
        if (link.type === 'premise' || link.type === 'conclusion' || link.type === 'restates' || link.type === 'predicts') reach(target);
      });
      g.forEachInEdge(key, (_e, link, source) => {
        if (link.type === 'cites' || link.type === 'restates') reach(source);
      });
    }
    return ctx.map.nodes
      .filter((n) => (n.kind === 'claim' || n.kind === 'conclusion') && !grounded.has(n.id))
      .map((n) => {
        const why = g.inDegree(n.id) === 0 || !g.someInEdge(n.id, (_e, l) => l.type === 'conclusion') ? 'nothing supports it' : 'its support never reaches evidence, a premise or a source';
        return { message: `${n.kind === 'claim' ? 'Claim' : 'Conclusion'} ${ctx.label(n.id)} stands unsupported: ${why}.`, nodes: [n.id] };
      });
  },
};
