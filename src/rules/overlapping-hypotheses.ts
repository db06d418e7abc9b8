import type { ArgumentMap, HypothesisSet } from '../model/types.js';
import type { Rule, Report } from './rule.js';

/** Premise → conclusions, over all inferences: the support edges between nodes. */
function supportEdges(map: ArgumentMap): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const inf of map.inferences ?? []) {
    for (const p of inf.premises) {
      const list = out.get(p);
      if (list) list.push(inf.conclusion);
      else out.set(p, [inf.conclusion]);
    }
  }
  return out;
}

/** Whether `from` supports `to` through a chain of inferences (any length). */
function supportsThrough(edges: ReadonlyMap<string, readonly string[]>, from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    for (const next of edges.get(queue.pop()!) ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

/** How `a` overlaps `b` in one set, or undefined when they are distinct. */
function overlap(
  ctx: Parameters<Rule['check']>[0],
  edges: ReadonlyMap<string, readonly string[]>,
  a: string,
  b: string,
): { messageId: string; from: string; to: string } | undefined {
  const restates = (ctx.map.relations ?? []).some((r) => r.type === 'restates' && ((r.from === a && r.to === b) || (r.from === b && r.to === a)));
  if (restates) return { messageId: 'restates', from: a, to: b };
  if (supportsThrough(edges, a, b)) return { messageId: 'supports', from: a, to: b };
  if (supportsThrough(edges, b, a)) return { messageId: 'supports', from: b, to: a };
  const qa = ctx.node(a)?.source;
  const qb = ctx.node(b)?.source;
  if (qa?.quote && qb?.quote && qa.document === qb.document && qa.quote.trim() === qb.quote.trim()) return { messageId: 'sameQuote', from: a, to: b };
  return undefined;
}

export const overlappingHypotheses: Rule = {
  meta: {
    id: 'overlapping-hypotheses',
    severity: 'warning',
    description: 'two hypotheses of one set that are not rivals: one supports, restates or quotes the same words as the other',
    docs: 'ACH needs hypotheses that are mutually exclusive (Heuer, Psychology of Intelligence Analysis, ch. 8, step 1): evidence against one must not be evidence for another, and a case of one hypothesis scores with it, not against it. Two hypotheses overlap when a chain of inferences leads from one to the other (one is a case or a ground of the other), when a `restates` relation joins them, or when both quote the same words of one document. Merge them, or recast the set as rival primary drivers.',
    messages: {
      supports:
        "In hypothesis set {{set}}, {{from}} supports {{to}} through the map's inferences: one is a case or a ground of the other, not a rival; merge them or recast the set as mutually exclusive explanations.",
      restates: 'In hypothesis set {{set}}, {{from}} and {{to}} are joined by a restates relation: the same explanation counted twice; merge them.',
      sameQuote: 'In hypothesis set {{set}}, {{from}} and {{to}} quote the same words of the text: one explanation counted twice; merge them or quote what tells them apart.',
    },
    defaults: {},
  },
  check(ctx) {
    // Overlap needs two hypotheses in one set; without, the edge list of a million-node map is not worth making.
    if (!(ctx.map.hypothesisSets ?? []).some((set) => set.hypotheses.length > 1)) return [];
    const edges = supportEdges(ctx.map);
    const out: Report[] = [];
    (ctx.map.hypothesisSets ?? []).forEach((set: HypothesisSet, i) => {
      const hs = [...new Set(set.hypotheses)];
      for (let x = 0; x < hs.length; x++) {
        for (let y = x + 1; y < hs.length; y++) {
          const found = overlap(ctx, edges, hs[x]!, hs[y]!);
          if (!found) continue;
          out.push({
            messageId: found.messageId,
            data: { set: set.id, from: ctx.label(found.from), to: ctx.label(found.to) },
            nodes: [found.from, found.to],
            at: ['hypothesisSets', i, 'hypotheses', set.hypotheses.indexOf(hs[y]!)],
          });
        }
      }
    });
    return out;
  },
};
