import { describe, expect, it } from 'vitest';
import { analyseMatrix, evidenceWeight, flipRating } from '../src/analysis/ach/index.js';
import { compareScore, cellScore, addScore, ZERO, scoreValue } from '../src/analysis/ach/score.js';
import { readAchCsv } from '../src/interop/ach-csv.js';

const R2 = Math.SQRT2;
// test/fixtures/ach/weights.csv, computed by hand:
//   Alpha: "Strong report" I at High × Medium = √2                    → weighted √2, inconsistency 1
//   Beta:  "Weak report one" I at Low × Medium (1/√2) + "Weak report two" I at Medium × Low (1/√2)
//                                                                        → weighted √2, inconsistency 2
//   Gamma: "Rumour" II at Low × Low = 2 × 1/2                          → weighted 1,  inconsistency 2
const weights = () => analyseMatrix(readAchCsv('test/fixtures/ach/weights.csv'));

describe('ACH scoring (PARC ACH 2.0)', () => {
  it('weights credibility × relevance with High = √2, Medium = 1, Low = 1/√2', () => {
    expect(evidenceWeight('high', 'high')).toBeCloseTo(2, 12);
    expect(evidenceWeight('high', 'medium')).toBeCloseTo(R2, 12);
    expect(evidenceWeight('low', 'medium')).toBeCloseTo(1 / R2, 12);
    expect(evidenceWeight('low', 'low')).toBeCloseTo(0.5, 12);
    // A High/High II is 2 × 2 = 4; a Low/Medium I is 1/√2.
    expect(scoreValue(cellScore('II', 'high', 'high'))).toBe(4);
    expect(scoreValue(cellScore('I', 'low', 'medium'))).toBeCloseTo(1 / R2, 12);
    for (const r of ['CC', 'C', 'N', 'NA'] as const) expect(scoreValue(cellScore(r, 'high', 'high'))).toBe(0);
  });

  it('decides ties exactly: 1/√2 + 1/√2 equals √2, and √2 beats 1.5 and loses to 1.4', () => {
    const two = addScore(cellScore('I', 'low', 'medium'), cellScore('I', 'medium', 'low'));
    expect(compareScore(two, cellScore('I', 'high', 'medium'))).toBe(0);
    const oneAndHalf = addScore(cellScore('I', 'medium', 'medium'), cellScore('I', 'low', 'low'));
    expect(compareScore(cellScore('I', 'high', 'medium'), oneAndHalf)).toBe(-1);
    expect(compareScore(cellScore('I', 'high', 'medium'), ZERO)).toBe(1);
  });

  it('scores both ways and ranks by weighted inconsistency, then unweighted, then column order', () => {
    const r = weights();
    expect(r.hypotheses.map((h) => [h.label, h.inconsistency])).toEqual([
      ['Gamma', 2],
      ['Alpha', 1],
      ['Beta', 2],
    ]);
    const [gamma, alpha, beta] = r.hypotheses;
    expect(gamma!.weightedInconsistency).toBe(1);
    expect(alpha!.weightedInconsistency).toBeCloseTo(R2, 12);
    expect(beta!.weightedInconsistency).toBeCloseTo(R2, 12);
    expect(r.leaders).toEqual(['gamma']);
    // Unweighted, Alpha would lead; the weights put the Low-credibility rumour's II below one solid I.
    expect(alpha!.rank).toBe(2);
    expect(beta!.rank).toBe(2);
    expect(alpha!.tiedWith).toEqual(['beta']);
    expect(beta!.tiedWith).toEqual(['alpha']);
    expect(gamma!.tiedWith).toEqual([]);
  });

  it('reports a tie for the lead as several leaders', () => {
    const m = readAchCsv('test/fixtures/ach/weights.csv');
    // Without the rumour Gamma has nothing against it; drop Gamma's column ratings to make a 3-way tie at 0.
    const tied = analyseMatrix({ ...m, cells: m.cells.filter((c) => c.rating !== 'I' && c.rating !== 'II') });
    expect(tied.leaders).toEqual(['alpha', 'beta', 'gamma']);
    expect(tied.hypotheses.every((h) => h.rank === 1 && h.leader)).toBe(true);
    expect(tied.gaps.unrefuted).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('flags non-diagnostic rows and measures diagnosticity as weight × spread', () => {
    const r = weights();
    const row = (label: string) => r.evidence.find((e) => e.label === label)!;
    expect(row('Background').diagnostic).toBe(false);
    expect(row('Background').diagnosticity).toBe(0);
    expect(row('Irrelevant').diagnostic).toBe(false);
    expect(row('Irrelevant').allNA).toBe(true);
    expect(row('Strong report').diagnostic).toBe(true);
    expect(row('Strong report').diagnosticity).toBeCloseTo(R2, 12);
    expect(row('Rumour').diagnosticity).toBeCloseTo(1, 12);
    // C against N: rated differently, so diagnostic, yet it moves no score.
    expect(row('Partial').diagnostic).toBe(true);
    expect(row('Partial').diagnosticity).toBe(0);
  });

  it('lists the gaps: NA everywhere and unrated cells', () => {
    const r = weights();
    expect(r.gaps.allNA).toEqual(['irrelevant']);
    expect(r.gaps.unrated).toEqual([{ evidence: 'partial', hypothesis: 'beta' }]);
    expect(r.gaps.unrefuted).toEqual([]);
  });
});

describe('ACH sensitivity (Heuer step 6)', () => {
  it('mirrors ratings C↔I and CC↔II and leaves N and NA alone', () => {
    expect(['CC', 'C', 'N', 'I', 'II', 'NA'].map((r) => flipRating(r as never) ?? '-')).toEqual(['II', 'I', '-', 'C', 'CC', '-']);
  });

  it('finds the items whose loss or reversal changes the leader', () => {
    const r = weights();
    const s = (id: string) => r.sensitivity.find((x) => x.evidence === id)!;
    // Dropping the strong report clears Alpha (0 < 1); so does reading it as C.
    expect(s('strong-report')).toMatchObject({ changesLeader: true, drop: { leaders: ['alpha'] }, flips: [{ hypothesis: 'alpha', from: 'I', to: 'C', leaders: ['alpha'] }] });
    // Beta falls to 1/√2 < 1 without either weak report.
    expect(s('weak-report-one')).toMatchObject({ changesLeader: true, drop: { leaders: ['beta'] }, flips: [{ hypothesis: 'beta', from: 'I', to: 'C', leaders: ['beta'] }] });
    // Reading Weak report two as I for Gamma lifts Gamma to 1 + 1/√2 > √2: Alpha and Beta then tie for the lead.
    expect(s('weak-report-two').flips).toEqual([
      { hypothesis: 'beta', from: 'I', to: 'C', leaders: ['beta'] },
      { hypothesis: 'gamma', from: 'C', to: 'I', leaders: ['alpha', 'beta'] },
    ]);
    // A non-diagnostic row can still hold the conclusion: Background as I for Gamma makes Gamma 2.
    expect(s('background')).toEqual({ evidence: 'background', changesLeader: true, flips: [{ hypothesis: 'gamma', from: 'C', to: 'I', leaders: ['alpha', 'beta'] }] });
    // The rumour is Gamma's only count against it; without it Gamma still leads.
    expect(s('rumour')).toEqual({ evidence: 'rumour', changesLeader: false, flips: [] });
    expect(s('irrelevant').changesLeader).toBe(false);
    expect(s('partial').changesLeader).toBe(false);
  });
});
