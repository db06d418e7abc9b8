import { describe, expect, it } from 'vitest';
import { expectSetsThatCanChoose, memorandum } from './helpers/memorandum.js';

// Pins the nineteenth revision of the memorandum's map: independent reader 18's fifteen points, each decided on the
// text. Each test names the passage it rests on.
const memo = memorandum();
const { map, inferences, relations, findings, matrices, readme, yaml, node, inference, finding, analysed, rating, set } = memo;

describe('the memorandum map, after the eighteenth reading', () => {
  // 2: "While all this suggested the possibility of new purges ... It looked as though Stalin was once more
  // preoccupied with the problem that had beset him since the beginning of the five-year plans"; "There is also the
  // possibility that Stalin may have become increasingly suspicious".
  it("removes 2's motive set, whose one I did not hold, records why, and leaves every set an I or II", () => {
    expect(map.hypothesisSets!.map((s) => s.id)).toEqual(['detente-explanations', 'change-or-retreat', 'p2-purges-or-discipline']);
    expect(yaml).toContain('"Bizarre" marks the episode as odd in form, not as outside the drive');
    expect(yaml).toContain('"There is also the possibility" adds a');
    expect(map.description).toContain('are not a set: 2 offers them as additive');
    // The same row the scale set rates C for the drive, the reason the motive set's I failed.
    expect(rating('p2-purges-or-discipline', 'p1-doctors-plot', 'an-p2-drive-short-of-purge').rating).toBe('C');
    expectSetsThatCanChoose(memo);
    expect(readme).not.toContain('counting what fits, again');
    expect(readme).toContain('here neither holds, so there is nothing for a matrix to choose');
  });

  // C.7(iv): "the recent Soviet gestures can only be regarded as a change of tactics" rests on the conciliatory phase
  // the Korean offer is part of, and a real change explains that phase too.
  it("drops the 'graph disputes' noise on the Korean offer against a real change: the signal is mixed", () => {
    const m = matrices.find((s) => s.id === 'change-or-retreat')!;
    expect(m.disputes).toEqual([]);
    expect(matrices.flatMap((s) => s.disputes)).toEqual([]);
    expect(rating('change-or-retreat', 'c1-iv-korea-offer', 'c2-real-change').rating).toBe('C');
  });

  // 5: "there is no doubt some uneasiness in Moscow over American intentions"; C.4(iii): "There may have been some
  // uneasiness over the possible reactions of the new American Administration".
  it("draws 5's unease as support for C.4(iii)'s, and notes the two confidences", () => {
    const step = inference('i-c4-iii-uneasiness');
    expect(step).toMatchObject({ premises: ['p5-uneasiness'], conclusion: 'c4-iii-american-reactions', analyst: true });
    expect(step.rationale).toContain('two confidences');
    expect(node('p5-uneasiness').hedge?.band?.term).toBe('highly likely');
    expect(node('c4-iii-american-reactions').hedge?.phrases).toEqual(['may']);
    expect(relations.some((r) => r.type === 'undercuts' && r.to === 'i-c4-iii-uneasiness')).toBe(false);
    expect(readme).toContain('the gap is the main body surer of the unease than the annex');
  });

  // 5: "we cannot assume this change to be mainly a defensive move inspired by the present degree of Western
  // consolidation". Once folded into C.4(iii) with the EDC row C; since the twenty-second revision C.4(iii) is rated as
  // worded ("the possible reactions of the new American Administration"), so the row is N (test/memorandum-twentieth).
  it('rates the pending EDC against C.4(iii) as C.4(iii) is worded, and the scores stay tied', () => {
    // Twenty-fourth revision: the pending EDC is context, a ground of the EDC step, not a row (memorandum-twenty-second).
    expect(set('detente-explanations').evidence).not.toContain('an-edc-pending');
    const s = analysed('detente-explanations');
    const score = (h: string) => s.hypotheses.find((x) => x.id === h)!.inconsistency;
    expect(['c4-i-internal-weakness', 'c4-ii-subtle-approach', 'c4-iii-american-reactions', 'an-detente-no-new-driver'].map(score)).toEqual([0, 0, 0, 3]);
  });

  // 6: "if they are in a jumpy or uncertain mood ... or, if they are coolly trying out a new tactical approach";
  // C.4: "It is quite possible that the Soviet leaders have been influenced by all these considerations".
  it('says the memorandum leans to i on judgement, then declines to choose', () => {
    expect(yaml).toContain('So: it leans to i on\n    # judgement, then declines to choose.');
    expect(yaml).not.toContain('so C.5 answers for i');
    expect(readme).toContain('and then declines to choose');
    expect(readme).not.toContain("so the memorandum answers\n  the set's question");
    expect(map.description).toContain('then declines to choose');
  });

  // 3: "Against this background, which they themselves dramatised by talking of 'panic and disarray'".
  it("gives both readings of 'dramatised' and keeps the low grade on either", () => {
    expect(node('p3-panic-disarray').credibility).toBe('low');
    expect(node('p3-panic-disarray').rationale).toContain('as brought out vividly');
    expect(node('p3-panic-disarray').rationale).toContain('The grade stands on either reading');
  });

  // 4: "The more important reflections of the new line have been"; 5: "A tactical change ... seems to be beginning".
  it("rests both of 5's motive lines to the tactical change on the observed new line", () => {
    for (const id of ['i-p5-tactical-respite', 'i-p5-tactical-subtle', 'i-p5-tactical-change']) expect(inference(id).premises, id).toContain('p4-new-line');
  });

  // Annex C prints its first paragraph unnumbered; "Soviet policy in the longer term will depend ..." follows C.5(vii).
  it('says C.6 may be the unnumbered longer-term paragraph or lie in the editors\' "[...]"', () => {
    expect(node('an-c6-omitted').text).not.toContain('no C.6');
    expect(node('an-c6-omitted').rationale).toContain('may be C.6 with its number lost');
    expect(node('an-c6-omitted').rationale).toContain('or C.6 lies in the "[...]"');
  });

  // C.5: "there seems no reason to think that it will radically alter the Soviet threat".
  it("explains why C.5's 'no reason to think' stays unbanded beside the mirrored bands", () => {
    expect(node('c5-no-radical-change').hedge?.band).toBeUndefined();
    expect(node('c5-no-radical-change').hedge?.note).toContain('speaks of the reasons, not of the outcome');
    for (const id of ['c3-unwise-expect-change', 'c5-no-weakening', 'd7-mao-not-successor']) expect(node(id).hedge?.band?.term, id).toBe('likely');
  });

  // 1: "One of the main functions of the 19th Party Congress"; 3.A(v): "five important steps to strengthen popular
  // acceptance of the new regime".
  it('treats purpose read off action alike: 3.A(v) and 1 both suppressed, with reasons', () => {
    for (const id of ['a-v-popular-acceptance', 'p1-congress-discipline']) {
      const f = finding('unhedged-judgement', id);
      expect(f, id).toHaveLength(1);
      expect(f[0]!.suppressed?.reason, id).toBeDefined();
    }
    expect(finding('unhedged-judgement', 'a-v-popular-acceptance')[0]!.suppressed!.reason).toContain('But this can best be dealt with under B below');
  });

  // C.5: "Soviet policy in the longer term will depend on the success of the tactics now being adopted and on future
  // Western strength. The absence of Stalin will obviously make difference in detail ...".
  it("suppresses C.5's 'will depend on' as naming determinants, not a likelihood", () => {
    const flat = finding('unhedged-judgement', 'c5-longer-term-depends');
    expect(flat[0]!.suppressed?.reason).toContain('C.5 goes on to weigh Stalin');
    expect(findings.filter((f) => f.nodes[0] === 'c5-longer-term-depends' && !f.suppressed)).toEqual([]);
  });

  // C.5(iv): "the Soviet leaders may calculate that a political détente will itself have this effect ...; and they
  // may try to aggravate the situation by renewing their own 'trade offensive'".
  it('splits C.5(iv) so each half restates its own sentence of 5', () => {
    expect(node('c5-iv-detente-effect')).toMatchObject({ kind: 'hypothesis', source: { locator: 'C.5.iv' } });
    expect(node('c5-iv-trade-offensive').source?.quote).toMatch(/^they may try to aggravate/);
    const restates = (a: string, b: string) => relations.some((r) => r.type === 'restates' && r.from === a && r.to === b);
    expect(restates('c5-iv-detente-effect', 'p5-economic-offensive')).toBe(true);
    expect(restates('c5-iv-trade-offensive', 'p5-trade-offensive')).toBe(true);
    expect(findings.filter((f) => f.nodes[0]?.startsWith('c5-iv-') && !f.suppressed)).toEqual([]);
  });

  // D.3: "sufficient reason to preclude any weakening"; D.7: "If, in the future, the unifying forces between the two
  // countries were to be weakened".
  it("draws D.7's admitted weakening as a hedge on D.3, and teaches D.3's number as the reader's grade", () => {
    const q = relations.find((r) => r.type === 'qualifies' && r.from === 'an-d7-weakening-entertained' && r.to === 'd3-loyalty')!;
    expect(q.analyst).toBe(true);
    expect(node('an-d7-weakening-entertained')).toMatchObject({ kind: 'hedge', analyst: true });
    const gap = finding('overconfident-conclusion', 'd3-loyalty');
    expect(gap).toHaveLength(1);
    expect(gap[0]!.suppressed).toBeUndefined();
    expect(gap[0]!.data).toMatchObject({ stated: '85 %', supported: '51 %' });
    expect(readme).toContain("the gap (about 85 % stated against about 51 % supported) is the memorandum's");
  });

  // fn6: "The death of Stalin sped up the process of negotiations"; D.6: "though this does not preclude a mutually
  // agreed change of tactics ... An example of the latter is the new Communist approach to an armistice in Korea".
  it("turns footnote 6's 'sped up' from an attack on D.6 into marked hindsight that qualifies it", () => {
    expect(relations.some((r) => r.type === 'attacks' && r.to === 'd6-little-effect')).toBe(false);
    expect(relations.some((r) => r.type === 'qualifies' && r.from === 'an-fn6-sped-up' && r.to === 'd6-little-effect')).toBe(true);
    expect(node('an-fn6-sped-up').rationale).toContain('hard to falsify');
    expect(readme).toContain("The map draws that as the reader's hedge on D.6, marked as hindsight");
  });

  it('states the counts and eighteen readings in the README', () => {
    expect(readme).toContain(`maps all of it: ${map.nodes.length} nodes, ${inferences.length} inferences, ${relations.length} relations and three hypothesis sets`);
    // Nineteen since the nineteenth reading (pinned in memorandum-eighteenth).
    expect(readme).toMatch(/(eighteen|nineteen|twenty|twenty-two|twenty-three) independent readings/);
    expect(readme).toContain('8, 8, 8, 7.5, 8');
  });
});
