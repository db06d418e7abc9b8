import { describe, expect, it } from 'vitest';
import { memorandum } from './helpers/memorandum.js';
import { readFileSync } from 'node:fs';
import { analyseMatrix, matricesFromMap } from '../src/analysis/ach/index.js';
import { keyAssumptions } from '../src/analysis/key-assumptions.js';

// Pins the seventeenth revision of the memorandum's map: eleven points on which the sixteen readers disagreed, each
// settled by the text, with the alternative weighed in the map itself. Each test names the passage it rests on.
const { map, relations, findings, node, into, finding, set, analysed, rating } = memorandum();

describe('the memorandum map, after the seventeenth revision', () => {
  // C.4: "there is room for considerable fluctuations in Soviet policy on the tactical plane". Readers 14 and 16 asked
  // for medium; the doubt they raise is C.3's silence, which the finding on C.7(iv) already names.
  it("keeps C.4's tactical room high, says why, and the C.7(iv) finding still names C.3's silence as the weak link", () => {
    expect(node('c4-tactical-room').credibility).toBe('high');
    expect(node('c4-tactical-room').rationale).toContain('Graded high: nothing in the text disputes');
    const c7 = finding('overconfident-conclusion', 'c7-iv-only-tactics');
    expect(c7).toHaveLength(1);
    expect(c7[0]!.suppressed).toBeUndefined();
    expect(c7[0]!.message).toContain('its weakest link is c3-objectives-unchanged');
  });

  // C.3 and C.5: "it would be unwise to expect"; the node states the judgement, so the band is the mirror.
  it("keeps 'it would be unwise to expect' banded likely on the judgement it states, with the rival band weighed", () => {
    for (const id of ['c3-unwise-expect-change', 'c5-no-weakening']) {
      expect(node(id).hedge?.band?.term, id).toBe('likely');
      expect(
        finding('hedge-band-mismatch', id).every((f) => f.suppressed),
        id,
      ).toBe(true);
    }
    expect(node('c3-unwise-expect-change').hedge?.note).toContain('One convention for every doubly negative judgement');
  });

  // C.3's "e.g. Malenkov's report to the 19th Party Congress last October" predates the death; C.1's funeral orations
  // "in terms little different from those used by the Soviet propaganda in the past" are the new rulers' own words.
  it("moves change-or-retreat's one I from the pre-death doctrine to the new rulers' funeral words, and keeps a real change last", () => {
    expect(rating('change-or-retreat', 'c3-leaders-subscribed', 'c2-real-change').rating).toBe('N');
    expect(rating('change-or-retreat', 'c3-leaders-subscribed', 'c2-real-change').rationale).toContain('c3-shared-assumptions');
    // Flipped at the twenty-third revision: the funeral row is N too (see memorandum-twenty-first.test.ts), so the set
    // ties, and no-inconsistency reports it, the one set the text leaves tied.
    expect(rating('change-or-retreat', 'c1-funeral-orations', 'c2-real-change').rating).toBe('N');
    const s = analysed('change-or-retreat');
    expect(s.cells.filter((c) => c.rating === 'I' || c.rating === 'II')).toEqual([]);
    expect([...s.leaders].sort()).toEqual(['c2-real-change', 'c2-tactical-retreat']);
    for (const m of matricesFromMap(map).map(analyseMatrix))
      expect(
        m.cells.some((c) => c.rating === 'I' || c.rating === 'II'),
        m.id,
      ).toBe(m.id !== 'change-or-retreat');
    expect(findings.filter((f) => f.rule === 'overlapping-hypotheses')).toEqual([]);
  });

  // 5: "Although there is no doubt some uneasiness in Moscow over American intentions, we cannot assume this change to be
  // mainly a defensive move": C.4(iii)'s "some uneasiness", weighed, not a fourth explanation.
  it("folds 5's defensive reading into C.4(iii) and says in the map why it is not a fourth column", () => {
    expect(set('detente-explanations').hypotheses).not.toContain('p5-defensive-move');
    expect(node('p5-defensive-move').rationale).toContain('Three explanations can be offered');
    const qualified = relations.filter((r) => r.type === 'qualifies' && r.from === 'p5-not-defensive').map((r) => r.to);
    expect(qualified.sort()).toEqual(['c4-iii-american-reactions', 'p5-defensive-move']);
  });

  // 6: "they have obviously found it expedient": the computed gap sits at the summary of reported steps, not at the motive.
  it("keeps the suppression on 6's 'obviously found it expedient', points to where the doubt is shown, and shows it there", () => {
    const carrot = finding('overconfident-conclusion', 'p6-carrot-stick');
    expect(carrot).toHaveLength(1);
    expect(carrot[0]!.suppressed?.reason).toContain('c7-iv-only-tactics');
    const qualified = relations.filter((r) => r.type === 'qualifies' && r.to === 'p6-carrot-stick').map((r) => r.from);
    expect(qualified.sort()).toEqual(['p6-so-little-known', 'p6-too-soon']);
  });

  // C.7(iii): "whatever conciliatory gestures their leaders may make"; 3.A(v): "five important steps to strengthen
  // popular acceptance of the new regime", the détente among them. C.4(i) is offered with "may".
  it('gives C.7(iii) a second line that does not need C.4(i), and still names its one unstated premise', () => {
    const lines = into('c7-iii-no-hostility');
    expect(lines.map((i) => i.premises)).toEqual([
      ['c4-i-internal-weakness', 'an-hostility-rallies'],
      ['a-v-popular-acceptance', 'an-hostility-rallies'],
    ]);
    expect(lines.every((i) => i.analyst)).toBe(true);
    const named = finding('load-bearing-premise', 'c7-iii-no-hostility');
    expect(named).toHaveLength(1);
    expect(named[0]!.message).toContain('an-hostility-rallies');
    expect(named[0]!.message).not.toContain('c4-i-internal-weakness');
    expect(keyAssumptions(map).find((c) => c.conclusion === 'c7-iii-no-hostility')).toBeDefined();
  });

  // C.5: "Soviet policy in the longer term will depend on the success of the tactics now being adopted and on future
  // Western strength". Un-suppressed at the seventeenth revision as leaving the succession out; suppressed again since
  // the eighteenth reading: "depend on" names determinants, not a likelihood, and C.5 goes straight on to weigh the
  // succession ("the known ability and resolution of Stalin's successors"). What C.7(iv) needs from it is reported on
  // c7-iv-firmness.
  it("suppresses C.5's frame of what longer-term policy depends on, with the reason, and reports what C.7(iv) needs from it", () => {
    const flat = finding('unhedged-judgement', 'c5-longer-term-depends');
    expect(flat).toHaveLength(1);
    expect(flat[0]!.suppressed?.reason).toContain('names determinants');
    expect(node('c5-longer-term-depends').hedge?.note).not.toContain('leaves out');
    const unsupported = finding('unsupported-conclusion', 'c5-longer-term-depends');
    expect(unsupported).toHaveLength(1);
    expect(unsupported[0]!.suppressed?.reason).toContain('an-firmness-deters');
    expect(finding('load-bearing-premise', 'c7-iv-firmness')[0]!.message).toContain('an-firmness-deters');
  });

  // 6's "meet Soviet conciliatory moves half-way" and C.7(i)'s "welcome ... in order to secure agreements": one advice.
  it("keeps C.7(i)'s welcome as 6's half-way advice restated, with the difference of emphasis recorded, and one finding", () => {
    const restated = relations.find((r) => r.type === 'restates' && r.from === 'c7-i-welcome' && r.to === 'p6-meet-halfway')!;
    expect(restated.rationale).toContain('One recommendation at one confidence');
    const named = findings.filter((f) => f.rule === 'load-bearing-premise' && f.message.includes('an-welcome-asymmetry'));
    expect(named.map((f) => f.nodes[0])).toEqual(['p6-meet-halfway']);
  });

  // fn11: "After numerous problems with the choice of a suitable building, it moved to a building on Novinsky
  // Boulevard"; C.1(ii): the moves "need not take place". A release, not a promise to stay.
  it("reads footnote 11's move as no contradiction of C.1(ii), dated by its own 'Before 1953', and rates nothing on it", () => {
    const between = relations.filter((r) => [r.from, r.to].includes('fn11-novinsky') && [r.from, r.to].includes('c1-ii-embassies'));
    expect(between).toEqual([]);
    expect(node('fn11-novinsky').rationale).toContain('Not a contradiction');
    expect(node('fn11-novinsky').rationale).not.toContain('gives no date');
    for (const s of map.hypothesisSets!) expect(s.evidence, s.id).not.toContain('fn11-novinsky');
    expect(rating('detente-explanations', 'c1-ii-embassies', 'an-detente-no-new-driver').rating).toBe('I');
  });

  // 1: "the vigilance and security campaign was linked more directly with the external threat" (January, Stalin's).
  it("keeps January's vigilance campaign out of the détente rows, with the reason on the courtesy rating against C.4(iii)", () => {
    expect(set('detente-explanations').evidence).not.toContain('p1-vigilance-external');
    const courtesy = rating('detente-explanations', 'p4-courtesy-reports', 'c4-iii-american-reactions');
    expect(courtesy.rating).toBe('C');
    expect(courtesy.rationale).toContain('is not a row of its own');
  });

  // fn7: "was elected on 10 April 1953"; the Assembly voted on 7 April.
  it("reports footnote 7's three-day slip as an error by the one date rule, with the weighing on the reader's correction", () => {
    const slip = findings.filter((f) => f.rule === 'dated-fact-conflict' && f.nodes[0] === 'fn7-elected');
    expect(slip).toHaveLength(1);
    expect(slip[0]!.severity).toBe('error');
    expect(slip[0]!.message).toContain('3 days apart');
    const attack = relations.find((r) => r.type === 'attacks' && r.from === 'an-hammarskjold-appointed' && r.to === 'fn7-elected')!;
    expect(attack.rationale).toContain('One rule for every date the editors get wrong');
  });

  it("keeps the section comment for 3 outside ¶2's last node, whose dates stay on it", () => {
    expect(node('p2-stalin-suspicious').dates?.map((d) => d.event)).toEqual(['stalin-last-months']);
    const yaml = readFileSync('arguments/soviet-policies-1953.yaml', 'utf8');
    expect(yaml.indexOf('event: stalin-last-months')).toBeGreaterThan(0);
    expect(yaml.indexOf("# ---- Main body, 3: the successors' measures ----")).toBeGreaterThan(yaml.indexOf('event: stalin-last-months'));
  });
});
