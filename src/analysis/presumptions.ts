/**
 * Presumptions a map tags `key-assumption` that no conclusion's support reaches. A Key Assumptions Check
 * (Heuer and Pherson, ch. 8) examines every assumption an assessment rests on, and many hold up an
 * explanation rather than a recommendation: the premise under "the internal situation could in itself
 * explain the new caution", or under a hypothesis an ACH matrix weighs. Listed only under conclusions,
 * such a presumption would never be examined at all.
 */
import type { ArgumentMap, Node } from '../model/types.js';
import { forEachSupported, reachFrom, supportIndex } from '../graph/support-index.js';
import { restatements, restatementsMerged } from '../graph/restatements.js';
import { KEY_ASSUMPTION_TAG, setsRating, statusOf, type ConclusionAssumptions } from './key-assumptions.js';
import { threatIndex, type Underminer } from './underminers.js';

export interface StrayPresumption {
  id: string;
  text: string;
  kind: Node['kind'];
  /** Stated in the text, or implicit: added by the analyst. */
  status: 'stated' | 'implicit';
  /** The other members of its restatement class. */
  restatedAs: string[];
  /** What it holds up: the judgements its support reaches that nothing in the map builds on further, in file order. */
  holdsUp: string[];
  /** Hypotheses of the map's sets its support reaches, at any depth, each with the sets that weigh it. */
  hypotheses: { hypothesis: string; sets: string[] }[];
  /** What would undermine it: attackers of it or its restatements, undercuts of the inferences that use it. */
  underminedBy: Underminer[];
  /** Hypothesis sets that rate it as a row. */
  rowIn: string[];
}

/** Tagged presumptions that no entry of `report` names, as key assumption or tagged presumption, in file order. */
export function strayPresumptions(map: ArgumentMap, report: readonly ConclusionAssumptions[]): StrayPresumption[] {
  const r = restatements(map);
  const placed = new Set<string>();
  for (const c of report) for (const id of [...c.assumptions.map((a) => a.id), ...c.taggedPresumptions]) for (const m of r.members(id)) placed.add(m);
  const stray = map.nodes.filter((n) => n.tags?.includes(KEY_ASSUMPTION_TAG) && !placed.has(n.id));
  if (stray.length === 0) return [];
  const s = supportIndex(restatementsMerged(map));
  const threats = threatIndex(map);
  const setsOf = new Map<string, string[]>();
  for (const set of map.hypothesisSets ?? []) for (const h of set.hypotheses) setsOf.set(h, [...(setsOf.get(h) ?? []), set.id]);
  const rowIn = setsRating(map);
  const seenClass = new Set<string>();
  const out: StrayPresumption[] = [];
  for (const n of stray) {
    // One claim said twice is examined once, under the first of its tagged members.
    const rep = r.representative(n.id);
    if (seenClass.has(rep)) continue;
    seenClass.add(rep);
    const reached = reachFrom(s, s.vertex.get(rep)!, forEachSupported)
      .filter((w) => w < s.nodeCount)
      .sort((a, b) => a - b);
    const holdsUp: string[] = [];
    const hypotheses: StrayPresumption['hypotheses'] = [];
    for (const w of reached) {
      const id = s.ids[w]!;
      const members = r.members(id);
      const sets = [...new Set(members.flatMap((m) => setsOf.get(m) ?? []))];
      if (sets.length > 0) hypotheses.push({ hypothesis: id, sets });
      let further = false;
      forEachSupported(s, w, () => void (further = true));
      if (!further) holdsUp.push(id);
    }
    out.push({
      id: n.id,
      text: n.text,
      kind: n.kind,
      status: statusOf(map, n.id),
      restatedAs: r.members(n.id).filter((m) => m !== n.id),
      holdsUp,
      hypotheses,
      underminedBy: threats.of(n.id, []),
      rowIn: rowIn(n.id),
    });
  }
  return out;
}
