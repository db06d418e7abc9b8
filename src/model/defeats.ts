import type { Relation } from './types.js';

/** An attack or undercut: the relations `outweighed` may mark. */
export function defeatable(r: Pick<Relation, 'type'>): boolean {
  return r.type === 'attacks' || r.type === 'undercuts';
}

/**
 * Whether a relation counts as an attack in Dung's sense: `attacks`, `undercuts` and `contradicts`, except
 * an attack the author concedes and holds outweighed (`outweighed: true`), which is drawn but defeats nothing.
 */
export function defeats(r: Relation): boolean {
  return r.type === 'contradicts' || (defeatable(r) && r.outweighed !== true);
}

/** Each attack in Dung's sense the relations make, as (attacker, attacked); `contradicts` gives one each way. */
export function forEachDefeat(relations: readonly Relation[], f: (from: string, to: string) => void): void {
  for (const r of relations) {
    if (!defeats(r)) continue;
    f(r.from, r.to);
    if (r.type === 'contradicts') f(r.to, r.from);
  }
}
