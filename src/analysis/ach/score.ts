import type { Level, Rating } from '../../model/types.js';

/**
 * PARC ACH 2.0 scoring. Only inconsistent ratings count against a hypothesis: I scores 1, II scores 2;
 * CC, C, N and NA score 0 (consistency is not added up, following Heuer: evidence fits many stories).
 */
export function inconsistencyValue(rating: Rating): number {
  return rating === 'II' ? 2 : rating === 'I' ? 1 : 0;
}

/** Steps of √2 per level: High = √2, Medium = 1, Low = 1/√2. */
const LEVEL_STEP: Record<Level, number> = { high: 1, medium: 0, low: -1 };

export function levelFactor(level: Level): number {
  return Math.SQRT2 ** LEVEL_STEP[level];
}

/** credibility × relevance, from 0.5 (Low, Low) to 2 (High, High). */
export function evidenceWeight(credibility: Level, relevance: Level): number {
  return levelFactor(credibility) * levelFactor(relevance);
}

/**
 * A weighted score held exactly as (p + q·√2) / 2 with integers p and q. Every weight is a power of √2
 * between 1/2 and 2, so sums stay in this form and ties are decided exactly, not by a float epsilon
 * (1/√2 + 1/√2 must tie with √2, and in floating point it need not).
 */
export interface ExactScore {
  p: number;
  q: number;
}

export const ZERO: ExactScore = { p: 0, q: 0 };

/** (p, q) of one weight: credibility step + relevance step runs from −2 to 2. */
const WEIGHT_TERMS: Record<number, ExactScore> = {
  [-2]: { p: 1, q: 0 },
  [-1]: { p: 0, q: 1 },
  0: { p: 2, q: 0 },
  1: { p: 0, q: 2 },
  2: { p: 4, q: 0 },
};

/** The exact weighted inconsistency one cell adds. */
export function cellScore(rating: Rating, credibility: Level, relevance: Level): ExactScore {
  const v = inconsistencyValue(rating);
  const t = WEIGHT_TERMS[LEVEL_STEP[credibility] + LEVEL_STEP[relevance]]!;
  return { p: v * t.p, q: v * t.q };
}

export function addScore(a: ExactScore, b: ExactScore, sign = 1): ExactScore {
  return { p: a.p + sign * b.p, q: a.q + sign * b.q };
}

export function scoreValue(s: ExactScore): number {
  return (s.p + s.q * Math.SQRT2) / 2;
}

/** Sign of a − b, exactly: (x + y√2) with integers x, y is zero only when both are. */
export function compareScore(a: ExactScore, b: ExactScore): number {
  const x = a.p - b.p;
  const y = a.q - b.q;
  if (x >= 0 && y >= 0) return x === 0 && y === 0 ? 0 : 1;
  if (x <= 0 && y <= 0) return -1;
  // Opposite signs: compare x² with 2y².
  const diff = x * x - 2 * y * y;
  return x > 0 ? Math.sign(diff) : -Math.sign(diff);
}

/** What a scorer needs per hypothesis: both scores and the position in the set (the last tie-breaker). */
export interface ScoreLine {
  id: string;
  order: number;
  inconsistency: number;
  weighted: ExactScore;
}

/**
 * Ranked order: weighted inconsistency ascending, then unweighted inconsistency, then the set's order.
 * The tie-breakers only order the display; leadership is decided by the weighted score alone.
 */
export function rankLines<T extends ScoreLine>(lines: readonly T[]): T[] {
  return [...lines].sort((a, b) => compareScore(a.weighted, b.weighted) || a.inconsistency - b.inconsistency || a.order - b.order);
}

/** The ids with the least weighted inconsistency, in ranked order (several on a tie). */
export function leadersOf(lines: readonly ScoreLine[]): string[] {
  const ranked = rankLines(lines);
  const best = ranked[0];
  if (!best) return [];
  return ranked.filter((l) => compareScore(l.weighted, best.weighted) === 0).map((l) => l.id);
}
