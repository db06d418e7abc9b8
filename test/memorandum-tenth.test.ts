import { describe, expect, it } from 'vitest';
import { loadMap } from '../src/io/load.js';
import { analyseMatrix, matricesFromMap } from '../src/analysis/ach/index.js';
import { checkMap } from '../src/rules/index.js';
import { overconfidentConclusion } from '../src/rules/overconfident-conclusion.js';

// Pins the tenth revision of the memorandum's map (independent reader 8's points): each test names the passage
// the map must not misstate.
const loaded = loadMap('arguments/soviet-policies-1953.yaml');
const { map } = loaded;
const relations = map.relations ?? [];
const node = (id: string) => map.nodes.find((n) => n.id === id)!;
const set = (id: string) => map.hypothesisSets!.find((s) => s.id === id)!;

describe('the memorandum map, re-read a tenth time', () => {
  // C.3: "On general grounds it would be unwise to expect a change of basic policy in a Government which has changed so
  // little in composition"; 3.A.iii-iv recast power among the same men. What is in doubt is the step to policy.
  it("names the rule from composition to policy, not the composition, as C.3's weak link", () => {
    // Twelfth revision: the redistribution of power undercuts once, so C.3 (65 % on 49 %) shows only under a margin below 0.2.
    const settings = new Map([['overconfident-conclusion', { severity: 'warning' as const, options: { ...overconfidentConclusion.meta.defaults, margin: 0.1 } }]]);
    const finding = checkMap(loaded, { settings }).find((f) => f.rule === 'overconfident-conclusion' && f.nodes[0] === 'c3-unwise-expect-change');
    expect(finding?.message).toContain('its weakest link is an-composition-policy');
  });

  // C.7(iv): "by making it difficult for the Soviet Government to revert to their aggressive tactical methods".
  it("words C.7(iv)'s unstated premise the way the text's mechanism runs", () => {
    const text = node('an-firmness-deters').text;
    expect(text).toMatch(/aggression does not pay/);
    expect(text).toMatch(/harder the return/);
    expect(text).not.toMatch(/hard to abandon/);
  });

  // 3.A.v ties the doctors' release to "the liberty of the subjects"; only the plot was "linked more directly with the
  // external threat" (1). One reading in every set: change-or-retreat, which read it as anti-Western, no longer rates it.
  it("reads the doctors' release one way across the sets", () => {
    expect(set('change-or-retreat').evidence).not.toContain('v3-doctors-released');
    expect(set('detente-explanations').evidence).toContain('v3-doctors-released');
    const changeOrRetreat = matricesFromMap(map)
      .map(analyseMatrix)
      .find((s) => s.id === 'change-or-retreat')!;
    expect(changeOrRetreat.cells.filter((c) => c.rating === 'I' || c.rating === 'II').map((c) => c.evidence)).toEqual([]);
  });

  // C.5(i), "a more conciliatory attitude on practical problems", is a means of C.5's internal-priority forecast, and it
  // was already observed (C.1): no milestone for C.4(ii).
  it('does not credit C.5(i) to the subtler-approach explanation as a milestone', () => {
    expect(relations.some((r) => r.type === 'predicts' && r.from === 'c4-ii-subtle-approach' && r.to === 'c5-i-conciliatory')).toBe(false);
    const detente = matricesFromMap(map)
      .map(analyseMatrix)
      .find((s) => s.id === 'detente-explanations')!;
    expect(detente.milestones.map((m) => m.prediction)).not.toContain('c5-i-conciliatory');
  });
});
