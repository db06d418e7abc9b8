import type { ArgumentMap } from '../model/types.js';
import { plural } from '../model/plural.js';

/**
 * AIFdb's merge of I-nodes with one text: every later twin is replaced by the first, in inferences,
 * relations and hypothesis sets; steps and relations that become duplicates or self-loops are dropped.
 */
export function mergeIdentical(map: ArgumentMap): string[] {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const first = new Map<string, string>();
  const into = new Map<string, string>();
  for (const n of map.nodes) {
    const key = fold(n.text);
    const kept = first.get(key);
    if (kept === undefined) first.set(key, n.id);
    else into.set(n.id, kept);
  }
  if (into.size === 0) return [];
  const to = (id: string) => into.get(id) ?? id;
  map.nodes = map.nodes.filter((n) => !into.has(n.id));
  for (const inf of map.inferences ?? []) {
    inf.premises = [...new Set(inf.premises.map(to))];
    inf.conclusion = to(inf.conclusion);
  }
  if (map.relations) {
    const seen = new Set<string>();
    map.relations = map.relations
      .map((r) => ({ ...r, from: to(r.from), to: to(r.to) }))
      .filter((r) => {
        const key = `${r.type}\u0000${r.from}\u0000${r.to}`;
        if (r.from === r.to || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }
  for (const set of map.hypothesisSets ?? []) {
    set.hypotheses = [...new Set(set.hypotheses.map(to))];
    if (set.evidence) set.evidence = [...new Set(set.evidence.map(to))];
    for (const a of set.assessments ?? []) a.evidence = to(a.evidence);
    for (const r of set.ratings ?? []) {
      r.evidence = to(r.evidence);
      r.hypothesis = to(r.hypothesis);
    }
  }
  return [`merged ${plural(into.size, 'I-node')} into an earlier node with the same text (--merge-identical)`];
}
