import type { Node } from '../model/types.js';
import { NODE_KINDS } from '../model/kinds.js';
import { optionsSchema, type Rule } from './rule.js';
import { forEachSupported } from '../graph/support-index.js';

export const unsupportedConclusion: Rule<{ ground: Node['kind'][] }> = {
  meta: {
    id: 'unsupported-conclusion',
    severity: 'warning',
    description: 'a claim or conclusion with no chain of inferences down to evidence, premises or sources',
    docs: "A judgement needs reasons (ICD 203 standard 4, distinguish intelligence from assumptions and judgements). A node is grounded when it is evidence, a premise or a source, when it cites a source, when one of its inferences has a grounded premise, when a grounded node predicts it, or when it restates a grounded node (either way). A node with a `stance` (`reports`: what a doctrine or person holds; `supposes`: a conditional put forward as an if; `elaborates`: the items of a lead-in it spells out) is not the author's own claim and needs no support of its own.",
    messages: {
      nothing: '{{Kind}} {{node}} stands unsupported: nothing supports it.',
      notGrounded: '{{Kind}} {{node}} stands unsupported: its support never reaches evidence, a premise or a source.',
    },
    schema: optionsSchema({ ground: { type: 'array', items: { enum: NODE_KINDS }, uniqueItems: true, description: 'the node kinds a chain of support may end in' } }),
    defaults: { ground: ['evidence', 'premise', 'source'] },
  },
  check(ctx, options) {
    const s = ctx.support;
    // Links other than support that pass grounding on: source → citing node, predictor → prediction, restatements both ways.
    const extra = new Map<number, number[]>();
    const link = (from: string, to: string) => {
      const a = s.vertex.get(from)!;
      const b = s.vertex.get(to)!;
      const list = extra.get(a);
      if (list) list.push(b);
      else extra.set(a, [b]);
    };
    for (const r of ctx.map.relations ?? []) {
      if (r.type === 'cites') link(r.to, r.from);
      else if (r.type === 'predicts') link(r.from, r.to);
      else if (r.type === 'restates') {
        link(r.from, r.to);
        link(r.to, r.from);
      }
    }
    // Breadth-first from every grounded leaf; one pass over the graph.
    const grounded = new Uint8Array(s.ids.length);
    const queue: number[] = [];
    const reach = (v: number) => {
      if (!grounded[v]) {
        grounded[v] = 1;
        queue.push(v);
      }
    };
    ctx.map.nodes.forEach((n, v) => options.ground.includes(n.kind) && reach(v));
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      forEachSupported(s, v, reach);
      for (const w of extra.get(v) ?? []) reach(w);
    }
    const out = [];
    for (const [v, n] of ctx.map.nodes.entries()) {
      // A reported doctrine, a supposition or an elaboration is not the author's claim to argue (NodeBase.stance).
      if ((n.kind !== 'claim' && n.kind !== 'conclusion') || n.stance !== undefined || grounded[v]) continue;
      const messageId = s.supportStart[v] === s.supportStart[v + 1] ? 'nothing' : 'notGrounded';
      // Labelled and placed by number: looking the id up again per finding cost more than the search.
      out.push({ messageId, data: { Kind: n.kind === 'claim' ? 'Claim' : 'Conclusion', node: ctx.nodeLabel(v) }, nodes: [n.id], at: ['nodes', v] });
    }
    return out;
  },
};
