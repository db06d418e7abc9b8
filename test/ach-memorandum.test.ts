import { describe, expect, it } from 'vitest';
import { loadMap } from '../src/io/load.js';
import { analyseMatrix, matricesFromMap } from '../src/analysis/ach/index.js';
import { main } from '../src/cli/main.js';
import type { ArgumentMap } from '../src/model/types.js';

// The memorandum's map is written by hand and its ratings may be refined; these tests pin what the
// text itself settles: where it chooses (5 declines the defensive reading, 6 and C.5 lean to the
// internal one, 2 turns from the purge reading, D.6 calls the Korean approach "mutually agreed"), the
// ranking must choose the same way; where the order is the map-maker's (the offensive against the
// defensive reading), the tests say it rests on one rating; where the text does not set explanations
// against each other (5's two offensives, "It is also possible"), no set does.
const loaded = loadMap('arguments/soviet-policies-1953.yaml');
const analyse = (map: ArgumentMap) => matricesFromMap(map).map(analyseMatrix);
const sets = analyse(loaded.map);
const byId = (id: string) => sets.find((s) => s.id === id)!;
const order = (id: string) => byId(id).hypotheses.map((h) => h.id);

/** Each variant of the map with one I or II rating of `setId` softened to N, with the rating it softened. */
function softenedOneAtATime(setId: string): { cell: string; analysed: ReturnType<typeof analyseMatrix> }[] {
  const set = loaded.map.hypothesisSets!.find((h) => h.id === setId)!;
  return (set.ratings ?? [])
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.rating === 'I' || r.rating === 'II')
    .map(({ r, i }) => {
      const map: ArgumentMap = structuredClone(loaded.map);
      map.hypothesisSets!.find((h) => h.id === setId)!.ratings![i]!.rating = 'N';
      return { cell: `${r.evidence} × ${r.hypothesis}`, analysed: analyse(map).find((s) => s.id === setId)! };
    });
}

describe('ACH on the 1953 memorandum', () => {
  it('has its four hypothesis sets, each hypothesis scored once, ranked least contradicted first', () => {
    expect(sets.map((s) => s.id)).toEqual(['detente-explanations', 'change-or-retreat', 'p2-purges-or-discipline', 'd6-armistice-driver']);
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

  // A set with no I or II cannot choose: its "tie" would be the method's, not the text's.
  it('gives every set something inconsistent to count', () => {
    for (const s of sets)
      expect(
        s.hypotheses.some((h) => h.inconsistency > 0),
        s.id,
      ).toBe(true);
  });

  // 5: "we cannot assume this change to be mainly a defensive move"; 6: the internal situation and the
  // consolidation "could in themselves explain" the trend; C.5 builds on "this hypothesis".
  it('ranks the internal priority first with nothing against it (5, 6, C.5)', () => {
    expect(byId('detente-explanations').leaders).toEqual(['c5-internal-priority']);
    expect(order('detente-explanations')).toEqual(['c5-internal-priority', 'c4-ii-subtle-approach', 'p5-defensive-move']);
    expect(byId('detente-explanations').hypotheses[0]!.weightedInconsistency).toBe(0);
  });

  // The second audit: the malaise of 1-2 predates the death too, and C.5.v expects "A continuation" of
  // Peace Campaign tactics, so courtesy "already current before Stalin's death" is no anomaly for it.
  it('does not count the pre-death courtesy against the internal reading', () => {
    const cell = byId('detente-explanations').cells.find((c) => c.evidence === 'p4-courtesy-reports' && c.hypothesis === 'c5-internal-priority');
    expect(cell?.rating).toBe('N');
  });

  // C.5 derives from the planners' outlook a policy that lulls and divides the West: no I against the subtler approach.
  it('does not rate the facts C.5 builds on against the subtler approach, its instrument', () => {
    const cells = byId('detente-explanations').cells.filter((c) => c.hypothesis === 'c4-ii-subtle-approach' && ['c5-plan-generation', 'c5-internal-career'].includes(c.evidence));
    expect(cells.map((c) => c.rating)).toEqual(['N', 'N']);
  });

  // The order of the second and third is the map-maker's, one rating apiece: softening the one I against
  // the subtler approach ties it with the internal priority, and no softening unseats the internal priority.
  it('keeps the internal priority in the lead whichever single I is softened, and says the runner-up rests on one rating', () => {
    const runs = softenedOneAtATime('detente-explanations');
    for (const { cell, analysed } of runs) expect(analysed.leaders, cell).toContain('c5-internal-priority');
    const courtesy = runs.find((r) => r.cell === 'p4-courtesy-reports × c4-ii-subtle-approach')!;
    expect([...courtesy.analysed.leaders].sort()).toEqual(['c4-ii-subtle-approach', 'c5-internal-priority']);
    expect(byId('detente-explanations').hypotheses.map((h) => h.inconsistency)).toEqual([0, 1, 1]);
  });

  // C.3 finds no grounds for a change of objectives and C.7.iv "can only" see tactics; 5 calls the tactical
  // change "apparently of a major kind", while 4.iv's German feelers are "very tentative".
  it('leaves a major temporary retreat least contradicted, a limited one next and a real change most (Annex C 2-4, 5)', () => {
    const s = byId('change-or-retreat');
    expect(s.leaders).toEqual(['c2-retreat-major']);
    expect(order('change-or-retreat')).toEqual(['c2-retreat-major', 'c2-retreat-limited', 'c2-real-change']);
  });

  it("keeps a real change of attitude last whichever single I rating of C.2's set is softened", () => {
    for (const { cell, analysed } of softenedOneAtATime('change-or-retreat')) expect(analysed.hypotheses.at(-1)!.id, cell).toBe('c2-real-change');
  });

  // 5: the EDC and economic readings are joined by "It is also possible" and C.5 lists both among its means
  // (iii.1, iv): they are cases of the subtler approach, not rivals, so no set pits them against each other.
  it("sets 5's EDC and economic offensives against nothing: they are cases of the subtler approach", () => {
    for (const set of loaded.map.hypothesisSets!) {
      expect(set.hypotheses, set.id).not.toContain('p5-edc-offensive');
      expect(set.hypotheses, set.id).not.toContain('p5-economic-offensive');
    }
  });

  // 2: "While all this suggested the possibility of new purges, there was no atmosphere of tension ...
  // It looked as though Stalin was once more preoccupied ..."
  it('turns from the purge reading to the drive against slackness, as 2 does', () => {
    expect(byId('p2-purges-or-discipline').leaders).toEqual(['p2-stalin-preoccupied']);
    const against = byId('p2-purges-or-discipline')
      .cells.filter((c) => c.hypothesis === 'p2-possible-purges' && c.rating === 'I')
      .map((c) => c.evidence);
    expect(against).toEqual(['p2-no-tension']);
  });

  // D.6: the Korean approach is "An example of the latter", a "mutually agreed change of tactics", with a
  // reason on each side ("China may have decided ...; the Soviet Union may feel ...").
  it("leads with D.6's own frame, a mutually agreed change, and counts one fact against each side acting alone", () => {
    const s = byId('d6-armistice-driver');
    expect(s.leaders).toEqual(['d6-mutually-agreed']);
    expect(Object.fromEntries(s.hypotheses.map((h) => [h.id, h.inconsistency]))).toEqual({ 'd6-mutually-agreed': 0, 'd6-china-overstretched': 1, 'd6-soviet-tactics': 1 });
  });

  it('prints the matrices from the command line', async () => {
    let out = '';
    const code = await main(['ach', 'arguments/soviet-policies-1953.yaml'], { stdout: (t) => void (out += t), stderr: () => {}, isTTY: false });
    expect(code).toBe(0);
    expect(out).toContain("detente-explanations: What mainly drives the successors' d\u00e9tente");
    expect(out).toContain('change-or-retreat: Do the new moves mean a real change');
    expect(out).toContain('d6-armistice-driver: Who drove the new Communist approach');
  });
});
