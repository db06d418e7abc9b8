import { describe, expect, it } from 'vitest';
import { loadMap } from '../src/io/load.js';
import { analyseMatrix, matricesFromMap } from '../src/analysis/ach/index.js';
import { main } from '../src/cli/main.js';

// The memorandum's map is written by hand and its ratings may be refined; these tests pin what the
// text itself settles (Annex C ¶2–4, main body ¶5), not every score.
const loaded = loadMap('arguments/soviet-policies-1953.yaml');
const sets = matricesFromMap(loaded.map).map(analyseMatrix);
const byId = (id: string) => sets.find((s) => s.id === id)!;

describe('ACH on the 1953 memorandum', () => {
  it('has both hypothesis sets, each hypothesis scored once, ranked least contradicted first', () => {
    expect(sets.map((s) => s.id)).toEqual(['detente-explanations', 'change-or-retreat']);
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

  it('leaves a temporary tactical retreat least contradicted and a real change most (Annex C ¶3–4)', () => {
    const s = byId('change-or-retreat');
    expect(s.leaders).toEqual(['c2-tactical-retreat']);
    expect(s.hypotheses.at(-1)!.id).toBe('c2-real-change');
    expect(s.hypotheses.at(-1)!.inconsistency).toBeGreaterThan(0);
  });

  it('prints both matrices from the command line', async () => {
    let out = '';
    const code = await main(['ach', 'arguments/soviet-policies-1953.yaml'], { stdout: (t) => void (out += t), stderr: () => {}, isTTY: false });
    expect(code).toBe(0);
    expect(out).toContain("detente-explanations: Why did Stalin's successors seek a d\u00e9tente?");
    expect(out).toContain('change-or-retreat: Do the new moves mean a real change');
  });
});
