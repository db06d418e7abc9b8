/**
 * Compares the reasoning of two maps through their node matching: which inferences and relations of the
 * reference the student drew, and where the shape differs (linked premises drawn as convergent steps,
 * or the reverse).
 */
import type { Inference, Relation } from '../model/types.js';
import { round } from './compare-match.js';

export interface InferenceMatch {
  student: string;
  reference: string;
  /** `exact`: the same premises (through the node matching); `partial`: premises overlap. */
  status: 'exact' | 'partial';
  /** Jaccard similarity of the premise sets. */
  similarity: number;
  /** Reference premises the student's inference lacks (reference ids). */
  missingPremises: string[];
  /** Student premises the reference's inference lacks (student ids). */
  extraPremises: string[];
}

/**
 * `linked-as-convergent`: one reference inference with linked premises, drawn by the student as several
 * inferences each from part of them. `convergent-as-linked`: several reference inferences (each alone
 * supports the conclusion) drawn by the student as one inference that links their premises.
 */
export interface ShapeDifference {
  kind: 'linked-as-convergent' | 'convergent-as-linked';
  /** The conclusion (reference id). */
  conclusion: string;
  reference: string[];
  student: string[];
}

export interface RelationRef {
  type: Relation['type'];
  from: string;
  to: string;
}

export interface RelationTypeDifference {
  student: RelationRef;
  reference: RelationRef;
}

export interface StructureComparison {
  inferences: {
    matches: InferenceMatch[];
    shapes: ShapeDifference[];
    /** Reference inferences with no counterpart (ids, reference order). */
    missed: string[];
    /** Student inferences with no counterpart (ids, student order). */
    extra: string[];
    /** Found-credit: exact 1, partial or part of a shape difference 1/2 (see `compareMaps`). */
    recallCredit: number;
    precisionCredit: number;
  };
  relations: {
    matched: { student: RelationRef; reference: RelationRef }[];
    typeDiffers: RelationTypeDifference[];
    missed: RelationRef[];
    extra: RelationRef[];
  };
  /** Student inference id → reference inference id, for everything that has a counterpart. */
  inferenceMap: Map<string, string>;
}

interface Pair {
  s: number;
  r: number;
  sim: number;
  missing: string[];
  extra: string[];
}

function mappedPremises(inf: Inference, nodeMap: ReadonlyMap<string, string>): { mapped: Set<string>; unmatched: string[] } {
  const mapped = new Set<string>();
  const unmatched: string[] = [];
  for (const p of inf.premises) {
    const r = nodeMap.get(p);
    if (r === undefined) unmatched.push(p);
    else mapped.add(r);
  }
  return { mapped, unmatched };
}

function pairOf(s: Inference, si: number, r: Inference, ri: number, nodeMap: ReadonlyMap<string, string>): Pair | undefined {
  if (nodeMap.get(s.conclusion) !== r.conclusion) return undefined;
  const { mapped } = mappedPremises(s, nodeMap);
  const refSet = new Set(r.premises);
  const both = [...mapped].filter((p) => refSet.has(p)).length;
  if (both === 0) return undefined;
  const union = new Set([...s.premises.map((p) => nodeMap.get(p) ?? `student:${p}`), ...r.premises]).size;
  return {
    s: si,
    r: ri,
    sim: both / union,
    missing: r.premises.filter((p) => !mapped.has(p)),
    extra: s.premises.filter((p) => !refSet.has(nodeMap.get(p) ?? '')),
  };
}

/**
 * Groups the unpaired inferences of one side under the paired inference of the other side they overlap
 * (`free(p)`: p's one end is unpaired and the other may take more), each leftover under its best pair.
 * Keys are anchor indices in ascending order.
 */
function absorb(pairs: readonly Pair[], free: (p: Pair) => boolean, anchor: (p: Pair) => number, leftover: (p: Pair) => number): Map<number, number[]> {
  const taken = new Set<number>();
  const groups = new Map<number, number[]>();
  for (const p of pairs) {
    if (!free(p) || taken.has(leftover(p))) continue;
    taken.add(leftover(p));
    groups.set(anchor(p), [...(groups.get(anchor(p)) ?? []), leftover(p)]);
  }
  return new Map([...groups].sort((a, b) => a[0] - b[0]));
}

function compareInferences(student: readonly Inference[], reference: readonly Inference[], nodeMap: ReadonlyMap<string, string>) {
  const byConclusion = new Map<string, number[]>();
  reference.forEach((r, ri) => byConclusion.set(r.conclusion, [...(byConclusion.get(r.conclusion) ?? []), ri]));
  const pairs: Pair[] = [];
  student.forEach((s, si) => {
    const c = nodeMap.get(s.conclusion);
    for (const ri of c === undefined ? [] : (byConclusion.get(c) ?? [])) {
      const p = pairOf(s, si, reference[ri]!, ri, nodeMap);
      if (p) pairs.push(p);
    }
  });
  pairs.sort((a, b) => b.sim - a.sim || a.s - b.s || a.r - b.r);
  const sOf = new Map<number, Pair>();
  const rOf = new Map<number, Pair>();
  for (const p of pairs) {
    if (sOf.has(p.s) || rOf.has(p.r)) continue;
    sOf.set(p.s, p);
    rOf.set(p.r, p);
  }
  // Leftovers that overlap an already paired inference of the same conclusion are a difference of shape,
  // not a miss or an extra: the student found the reasons but grouped them differently.
  const splits = absorb(
    pairs,
    (p) => !sOf.has(p.s) && reference[p.r]!.premises.length > 1,
    (p) => p.r,
    (p) => p.s,
  );
  const merges = absorb(
    pairs,
    (p) => !rOf.has(p.r) && student[p.s]!.premises.length > 1,
    (p) => p.s,
    (p) => p.r,
  );
  const absorbedS = new Set([...splits.values()].flat());
  const absorbedR = new Set([...merges.values()].flat());
  const shapes: ShapeDifference[] = [];
  for (const [ri, extraS] of splits) {
    shapes.push({
      kind: 'linked-as-convergent',
      conclusion: reference[ri]!.conclusion,
      reference: [reference[ri]!.id],
      student: [rOf.get(ri)!.s, ...extraS].sort((a, b) => a - b).map((x) => student[x]!.id),
    });
  }
  for (const [si, extraR] of merges) {
    const first = sOf.get(si)!.r;
    shapes.push({
      kind: 'convergent-as-linked',
      conclusion: reference[first]!.conclusion,
      reference: [first, ...extraR].sort((a, b) => a - b).map((x) => reference[x]!.id),
      student: [student[si]!.id],
    });
  }
  const matches: InferenceMatch[] = [...sOf.values()]
    .sort((a, b) => a.s - b.s)
    .map((p) => ({
      student: student[p.s]!.id,
      reference: reference[p.r]!.id,
      status: p.missing.length === 0 && p.extra.length === 0 ? 'exact' : 'partial',
      similarity: round(p.sim),
      missingPremises: p.missing,
      extraPremises: p.extra,
    }));
  const credit = (p: Pair | undefined, absorbed: boolean): number => (p && p.missing.length === 0 && p.extra.length === 0 ? 1 : p || absorbed ? 0.5 : 0);
  const inferenceMap = new Map<string, string>();
  for (const p of sOf.values()) inferenceMap.set(student[p.s]!.id, reference[p.r]!.id);
  for (const [ri, extraS] of splits) for (const x of extraS) inferenceMap.set(student[x]!.id, reference[ri]!.id);
  return {
    matches,
    shapes,
    missed: reference.filter((_r, ri) => !rOf.has(ri) && !absorbedR.has(ri)).map((r) => r.id),
    extra: student.filter((_s, si) => !sOf.has(si) && !absorbedS.has(si)).map((s) => s.id),
    recallCredit: reference.reduce((n, _r, ri) => n + credit(rOf.get(ri), absorbedR.has(ri)), 0),
    precisionCredit: student.reduce((n, _s, si) => n + credit(sOf.get(si), absorbedS.has(si)), 0),
    inferenceMap,
  };
}

const refOf = (r: Relation): RelationRef => ({ type: r.type, from: r.from, to: r.to });

/** The unordered pair of ends for a symmetric relation, the ordered pair otherwise. */
function endsKey(type: Relation['type'], from: string, to: string): string {
  return type === 'contradicts' && to < from ? `${to}\u0000${from}` : `${from}\u0000${to}`;
}

function compareRelations(student: readonly Relation[], reference: readonly Relation[], nodeMap: ReadonlyMap<string, string>, inferenceMap: ReadonlyMap<string, string>) {
  const translate = (r: Relation): RelationRef | undefined => {
    const from = nodeMap.get(r.from);
    const to = r.type === 'undercuts' ? inferenceMap.get(r.to) : nodeMap.get(r.to);
    return from === undefined || to === undefined ? undefined : { type: r.type, from, to };
  };
  const usedR = new Set<number>();
  const matched: { student: RelationRef; reference: RelationRef }[] = [];
  const leftover: number[] = [];
  student.forEach((s, si) => {
    const t = translate(s);
    const ri = t === undefined ? -1 : reference.findIndex((r, i) => !usedR.has(i) && r.type === t.type && endsKey(r.type, r.from, r.to) === endsKey(t.type, t.from, t.to));
    if (ri < 0) leftover.push(si);
    else {
      usedR.add(ri);
      matched.push({ student: refOf(s), reference: refOf(reference[ri]!) });
    }
  });
  // A relation between the same two things under another type is a disagreement about what the link is.
  const typeDiffers: RelationTypeDifference[] = [];
  const extra: RelationRef[] = [];
  for (const si of leftover) {
    const s = student[si]!;
    const t = translate(s);
    const ri = t === undefined ? -1 : reference.findIndex((r, i) => !usedR.has(i) && ((r.from === t.from && r.to === t.to) || (r.from === t.to && r.to === t.from)));
    if (ri < 0) extra.push(refOf(s));
    else {
      usedR.add(ri);
      typeDiffers.push({ student: refOf(s), reference: refOf(reference[ri]!) });
    }
  }
  return { matched, typeDiffers, missed: reference.filter((_r, i) => !usedR.has(i)).map(refOf), extra };
}

/** Compares inferences and relations of a student's map with a reference's, given the node matching. */
export function compareStructure(
  student: { inferences: readonly Inference[]; relations: readonly Relation[] },
  reference: { inferences: readonly Inference[]; relations: readonly Relation[] },
  nodeMap: ReadonlyMap<string, string>,
): StructureComparison {
  const { inferenceMap, ...inferences } = compareInferences(student.inferences, reference.inferences, nodeMap);
  return { inferences, relations: compareRelations(student.relations, reference.relations, nodeMap, inferenceMap), inferenceMap };
}
