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
  for (const pa of pas) {
    const [preferred, dispreferred] = [ins(pa.id), outs(pa.id)];
    if (preferred.length !== 1 || dispreferred.length !== 1) continue;
    const target = argmapId(preferred[0]!.from.id);
    const attacker = argmapId(dispreferred[0]!.to.id);
    const hits = relations.filter((r) => defeatable(r) && r.from === attacker && r.to === target);
    if (target === undefined || attacker === undefined || hits.length === 0) continue;
    for (const r of hits) r.outweighed = true;
    read.add(pa.id);
  }
  return read;
}

/** The PA-node `toAif` writes for an outweighed attack: the target preferred over the attacker. */
export const PREFERENCE_TEXT = 'Default Preference';
