import type { Relation } from '../model/types.js';
import { defeatable } from '../model/defeats.js';

interface End {
  id: string;
  type: string;
}

/**
 * AIF weighs with PA-nodes (preference application), drawn from the preferred element to the PA and on to
 * the dispreferred one. A PA that prefers the target of an attack or undercut over its attacker says what
 * argmap's `outweighed` says: the attack is granted and fails on the weighing. Marks those relations and
 * returns the PA-nodes so read; any other preference (one inference over another, a PA with more ends)
 * has no place in the model and is left to the caller to report.
 */
export function readOutweighed(
  pas: readonly End[],
  ins: (id: string) => readonly { from: End }[],
  outs: (id: string) => readonly { to: End }[],
  argmapId: (aifId: string) => string | undefined,
  relations: Relation[],
): Set<string> {
  const read = new Set<string>();
  // One look-up per PA, not a scan of every relation: a corpus file may hold many of both.
  const byEnds = new Map<string, Relation[]>();
  for (const r of relations) {
    if (!defeatable(r)) continue;
    const key = `${r.from}\u0000${r.to}`;
    (byEnds.get(key) ?? byEnds.set(key, []).get(key)!).push(r);
  }
  for (const pa of pas) {
    const [preferred, dispreferred] = [ins(pa.id), outs(pa.id)];
    if (preferred.length !== 1 || dispreferred.length !== 1) continue;
    const target = argmapId(preferred[0]!.from.id);
    const attacker = argmapId(dispreferred[0]!.to.id);
    if (target === undefined || attacker === undefined) continue;
    const hits = byEnds.get(`${attacker}\u0000${target}`);
    if (!hits) continue;
    for (const r of hits) r.outweighed = true;
    read.add(pa.id);
  }
  return read;
}

/** The PA-node `toAif` writes for an outweighed attack: the target preferred over the attacker. */
export const PREFERENCE_TEXT = 'Default Preference';
