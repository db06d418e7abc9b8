/**
 * Pairs a student's nodes with a reference map's nodes. Students choose their own ids and paraphrase
 * labels, so the source is the strongest witness of "the same node": the words quoted from one place.
 *
 * Bases, strongest first (every pair is scored on the first basis that applies):
 *  - `quote`: same place (document file name and locator), and the normalised quotes overlap: one
 *    contains the other, or they share a run of at least QUOTE_RUN_WORDS consecutive words
 *    (case-insensitive). Score 3 + the run's share of the longer quote's words.
 *  - `label`: same place (or neither node has a source, as with analyst-added premises), and the
 *    labels' content words have Jaccard similarity at least LABEL_JACCARD. Score 2 + the similarity.
 *  - `id`: the same id. Score 1.
 * Assignment is one-to-one and greedy: highest score first; ties go to the earlier student node, then the
 * earlier reference node, so the result depends only on the two maps.
 */
import { normaliseForQuote } from '../io/quote.js';
import type { Node } from '../model/types.js';

export type MatchBasis = 'quote' | 'label' | 'id';

export interface NodeMatch {
  student: string;
  reference: string;
  basis: MatchBasis;
  /** Quote overlap or label similarity in [0, 1]; 1 for an id match. */
  similarity: number;
}

/** Shared consecutive words that make two quotes from one locator "the same passage". */
export const QUOTE_RUN_WORDS = 6;
/** Least Jaccard similarity of content words for two labels to name the same node. */
export const LABEL_JACCARD = 0.5;

// Function words carry no content; a label's meaning is in the rest.
const STOPWORDS = new Set(
  'a an and are as at be been but by for from had has have he her his in into is it its of on or our she so than that the their them there these they this to was were which while who will with would not no'.split(
    ' ',
  ),
);

function words(s: string): string[] {
  return normaliseForQuote(s)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
}

/** Lower-cased content words of a label, as a set. */
export function contentWords(label: string): Set<string> {
  return new Set(
    words(label)
      .map((w) => w.replace(/'s?$/, ''))
      .filter((w) => w.length > 1 && !STOPWORDS.has(w)),
  );
}

/** Jaccard similarity of two labels' content words (0 when either has none). */
export function labelSimilarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both);
}

/** Longest run of consecutive equal words (dynamic programming over word positions; quotes are short). */
function longestRun(a: string[], b: string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best;
}

/**
 * Overlap of two quotes: the longest run of shared words over the longer quote's length, so that of two
 * reference passages containing a student's quote the closer-fitting one wins. 0 when the quotes do not
 * count as overlapping (neither contains the other and the run is under QUOTE_RUN_WORDS).
 */
export function quoteOverlap(a: string, b: string): number {
  const x = normaliseForQuote(a).toLowerCase();
  const y = normaliseForQuote(b).toLowerCase();
  if (!x || !y) return 0;
  const wa = words(x);
  const wb = words(y);
  const run = longestRun(wa, wb);
  return x.includes(y) || y.includes(x) || run >= QUOTE_RUN_WORDS ? run / Math.max(wa.length, wb.length) : 0;
}

interface Candidate extends NodeMatch {
  score: number;
  si: number;
  ri: number;
}

/** Where a node's words stand, e.g. `report.txt#3.A.ii`; undefined for a node with no source. */
export type Place = (node: Node) => string | undefined;

const byLocator: Place = (n) => n.source?.locator;

function candidate(s: Node, si: number, r: Node, ri: number, place: { student: Place; reference: Place }): Candidate | undefined {
  const base = { student: s.id, reference: r.id, si, ri };
  const at = place.student(s);
  const sameLocator = at !== undefined && at === place.reference(r);
  if (sameLocator) {
    const q = quoteOverlap(s.source!.quote, r.source!.quote);
    if (q > 0) return { ...base, basis: 'quote', similarity: q, score: 3 + q };
  }
  if (sameLocator || (s.source === undefined && r.source === undefined)) {
    const l = labelSimilarity(s.text, r.text);
    if (l >= LABEL_JACCARD) return { ...base, basis: 'label', similarity: l, score: 2 + l };
  }
  if (s.id === r.id) return { ...base, basis: 'id', similarity: 1, score: 1 };
  return undefined;
}

/**
 * One-to-one matches of student nodes to reference nodes, in the student map's order. `place` says where
 * each side's nodes stand (by default the locator alone, enough when both maps quote one document).
 */
export function matchNodes(student: readonly Node[], reference: readonly Node[], place = { student: byLocator, reference: byLocator }): NodeMatch[] {
  // Only pairs sharing a locator, both unsourced, or sharing an id can match: index by those keys
  // instead of scoring every pair (the memorandum against itself would be 160,000 pairs).
  const byKey = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  };
  reference.forEach((r, i) => {
    const at = place.reference(r);
    add(at !== undefined ? `loc:${at}` : 'unsourced', i);
    add(`id:${r.id}`, i);
  });
  const candidates: Candidate[] = [];
  student.forEach((s, si) => {
    const seen = new Set<number>();
    const at = place.student(s);
    for (const key of [at !== undefined ? `loc:${at}` : 'unsourced', `id:${s.id}`]) {
      for (const ri of byKey.get(key) ?? []) {
        if (seen.has(ri)) continue;
        seen.add(ri);
        const c = candidate(s, si, reference[ri]!, ri, place);
        if (c) candidates.push(c);
      }
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.si - b.si || a.ri - b.ri);
  const usedS = new Set<number>();
  const usedR = new Set<number>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (usedS.has(c.si) || usedR.has(c.ri)) continue;
    usedS.add(c.si);
    usedR.add(c.ri);
    out.push(c);
  }
  return out.sort((a, b) => a.si - b.si).map(({ student: s, reference: r, basis, similarity }) => ({ student: s, reference: r, basis, similarity: round(similarity) }));
}

/** Rounds a ratio for reports, so JSON stays short and stable. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
