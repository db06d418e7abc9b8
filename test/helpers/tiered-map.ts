import type { ArgumentMap } from '../../src/model/types.js';

/**
 * A machine-made map shaped like written reasoning, seeded: evidence at the bottom, claims resting on
 * evidence and on earlier claims, conclusions resting on claims. Each claim or conclusion has one or two
 * inferences; about a quarter of them link two or three premises (drawn as junctions), the rest one. A few
 * claims attack others, and `undercuts` of the inferences are undercut by a claim.
 */
export function tieredMap(n: number, seed: number, undercuts = 0): ArgumentMap {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const evidence = Array.from({ length: Math.round(n * 0.5) }, (_, i) => `e${i}`);
  const claims = Array.from({ length: Math.round(n * 0.35) }, (_, i) => `c${i}`);
  const conclusions = Array.from({ length: n - evidence.length - claims.length }, (_, i) => `k${i}`);
  const text = (id: string) => `Statement ${id}: a sentence of about forty characters`;
  const inferences: NonNullable<ArgumentMap['inferences']> = [];
  const reasonFor = (conclusion: string, pool: readonly string[]) => {
    const steps = rand() < 0.3 ? 2 : 1;
    for (let k = 0; k < steps; k++) {
      const size = rand() < 0.25 ? 2 + Math.floor(rand() * 2) : 1;
      const premises = [...new Set(Array.from({ length: size }, () => pick(pool)))];
      inferences.push({ id: `i${inferences.length}`, premises, conclusion });
    }
  };
  claims.forEach((c, i) => reasonFor(c, [...evidence, ...claims.slice(0, i)]));
  for (const c of conclusions) reasonFor(c, claims);
  const relations: NonNullable<ArgumentMap['relations']> = [];
  for (let i = 0; i < n * 0.04; i++) {
    const [a, b] = [pick(claims), pick(claims)];
    if (a !== b) relations.push({ type: 'attacks', from: a, to: b });
  }
  for (let i = 0; i < undercuts; i++) relations.push({ type: 'undercuts', from: pick(claims), to: inferences[Math.floor((i * inferences.length) / undercuts)]!.id });
  return {
    title: `Tiered map of ${n} nodes (seed ${seed})`,
    nodes: [
      ...evidence.map((id) => ({ id, kind: 'evidence' as const, text: text(id) })),
      ...claims.map((id) => ({ id, kind: 'claim' as const, text: text(id) })),
      ...conclusions.map((id) => ({ id, kind: 'conclusion' as const, text: text(id) })),
    ],
    inferences,
    relations,
  };
}
