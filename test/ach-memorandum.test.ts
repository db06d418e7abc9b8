import { describe, expect, it } from 'vitest';
import { loadMap } from '../src/io/load.js';
import { analyseMatrix, matricesFromMap } from '../src/analysis/ach/index.js';
import { main } from '../src/cli/main.js';

// The memorandum's map is written by hand and its ratings may be refined; these tests pin what the
// text itself settles (Annex C ¶2–4, main body ¶5–6), not every score: where the text chooses, the
// ranking must choose the same way; where it declines to choose, the ranking must not choose either.
const loaded = loadMap('arguments/soviet-policies-1953.yaml');
const sets = matricesFromMap(loaded.map).map(analyseMatrix);
const byId = (id: string) => sets.find((s) => s.id === id)!;

describe('ACH on the 1953 memorandum', () => {
  it('has both hypothesis sets, each hypothesis scored once, ranked least contradicted first', () => {
    expect(sets.map((s) => s.id)).toEqual(['detente-explanations', 'change-or-retreat', 'p5-defensive-or-offensive']);
    for (const s of sets) {
      const declared = loaded.map.hypothesisSets!.find((h) => h.id === s.id)!.hypotheses;
      expect(s.hypotheses.map((h) => h.id).sort()).toEqual([...declared].sort());
      const w = s.hypotheses.map((h) => h.weightedInconsistency);
      expect(w).toEqual([...w].sort((a, b) => a - b));
      expect(s.leaders.length).toBeGreaterThan(0);
      expect(s.evidence.length).toBeGreaterThan(0);
    }
  });

  it('keeps every rating the analyst wrote, as written', () => {
    for (const set of loaded.map.hypothesisSets!) {
      const cells = byId(set.id).cells;
      for (const r of set.ratings ?? []) {
        expect(cells.find((c) => c.evidence === r.evidence && c.hypothesis === r.hypothesis)).toMatchObject({ rating: r.rating, derived: false });
      }
    }
  });

  // C.3 finds no grounds for a change of objectives and C.7.iv "can only" see tactics; ¶5 calls the tactical
  // change "apparently of a major kind", while ¶4.iv's German feelers are "very tentative".
  it('leaves a major temporary retreat least contradicted, a limited one next and a real change most (Annex C ¶2–4, ¶5)', () => {
    const s = byId('change-or-retreat');
    expect(s.leaders).toEqual(['c2-retreat-major']);
    expect(s.hypotheses.map((h) => h.id)).toEqual(['c2-retreat-major', 'c2-retreat-limited', 'c2-real-change']);
    const w = (id: string) => s.hypotheses.find((h) => h.id === id)!.weightedInconsistency;
    expect(w('c2-retreat-major')).toBeLessThan(w('c2-retreat-limited'));
    expect(w('c2-retreat-limited')).toBeLessThan(w('c2-real-change'));
  });

  // ¶5: "we cannot assume this change to be mainly a defensive move"; the EDC and economic readings are
  // joined by "It is also possible" and the text does not choose between them.
  it('ranks the mainly defensive reading of ¶5 below both offensive readings, which tie', () => {
    const s = byId('p5-defensive-or-offensive');
    expect([...s.leaders].sort()).toEqual(['p5-economic-offensive', 'p5-edc-offensive']);
    expect(s.hypotheses.at(-1)!.id).toBe('p5-defensive-move');
    expect(s.hypotheses.at(-1)!.inconsistency).toBeGreaterThan(0);
  });

  // C.4: "It is quite possible that the Soviet leaders have been influenced by all these considerations";
  // ¶6: "It is much too soon to draw any firm conclusion". The non-exclusive explanations must not be ranked.
  it('leaves the explanations of the détente tied, as C.4 and ¶6 leave them', () => {
    const s = byId('detente-explanations');
    expect([...s.leaders].sort()).toEqual([...loaded.map.hypothesisSets!.find((h) => h.id === 'detente-explanations')!.hypotheses].sort());
    expect(s.hypotheses.every((h) => h.inconsistency === 0)).toBe(true);
  });

  it('prints both matrices from the command line', async () => {
    let out = '';
    const code = await main(['ach', 'arguments/soviet-policies-1953.yaml'], { stdout: (t) => void (out += t), stderr: () => {}, isTTY: false });
    expect(code).toBe(0);
    expect(out).toContain("detente-explanations: Why did Stalin's successors seek a d\u00e9tente?");
    expect(out).toContain('change-or-retreat: Do the new moves mean a real change');
  });
});
