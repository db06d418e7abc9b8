/**
 * Grades a student's map against a reference map: what of the reference the student found, missed,
 * added, and where the two disagree (node kinds, hedges, the shape of inferences, relation types, ACH
 * ratings), with recall, precision and a weighted grade.
 *
 * Scoring (documented for teachers, and in the report):
 *  - nodes: a matched node counts 1.
 *  - inferences: a matched inference with the same premises counts 1; one whose premises only overlap,
 *    or that is part of a linked/convergent difference, counts 1/2.
 *  - relations: a relation of the same type between matched ends counts 1 (`contradicts` either way round).
 *  Recall = credit / reference count, precision = credit / student count (1 when the count is 0), F1 their
 *  harmonic mean; the grade is 0.3 F1(nodes) + 0.4 F1(inferences) + 0.3 F1(relations): reasoning
 *  weighs most, since finding the sentences is the easy part.
 */
import type { ArgumentMap, Confidence, Hedge, Inference, Node, NodeKind, Rating } from '../model/types.js';
import { buildGraph, restsOn } from '../graph/argument-graph.js';
import { basename } from 'node:path';
import { matchNodes, round, type NodeMatch, type Place } from './compare-match.js';
import { compareStructure, type InferenceMatch, type RelationRef, type RelationTypeDifference, type ShapeDifference } from './compare-structure.js';

export { matchNodes, quoteOverlap, labelSimilarity, QUOTE_RUN_WORDS, LABEL_JACCARD, type NodeMatch, type MatchBasis } from './compare-match.js';
export type { InferenceMatch, RelationRef, RelationTypeDifference, ShapeDifference } from './compare-structure.js';

export const GRADE_WEIGHTS = { nodes: 0.3, inferences: 0.4, relations: 0.3 } as const;
/** The ACH scale in order; ratings further apart than one step are a real disagreement. */
const RATING_STEPS: Partial<Record<Rating, number>> = { CC: 0, C: 1, N: 2, I: 3, II: 4 };

export interface Score {
  recall: number;
  precision: number;
  f1: number;
}

/** A node match with both labels, so a report can show what was paired with what. */
export interface NodeMatchReport extends NodeMatch {
  studentText: string;
  referenceText: string;
}

export interface KindDifference {
  student: string;
  reference: string;
  studentKind: NodeKind;
  referenceKind: NodeKind;
}

export interface HedgeDifference {
  student: string;
  reference: string;
  /** `yardstick term`, or undefined where there is no band. */
  studentBand?: string;
  referenceBand?: string;
  studentPhrases: string[];
  referencePhrases: string[];
  /** Analytic confidence, judged apart from likelihood (ICD 203). */
  studentConfidence?: Confidence;
  referenceConfidence?: Confidence;
  bandDiffers: boolean;
  phrasesDiffer: boolean;
  confidenceDiffers: boolean;
}

export interface RatingDifference {
  evidence: string;
  hypothesis: string;
  student: Rating;
  reference: Rating;
  /** Steps apart on CC–C–N–I–II. */
  steps: number;
}

export interface HypothesisSetComparison {
  reference: string;
  /** The student's set with most of the same hypotheses, if any. */
  student?: string;
  found: string[];
  missed: string[];
  /** Ratings given in both sets (through the matching). */
  ratingsCompared: number;
  ratingDifferences: RatingDifference[];
}

export type MarginCategory =
  | 'missed-inference'
  | 'shape'
  | 'partial-inference'
  | 'missed-node'
  | 'kind'
  | 'hedge'
  | 'relation-type'
  | 'missed-relation'
  | 'ach'
  | 'extra-node'
  | 'extra-inference'
  | 'extra-relation';

export interface MarginNote {
  category: MarginCategory;
  text: string;
}

export interface Comparison {
  student: { file: string; title: string };
  reference: { file: string; title: string; section?: string };
  counts: {
    student: { nodes: number; inferences: number; relations: number };
    reference: { nodes: number; inferences: number; relations: number };
  };
  nodes: { matches: NodeMatchReport[]; missed: string[]; extra: string[] };
  kinds: KindDifference[];
  hedges: HedgeDifference[];
  inferences: { matches: InferenceMatch[]; shapes: ShapeDifference[]; missed: string[]; extra: string[] };
  relations: { matched: number; typeDiffers: RelationTypeDifference[]; missed: RelationRef[]; extra: RelationRef[] };
  hypothesisSets: HypothesisSetComparison[];
  scores: { nodes: Score; inferences: Score; relations: Score; grade: number; weights: typeof GRADE_WEIGHTS };
  margin: MarginNote[];
}

export interface CompareInput {
  file: string;
  map: ArgumentMap;
}

/** Sections whose nodes belong to `section`: it and every section nested in it. */
function sectionTree(map: ArgumentMap, section: string): Set<string> {
  const keep = new Set([section]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of map.sections ?? []) {
      if (s.parent !== undefined && keep.has(s.parent) && !keep.has(s.id)) {
        keep.add(s.id);
        grew = true;
      }
    }
  }
  return keep;
}

/**
 * The part of a map a student was asked to map: nodes of `section` (and its subsections); inferences into
 * them with premises cut to that part; relations with both ends in it.
 */
export function scopeToSection(map: ArgumentMap, section: string): ArgumentMap {
  const sections = sectionTree(map, section);
  const nodes = map.nodes.filter((n) => n.section !== undefined && sections.has(n.section));
  const ids = new Set(nodes.map((n) => n.id));
  const inferences = (map.inferences ?? [])
    .filter((i) => ids.has(i.conclusion))
    .map((i) => ({ ...i, premises: i.premises.filter((p) => ids.has(p)) }))
    .filter((i) => i.premises.length > 0);
  const infIds = new Set(inferences.map((i) => i.id));
  const relations = (map.relations ?? []).filter((r) => ids.has(r.from) && (r.type === 'undercuts' ? infIds.has(r.to) : ids.has(r.to)));
  const hypothesisSets = (map.hypothesisSets ?? []).filter((h) => h.hypotheses.every((x) => ids.has(x)));
  return { ...map, nodes, inferences, relations, hypothesisSets };
}

/**
 * The top-level section holding every reference node the student matched, when the reference has more
 * than that section: the part the student was evidently asked to map (a hint for `--section`).
 */
export function suggestSection(reference: ArgumentMap, comparison: Comparison): string | undefined {
  const parent = new Map((reference.sections ?? []).map((s) => [s.id, s.parent]));
  const top = (id: string | undefined): string | undefined => {
    const seen = new Set<string>();
    while (id !== undefined && parent.get(id) !== undefined && !seen.has(id)) {
      seen.add(id);
      id = parent.get(id);
    }
    return id;
  };
  const sectionOf = new Map(reference.nodes.map((n) => [n.id, top(n.section)]));
  const tops = new Set(comparison.nodes.matches.map((m) => sectionOf.get(m.reference)));
  if (tops.size !== 1) return undefined;
  const [only] = tops;
  return only !== undefined && reference.nodes.some((n) => sectionOf.get(n.id) !== only) ? only : undefined;
}

function score(credit: number, referenceCount: number, precisionCredit: number, studentCount: number): Score {
  const recall = referenceCount === 0 ? 1 : credit / referenceCount;
  const precision = studentCount === 0 ? (referenceCount === 0 ? 1 : 0) : precisionCredit / studentCount;
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { recall: round(recall), precision: round(precision), f1: round(f1) };
}

const bandOf = (h: Hedge | undefined): string | undefined => (h?.band ? `${h.band.yardstick} ${h.band.term}` : undefined);
const phraseKey = (h: Hedge | undefined): string => [...new Set((h?.phrases ?? []).map((p) => p.trim().toLowerCase()))].sort().join('\u0000');

function compareHedge(s: Node, r: Node): HedgeDifference | undefined {
  if (!s.hedge && !r.hedge) return undefined;
  const bandDiffers = bandOf(s.hedge) !== bandOf(r.hedge);
  const phrasesDiffer = phraseKey(s.hedge) !== phraseKey(r.hedge);
  const sc = s.hedge?.confidence;
  const rc = r.hedge?.confidence;
  const confidenceDiffers = sc !== rc;
  if (!bandDiffers && !phrasesDiffer && !confidenceDiffers) return undefined;
  const sb = bandOf(s.hedge);
  const rb = bandOf(r.hedge);
  return {
    student: s.id,
    reference: r.id,
    ...(sb !== undefined ? { studentBand: sb } : {}),
    ...(rb !== undefined ? { referenceBand: rb } : {}),
    studentPhrases: s.hedge?.phrases ?? [],
    referencePhrases: r.hedge?.phrases ?? [],
    ...(sc !== undefined ? { studentConfidence: sc } : {}),
    ...(rc !== undefined ? { referenceConfidence: rc } : {}),
    bandDiffers,
    phrasesDiffer,
    confidenceDiffers,
  };
}

function compareHypothesisSets(student: ArgumentMap, reference: ArgumentMap, nodeMap: ReadonlyMap<string, string>): HypothesisSetComparison[] {
  const used = new Set<string>();
  return (reference.hypothesisSets ?? []).map((r) => {
    let best: { id: string; n: number } | undefined;
    for (const s of student.hypothesisSets ?? []) {
      if (used.has(s.id)) continue;
      const n = s.hypotheses.filter((h) => r.hypotheses.includes(nodeMap.get(h) ?? '')).length;
      if (n > 0 && (!best || n > best.n)) best = { id: s.id, n };
    }
    const s = best ? student.hypothesisSets!.find((x) => x.id === best.id)! : undefined;
    if (s) used.add(s.id);
    const found = new Set((s?.hypotheses ?? []).map((h) => nodeMap.get(h)).filter((h) => h !== undefined));
    const theirs = new Map((s?.ratings ?? []).map((x) => [`${nodeMap.get(x.evidence)}\u0000${nodeMap.get(x.hypothesis)}`, x.rating]));
    let compared = 0;
    const ratingDifferences: RatingDifference[] = [];
    for (const x of r.ratings ?? []) {
      const other = theirs.get(`${x.evidence}\u0000${x.hypothesis}`);
      if (other === undefined) continue;
      compared++;
      const a = RATING_STEPS[other];
      const b = RATING_STEPS[x.rating];
      if (a !== undefined && b !== undefined && Math.abs(a - b) > 1) {
        ratingDifferences.push({ evidence: x.evidence, hypothesis: x.hypothesis, student: other, reference: x.rating, steps: Math.abs(a - b) });
      }
    }
    return {
      reference: r.id,
      ...(s ? { student: s.id } : {}),
      found: r.hypotheses.filter((h) => found.has(h)),
      missed: r.hypotheses.filter((h) => !found.has(h)),
      ratingsCompared: compared,
      ratingDifferences,
    };
  });
}

/**
 * How much of the reference's argument an inference carries: the number of the reference's final
 * nodes (nothing rests on them) whose support includes it, plus one if it concludes a `conclusion` node.
 */
function loadOf(reference: ArgumentMap): (inference: Inference) => number {
  const g = buildGraph(reference);
  const inferenceIds = new Set((reference.inferences ?? []).map((i) => i.id));
  const premiseIds = new Set((reference.inferences ?? []).flatMap((i) => i.premises));
  const finals = reference.nodes.filter((n) => !premiseIds.has(n.id) && !inferenceIds.has(n.id)).map((n) => restsOn(g, n.id));
  const kindOf = new Map(reference.nodes.map((n) => [n.id, n.kind]));
  return (inf) => finals.filter((s) => s.has(inf.id)).length + (kindOf.get(inf.conclusion) === 'conclusion' ? 1 : 0);
}

const q = (s: string): string => JSON.stringify(s);
const article = (word: string): string => (/^[aeiou]/.test(word) ? 'an' : 'a');
const rel = (r: RelationRef): string => `${r.from} ${r.type} ${r.to}`;

function marginNotes(c: Omit<Comparison, 'margin' | 'scores'>, student: ArgumentMap, reference: ArgumentMap): MarginNote[] {
  const notes: MarginNote[] = [];
  const refNode = new Map(reference.nodes.map((n) => [n.id, n]));
  const stuNode = new Map(student.nodes.map((n) => [n.id, n]));
  const refInf = new Map((reference.inferences ?? []).map((i, k) => [i.id, { i, k }]));
  const load = loadOf(reference);
  // Names the student's own node beside the reference's, so the note points into the student's map.
  const theirs = new Map(c.nodes.matches.map((m) => [m.reference, m.student]));
  const yours = (id: string): string => `${id} [${theirs.get(id) ?? 'not drawn'}]`;
  const label = (id: string, m: Map<string, Node>): string => `${id} (${q(m.get(id)?.text ?? id)})`;
  const missed = c.inferences.missed.map((id) => refInf.get(id)!).sort((a, b) => load(b.i) - load(a.i) || a.k - b.k);
  for (const { i } of missed) {
    notes.push({
      category: 'missed-inference',
      text: `Missed the step to ${yours(i.conclusion)} (${q(refNode.get(i.conclusion)!.text)}) from ${i.premises.map(yours).join(' + ')} (${i.id}).`,
    });
  }
  for (const s of c.inferences.shapes) {
    notes.push({
      category: 'shape',
      text:
        s.kind === 'linked-as-convergent'
          ? `${s.reference[0]} needs its premises together (linked); drawn as separate reasons ${s.student.join(', ')} for ${s.conclusion}.`
          : `${s.reference.join(', ')} each support ${s.conclusion} alone (convergent); drawn as one linked step ${s.student[0]}.`,
    });
  }
  const inShape = new Set(c.inferences.shapes.flatMap((s) => s.student));
  for (const m of c.inferences.matches) {
    if (m.status === 'exact' || inShape.has(m.student)) continue;
    const parts = [m.missingPremises.length > 0 ? `lacks ${m.missingPremises.join(', ')}` : '', m.extraPremises.length > 0 ? `adds ${m.extraPremises.join(', ')}` : ''].filter(
      Boolean,
    );
    notes.push({ category: 'partial-inference', text: `${m.student} (reference ${m.reference}) ${parts.join(' and ')}.` });
  }
  for (const id of c.nodes.missed) notes.push({ category: 'missed-node', text: `Missed the ${refNode.get(id)!.kind} ${label(id, refNode)}.` });
  for (const k of c.kinds)
    notes.push({ category: 'kind', text: `${k.student} is ${article(k.studentKind)} ${k.studentKind}; the reference has ${k.referenceKind} (${k.reference}).` });
  for (const h of c.hedges) {
    const what = !stuNode.get(h.student)?.hedge
      ? [`no hedge where the reference has ${h.referenceBand ?? `[${h.referencePhrases.join(', ')}]`}`]
      : [
          h.bandDiffers ? `band ${h.studentBand ?? 'none'} where the reference has ${h.referenceBand ?? 'none'}` : '',
          h.phrasesDiffer ? `phrases [${h.studentPhrases.join(', ')}] where the reference has [${h.referencePhrases.join(', ')}]` : '',
          h.confidenceDiffers ? `${h.studentConfidence ?? 'no'} confidence where the reference has ${h.referenceConfidence ?? 'none'}` : '',
        ].filter(Boolean);
    notes.push({ category: 'hedge', text: `${h.student}: ${what.join('; ')} (${h.reference}).` });
  }
  for (const t of c.relations.typeDiffers) notes.push({ category: 'relation-type', text: `${rel(t.student)} where the reference has ${rel(t.reference)}.` });
  for (const r of c.relations.missed) notes.push({ category: 'missed-relation', text: `Missed ${rel(r)}.` });
  for (const h of c.hypothesisSets) {
    const question = reference.hypothesisSets!.find((x) => x.id === h.reference)!.question;
    if (h.student === undefined) notes.push({ category: 'ach', text: `No set of competing hypotheses for ${q(question)} (reference ${h.reference}: ${h.missed.join(', ')}).` });
    else if (h.missed.length > 0) notes.push({ category: 'ach', text: `Hypothesis set ${h.student} leaves out ${h.missed.join(', ')} (reference ${h.reference}).` });
    for (const d of h.ratingDifferences)
      notes.push({ category: 'ach', text: `Rated ${d.evidence} against ${d.hypothesis} ${d.student}; the reference has ${d.reference} (${d.steps} steps apart).` });
  }
  for (const id of c.nodes.extra) {
    const n = stuNode.get(id)!;
    const supported = (student.inferences ?? []).some((i) => i.conclusion === id);
    const judged = n.kind === 'claim' || n.kind === 'conclusion' || n.kind === 'hypothesis';
    notes.push({
      category: 'extra-node',
      text: `Added ${article(n.kind)} ${n.kind} ${label(id, stuNode)}, not in the reference${judged && !supported ? ', and gives it no support' : ''}.`,
    });
  }
  for (const id of c.inferences.extra) notes.push({ category: 'extra-inference', text: `Added step ${id}, not in the reference.` });
  for (const r of c.relations.extra)
    notes.push({ category: 'extra-relation', text: `Added ${rel(r)}${r.type === 'attacks' || r.type === 'undercuts' ? ', an attack the reference does not make' : ''}.` });
  return notes;
}

/**
 * Where a node's words stand, as `<file name>#<locator>`: each map names its documents its own way and
 * keeps the text at its own relative path, so the file name is what two maps of one text share.
 */
function placeIn(map: ArgumentMap): Place {
  const docs = map.documents ?? [];
  const only = docs.length === 1 ? docs[0] : undefined;
  return (n) => {
    if (!n.source) return undefined;
    const doc = n.source.document !== undefined ? docs.find((d) => d.id === n.source!.document) : only;
    return `${doc ? basename(doc.path) : ''}#${n.source.locator}`;
  };
}

/** Compares a student's map with a reference map (optionally only the reference's `section`). */
export function compareMaps(student: CompareInput, reference: CompareInput, options: { section?: string } = {}): Comparison {
  const ref = options.section !== undefined ? scopeToSection(reference.map, options.section) : reference.map;
  const stu = student.map;
  const matches = matchNodes(stu.nodes, ref.nodes, { student: placeIn(stu), reference: placeIn(ref) });
  const nodeMap = new Map(matches.map((m) => [m.student, m.reference]));
  const matchedRef = new Set(nodeMap.values());
  const refById = new Map(ref.nodes.map((n) => [n.id, n]));
  const stuById = new Map(stu.nodes.map((n) => [n.id, n]));
  const kinds: KindDifference[] = [];
  const hedges: HedgeDifference[] = [];
  for (const m of matches) {
    const s = stuById.get(m.student)!;
    const r = refById.get(m.reference)!;
    if (s.kind !== r.kind) kinds.push({ student: s.id, reference: r.id, studentKind: s.kind, referenceKind: r.kind });
    const h = compareHedge(s, r);
    if (h) hedges.push(h);
  }
  const structure = compareStructure(
    { inferences: stu.inferences ?? [], relations: stu.relations ?? [] },
    { inferences: ref.inferences ?? [], relations: ref.relations ?? [] },
    nodeMap,
  );
  const counts = {
    student: { nodes: stu.nodes.length, inferences: stu.inferences?.length ?? 0, relations: stu.relations?.length ?? 0 },
    reference: { nodes: ref.nodes.length, inferences: ref.inferences?.length ?? 0, relations: ref.relations?.length ?? 0 },
  };
  const { recallCredit, precisionCredit, ...inferences } = structure.inferences;
  const body = {
    student: { file: student.file, title: stu.title },
    reference: { file: reference.file, title: ref.title, ...(options.section !== undefined ? { section: options.section } : {}) },
    counts,
    nodes: {
      matches: matches.map((m) => ({ ...m, studentText: stuById.get(m.student)!.text, referenceText: refById.get(m.reference)!.text })),
      missed: ref.nodes.filter((n) => !matchedRef.has(n.id)).map((n) => n.id),
      extra: stu.nodes.filter((n) => !nodeMap.has(n.id)).map((n) => n.id),
    },
    kinds,
    hedges,
    inferences,
    relations: { matched: structure.relations.matched.length, typeDiffers: structure.relations.typeDiffers, missed: structure.relations.missed, extra: structure.relations.extra },
    hypothesisSets: compareHypothesisSets(stu, ref, nodeMap),
  };
  const nodes = score(matches.length, counts.reference.nodes, matches.length, counts.student.nodes);
  const infs = score(recallCredit, counts.reference.inferences, precisionCredit, counts.student.inferences);
  const rels = score(body.relations.matched, counts.reference.relations, body.relations.matched, counts.student.relations);
  const grade = round(GRADE_WEIGHTS.nodes * nodes.f1 + GRADE_WEIGHTS.inferences * infs.f1 + GRADE_WEIGHTS.relations * rels.f1);
  return { ...body, scores: { nodes, inferences: infs, relations: rels, grade, weights: GRADE_WEIGHTS }, margin: marginNotes(body, stu, ref) };
}
