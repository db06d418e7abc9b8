import type { Report, Rule } from './rule.js';

export const orphanNode: Rule = {
  meta: {
    id: 'orphan-node',
    severity: 'warning',
    description: 'a node joined to nothing: no inference, no relation, no hypothesis set',
    docs: 'A node that neither supports, is supported by, nor relates to anything plays no part in the argument; either a link is missing or the node is not needed.',
    messages: {
      orphan: '{{node}} is not connected to any other part of the map, so it plays no part in the argument.',
    },
    defaults: {},
  },
  check(ctx) {
    const joined = new Set<string>();
    for (const set of ctx.map.hypothesisSets ?? []) {
      for (const id of set.hypotheses) joined.add(id);
      for (const id of set.evidence ?? []) joined.add(id);
    }
    for (const r of ctx.map.relations ?? []) {
      joined.add(r.from);
      joined.add(r.to);
    }
    const s = ctx.support;
    const out: Report[] = [];
    // Labelled and placed by number: a quarter of a million orphans each looked up by id again cost a second.
    ctx.map.nodes.forEach((n, v) => {
      if (s.supportStart[v] === s.supportStart[v + 1] && s.useStart[v] === s.useStart[v + 1] && !joined.has(n.id))
        out.push({ messageId: 'orphan', data: { node: ctx.nodeLabel(v) }, nodes: [n.id], at: ['nodes', v] });
    });
    return out;
  },
};
