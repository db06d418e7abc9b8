/**
 * Kinds for I-nodes from a foreign AIF file, which says nothing of kinds. An AIF analysis records what
 * each proposition does in the argument, and that is what argmap's kinds ask about:
 * - a "Hypothesising" illocution (YA) makes a hypothesis;
 * - a node that some RA-node concludes is a claim: a judgement with reasons;
 * - a node only ever offered as a reason (a premise or an attacker) and never itself argued for
 *   is a premise: the speaker gives it as common ground. `evidence` would say it reports an observation,
 *   which a dialogue rarely marks;
 * - a node that takes part in no inference or conflict is a claim: asserted, with no reason given.
 */
import type { Inference, NodeKind, Relation } from '../model/types.js';

export function kindFromIllocution(forces: readonly string[]): NodeKind | undefined {
  return forces.some((f) => f.toLowerCase().startsWith('hypothesi')) ? 'hypothesis' : undefined;
}

export function kindsFromStructure(inferences: readonly Inference[], relations: readonly Relation[]): (id: string) => NodeKind {
  const concluded = new Set(inferences.map((i) => i.conclusion));
  const reasons = new Set<string>(inferences.flatMap((i) => i.premises));
  for (const r of relations) if (r.type === 'attacks' || r.type === 'undercuts') reasons.add(r.from);
  return (id) => (concluded.has(id) || !reasons.has(id) ? 'claim' : 'premise');
}
