import { describe, expect, it } from 'vitest';
import { SatSolver } from '../src/analysis/dung-sat.js';
import { prng } from '../scripts/bench/_lib.mjs';

/** Every model of a CNF over n variables, by trying all assignments (bit v of m: variable v true). */
function models(n: number, clauses: number[][]): string[] {
  const out: string[] = [];
  for (let m = 0; m < 1 << n; m++) if (clauses.every((c) => c.some((lit) => ((m >> (lit >> 1)) & 1) === 1 - (lit & 1)))) out.push(m.toString(2).padStart(n, '0'));
  return out.sort();
}

/** A random CNF of clauses of 2–3 literals over n variables, `ratio` clauses per variable. */
function randomCnf(rand: () => number, n: number, ratio: number): number[][] {
  return Array.from({ length: Math.round(n * ratio) }, () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => 2 * Math.floor(rand() * n) + (rand() < 0.5 ? 1 : 0)));
}

describe('SatSolver.enumerate: conflict-driven enumeration without blocking clauses', () => {
  it('gives every model exactly once on 300 random CNFs of 3–12 variables (near the 3-SAT threshold and looser)', () => {
    const rand = prng(4242);
    let unsat = 0;
    let many = 0;
    for (let t = 0; t < 300; t++) {
      const n = 3 + Math.floor(rand() * 10);
      const clauses = randomCnf(rand, n, [1, 2.5, 4.3][t % 3]!);
      const s = new SatSolver();
      s.addVars(n, t % 2 === 0);
      for (const c of clauses) s.addClause(c);
      const seen: string[] = [];
      const answer = s.enumerate(() => {
        let bits = 0;
        for (let v = 0; v < n; v++) if (s.value(2 * v) === 1) bits |= 1 << v;
        seen.push(bits.toString(2).padStart(n, '0'));
      });
      expect(answer).toBe('done');
      const expected = models(n, clauses);
      expect(seen.sort(), JSON.stringify(clauses)).toEqual(expected);
      // The solver stays usable: a later solve agrees with the models.
      expect(s.solve()).toBe(expected.length > 0 ? 'sat' : 'unsat');
      if (expected.length === 0) unsat++;
      if (expected.length > 20) many++;
    }
    expect(unsat).toBeGreaterThan(20);
    expect(many).toBeGreaterThan(40);
  });
  it('stops when the callback says so, and at a deadline already past', () => {
    const s = new SatSolver();
    s.addVars(20);
    let seen = 0;
    expect(s.enumerate(() => ++seen === 5)).toBe('halted');
    expect(seen).toBe(5);
    const t = new SatSolver();
    t.addVars(30);
    expect(t.enumerate(() => undefined, { deadline: Date.now() - 1 })).toBe('stopped');
  });
  it('answers pigeonhole formulas that take thousands of conflicts (past the learnt-clause deletions) correctly', () => {
    // p pigeons in h holes: each pigeon in some hole, no two in one hole. Unsatisfiable when p > h.
    const pigeonhole = (p: number, h: number) => {
      const s = new SatSolver();
      s.addVars(p * h);
      const x = (i: number, j: number) => 2 * (i * h + j);
      for (let i = 0; i < p; i++) s.addClause(Array.from({ length: h }, (_, j) => x(i, j)));
      for (let j = 0; j < h; j++) for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) s.addClause([x(a, j) ^ 1, x(b, j) ^ 1]);
      return { s, x };
    };
    const hard = pigeonhole(8, 7);
    expect(hard.s.solve()).toBe('unsat');
    expect((hard.s as unknown as { conflictsSeen: number }).conflictsSeen).toBeGreaterThan(2000);
    const fits = pigeonhole(7, 7);
    expect(fits.s.solve()).toBe('sat');
    for (let j = 0; j < 7; j++) expect(Array.from({ length: 7 }, (_, i) => fits.s.value(fits.x(i, j))).filter((v) => v === 1).length).toBeLessThanOrEqual(1);
    for (let i = 0; i < 7; i++) expect(Array.from({ length: 7 }, (_, j) => fits.s.value(fits.x(i, j)))).toContain(1);
  });
});

describe('SatSolver.preferTrue with block and resume: the maximal models one after another', () => {
  it('gives exactly the inclusion-maximal sets of preferred variables true on 300 random CNFs, under assumptions too', () => {
    const rand = prng(977);
    let several = 0;
    for (let t = 0; t < 300; t++) {
      const n = 3 + Math.floor(rand() * 10);
      const clauses = randomCnf(rand, n, [1, 2, 3.5][t % 3]!);
      // The first k variables are maximised; the rest are free, as the OUT variables of the encodings are.
      const k = 1 + Math.floor(rand() * n);
      const assumption = t % 4 === 0 ? [2 * Math.floor(rand() * k) + 1] : [];
      const holds = (m: number, lits: number[]) => lits.some((lit) => ((m >> (lit >> 1)) & 1) === 1 - (lit & 1));
      const sets = new Set<number>();
      for (let m = 0; m < 1 << n; m++) if (clauses.every((c) => holds(m, c)) && assumption.every((a) => holds(m, [a]))) sets.add(m & ((1 << k) - 1));
      const maximal = [...sets].filter((x) => ![...sets].some((y) => y !== x && (x & y) === x)).sort((a, b) => a - b);
      const s = new SatSolver();
      s.addVars(n, t % 2 === 0);
      for (let v = 0; v < k; v++) s.preferTrue(v);
      for (const c of clauses) s.addClause(c);
      const found: number[] = [];
      let answer = s.solve(assumption);
      if (assumption.length > 0) {
        // Under an assumption only the first model is promised maximal (among those keeping it).
        if (answer === 'sat') {
          let bits = 0;
          for (let v = 0; v < k; v++) if (s.value(2 * v) === 1) bits |= 1 << v;
          found.push(bits);
        }
        expect(found, JSON.stringify({ clauses, k, assumption })).toEqual(maximal.length > 0 ? [found[0]] : []);
        if (maximal.length > 0) expect(maximal).toContain(found[0]);
        continue;
      }
      while (answer === 'sat') {
        let bits = 0;
        const leave: number[] = [];
        for (let v = 0; v < k; v++)
          if (s.value(2 * v) === 1) bits |= 1 << v;
          else leave.push(2 * v);
        found.push(bits);
        if (!s.block(leave)) break;
        answer = s.resume();
      }
      expect(
        found.sort((a, b) => a - b),
        JSON.stringify({ clauses, k }),
      ).toEqual(maximal);
      if (maximal.length > 2) several++;
    }
    expect(several).toBeGreaterThan(5);
  });
});
