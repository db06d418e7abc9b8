import type { ArgumentMap } from '../model/types.js';
import { restatements } from '../graph/restatements.js';

/** Something in the map that would undermine an assumption, named with the relation and its target so a reader can find it. */
export interface Underminer {
  node: string;
  how: 'attacks' | 'contradicts' | 'undercuts';
  /** The node or inference it is drawn to. */
  target: string;
  /**
   * Where the target stands: the assumption itself, a restatement of it, an inference concluding it (or a
   * restatement of it: the step that supports it, when it has support, as a tagged presumption may), an
   * inference using it (or a restatement of it) as a premise, or an inference on a line of support from it
   * to the conclusion.
   */
  on: 'itself' | 'restatement' | 'support' | 'use' | 'line';
}

export interface ThreatIndex {
  /** Attackers and contradictors of each node (contradiction counts from both ends). */
  attackers: Map<string, { node: string; how: 'attacks' | 'contradicts' }[]>;
  /** Nodes undercutting each inference. */
  undercutters: Map<string, string[]>;
  /** Inferences into each node. */
  into: Map<string, string[]>;
  /** Everything that would undermine assumption `id`, given the inferences on its lines to one conclusion: see `Underminer.on`. */
  of(id: string, line: readonly string[]): Underminer[];
}

const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

/** The map's attacks, contradictions and undercuts, indexed once for every conclusion of a Key Assumptions Check. */
export function threatIndex(map: ArgumentMap): ThreatIndex {
  const r = restatements(map);
  const attackers: ThreatIndex['attackers'] = new Map();
  const undercutters: ThreatIndex['undercutters'] = new Map();
  for (const x of map.relations ?? []) {
    if (x.type === 'attacks' || x.type === 'contradicts') push(attackers, x.to, { node: x.from, how: x.type });
    if (x.type === 'contradicts') push(attackers, x.from, { node: x.to, how: 'contradicts' });
    if (x.type === 'undercuts') push(undercutters, x.to, x.from);
  }
  const into = new Map<string, string[]>();
  const uses = new Map<string, string[]>();
  for (const i of map.inferences ?? []) {
    push(into, i.conclusion, i.id);
    for (const p of new Set(i.premises)) push(uses, p, i.id);
  }
  const of = (id: string, line: readonly string[]): Underminer[] => {
    const out: Underminer[] = [];
    const using: string[] = [];
    const concluding: string[] = [];
    for (const member of r.members(id)) {
      for (const a of attackers.get(member) ?? []) out.push({ ...a, target: member, on: member === id ? 'itself' : 'restatement' });
      for (const i of uses.get(member) ?? []) if (!using.includes(i)) using.push(i);
      for (const i of into.get(member) ?? []) if (!concluding.includes(i)) concluding.push(i);
    }
    // A presumption with support of its own falls with that support: an undercut of the step that concludes it
    // undermines it as surely as an attack on it (an attack on that step's conclusion is an attack on it, listed above).
    for (const i of concluding) for (const node of undercutters.get(i) ?? []) out.push({ node, how: 'undercuts', target: i, on: 'support' });
    for (const i of using) for (const node of undercutters.get(i) ?? []) out.push({ node, how: 'undercuts', target: i, on: 'use' });
    for (const i of line) if (!using.includes(i)) for (const node of undercutters.get(i) ?? []) out.push({ node, how: 'undercuts', target: i, on: 'line' });
    return out;
  };
  return { attackers, undercutters, into, of };
}
