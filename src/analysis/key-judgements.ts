/**
 * Which judgements a Key Assumptions Check examines beside the conclusions. The model has no marker for a
 * key judgement (tags are free), so the check picks them by structure: the analytic bottom lines, not the
 * steps towards them. A step's assumptions already show under whatever builds on it; a bottom line's show
 * nowhere unless it gets an entry of its own, and in an estimate the bottom lines are what a reader acts on.
 */
import type { ArgumentMap, Node } from '../model/types.js';
import { supportIndex } from '../graph/support-index.js';
import { restatements, restatementsMerged } from '../graph/restatements.js';

/**
 * The author's own judgements: claims (analytic judgements) and predictions (expected developments).
 * Hypotheses are alternatives an ACH matrix weighs, premises and hedges are reasons and caveats, and a
 * node that reports, supposes or elaborates is not put forward as the author's judgement.
 */
const isJudgement = (n: Node): boolean => (n.kind === 'claim' || n.kind === 'prediction') && n.stance === undefined;

/**
 * The key judgements of a map, one id per restatement class (its representative), in file order: claims
 * and predictions the author puts forward, with support of their own, that no inference uses except to
 * conclude a policy conclusion (which has its entry already). A judgement some other node builds on is a
 * step of that node's reasoning, and its assumptions show under the node that builds on it.
 */
export function keyJudgements(map: ArgumentMap): string[] {
  const r = restatements(map);
  const s = supportIndex(restatementsMerged(map));
  const nodeOf = (id: string) => map.nodes[s.vertex.get(id)!]!;
  const isConclusion = (id: string) => restatesAConclusion(map, id);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const n of map.nodes) {
    const rep = r.representative(n.id);
    if (seen.has(rep)) continue;
    seen.add(rep);
    const v = s.vertex.get(rep)!;
    if (isConclusion(rep) || !r.members(rep).some((m) => isJudgement(nodeOf(m)))) continue;
    if (s.supportStart[v + 1]! === s.supportStart[v]!) continue;
    let builtOn = false;
    for (let a = s.useStart[v]!; a < s.useStart[v + 1]!; a++) if (!isConclusion(s.ids[s.conclusion[s.usedBy[a]!]!]!)) builtOn = true;
    if (!builtOn) out.push(rep);
  }
  return out;
}

/** Whether node `id` is a policy conclusion or restates one: such a node has its entry as a conclusion. */
export function restatesAConclusion(map: ArgumentMap, id: string): boolean {
  const s = supportIndex(restatementsMerged(map));
  return restatements(map)
    .members(id)
    .some((m) => map.nodes[s.vertex.get(m)!]!.kind === 'conclusion');
}

/** Whether node `id`, or a restatement of it, has support of its own: a Key Assumptions Check has something to examine. */
export function hasSupport(map: ArgumentMap, id: string): boolean {
  const s = supportIndex(restatementsMerged(map));
  const v = s.vertex.get(restatements(map).representative(id))!;
  return s.supportStart[v + 1]! > s.supportStart[v]!;
}
