import { describe, expect, it } from 'vitest';
import { expectSetsThatCanChoose, memorandum } from './helpers/memorandum.js';

// Pins the twentieth revision of the memorandum's map: independent reader 19's points (all but the fifth, the
// `assumptions` report, which is another change's), each decided on the text. Each test names the passage it rests on.
const memo = memorandum();
const { map, inferences, relations, findings, matrices, readme, yaml, node, inference, relation, set, analysed } = memo;

describe('the memorandum map, after the nineteenth reading', () => {
  // 5: "they may well feel that in the new situation a more subtle approach ..."; C.4(ii): "They may have felt that the
  // new situation offered a suitable opportunity for a more subtle approach".
  it("supports C.4(ii) from 5's subtler approach, as C.4(i) and C.4(iii) are supported, at two confidences", () => {
    const step = inference('i-c4-ii-subtle');
    expect(step).toMatchObject({ premises: ['p5-subtle-approach'], conclusion: 'c4-ii-subtle-approach', analyst: true });
    expect(step.rationale).toContain('at two confidences');
    expect(node('p5-subtle-approach').hedge?.phrases).toEqual(['may well']);
    expect(node('c4-ii-subtle-approach').hedge?.phrases).toEqual(['may']);
    expect(relations.some((r) => r.type === 'restates' && [r.from, r.to].sort().join() === 'c4-ii-subtle-approach,p5-subtle-approach')).toBe(false);
    // Each of C.4's three explanations now has one step from the main body under it.
    for (const h of ['c4-i-internal-weakness', 'c4-ii-subtle-approach', 'c4-iii-american-reactions'])
      expect(
        inferences.filter((i) => i.conclusion === h),
        h,
      ).toHaveLength(1);
  });

  // 5: "The developments under (iv) above may indeed be the first sign ... a diplomatic offensive against ... the
  // E.D.C. Treaty"; "they might seek to aggravate the uncertainties thus caused by renewing their own 'trade offensive'".
  it("lists the German talks and the trade offensive among C.4(ii)'s milestones", () => {
    for (const p of ['c5-iii-1-germany-talks', 'p5-trade-offensive']) expect(relation('predicts', 'c4-ii-subtle-approach', p)?.analyst, p).toBe(true);
    const ms = analysed('detente-explanations')
      .milestones.filter((m) => m.hypothesis === 'c4-ii-subtle-approach')
      .map((m) => m.prediction)
      .sort();
    expect(ms).toEqual(['c4-ii-recession', 'c5-iii-1-germany-talks', 'p5-trade-offensive']);
    // The offensives stay hypotheses (they explain the German gestures and the ECE moderation).
    for (const h of ['p5-edc-offensive', 'p5-economic-offensive']) expect(node(h).kind, h).toBe('hypothesis');
  });

  // C.5: "the cast of his mind", "the generation of the Five-Year Plans"; 5: "They need a respite"; 6: "could in
  // themselves explain".
  it("no longer calls C.5's hypothesis C.4(i)'s: outlook, not weakness, with ii's means", () => {
    expect(yaml).not.toContain('C.5\'s "this hypothesis" is i\'s');
    expect(yaml).not.toContain('so C.5 leans to i');
    expect(readme).not.toContain('C.5\'s "this hypothesis" is i\'s');
    expect(map.description).not.toContain('C.5\'s "this hypothesis"),');
    expect(map.description).toContain("compatible with i, with\n  ii's means".replace('\n  ', ' '));
    expect(yaml).toContain("So C.5 is compatible with i, uses ii's means, and votes for neither");
    expect(readme).toContain("compatible with i, with ii's means, a vote for neither");
    expect(readme).toContain('flat "They need a respite" and ¶6\'s "could in themselves explain"');
  });

  // D.6: "China may have decided that she is unable to sustain for any prolonged period the double commitment of
  // economic reconstruction and the Korean war".
  it('keeps the I on the Korean offer but at medium relevance, with the key assumption that Moscow directs Korea', () => {
    for (const id of ['detente-explanations', 'change-or-retreat']) expect(set(id).assessments!.find((a) => a.evidence === 'c1-iv-korea-offer')!.relevance, id).toBe('medium');
    const r = set('detente-explanations').ratings!.find((x) => x.evidence === 'c1-iv-korea-offer' && x.hypothesis === 'an-detente-no-new-driver')!;
    expect(r.rating).toBe('I');
    expect(r.rationale).toContain('China may have decided');
    expect(node('an-moscow-directs-korea')).toMatchObject({ kind: 'premise', analyst: true, tags: ['key-assumption'], credibility: 'medium' });
    expect(inference('i-detente-c1-iv-korea-offer').premises).toEqual(['c1-iv-korea-offer', 'an-moscow-directs-korea']);
    expect(analysed('detente-explanations').hypotheses.find((h) => h.id === 'an-detente-no-new-driver')!.inconsistency).toBe(3);
  });

  // D.3: "This dependence seems in itself sufficient reason to preclude any weakening"; C.5: "there seems no reason to
  // think that it will radically alter the Soviet threat".
  it("says precisely why D.3's 'sufficient reason to preclude' is banded and C.5's 'no reason to think' is not", () => {
    expect(node('d3-loyalty').hedge?.band?.term).toBe('highly likely');
    expect(node('c5-no-radical-change').hedge?.band).toBeUndefined();
    expect(node('c5-no-radical-change').hedge?.note).toContain('Sufficient reason for X is a claim about X; no reason for not-X is a claim about the reasons.');
    expect(readme).toContain('Key Assumptions Check item (is dependence enough?)');
  });

  // C.1(iv): "a more acceptable formula"; 4(ii): "a formula ... accepting the voluntary principle".
  it("no longer restates 4(ii)'s voluntary principle by C.1(iv)'s weaker 'more acceptable formula'", () => {
    expect(relation('restates', 'c1-iv-korea-offer', 'p4-ii-voluntary-repatriation')).toBeUndefined();
    expect(relation('restates', 'c1-iv-korea-offer', 'p4-ii-korea-offers')).toBeDefined();
    expect(node('c1-iv-korea-offer').rationale).toContain('a weaker and a stronger statement as two');
  });

  // fn9: "Western countries who had declared trade to be a weapon of peaceful coexistence"; fn10: "Stalin's
  // proclamation that trade was an instrument for peaceful coexistence".
  it("reads footnote 9's stray 'who' as a hedge, not a contradiction with footnote 10", () => {
    expect(relations.some((r) => r.type === 'contradicts' && [r.from, r.to].includes('fn10-stalin-trade'))).toBe(false);
    expect(node('an-fn9-who')).toMatchObject({ kind: 'hedge', analyst: true });
    expect(relation('qualifies', 'an-fn9-who', 'fn9-year-after')?.analyst).toBe(true);
    expect(findings.filter((f) => !f.suppressed && f.nodes.includes('fn10-stalin-trade'))).toEqual([]);
  });

  // C.5: "The ruling group ... is now heavily weighted with men of similar outlook and experience"; 6: "So little is
  // known of the character and views of Malenkov and Beria".
  it("qualifies the Five-Year-Plan generation's outlook by 6's 'So little is known', as its neighbours are", () => {
    for (const to of ['c5-plan-generation', 'c5-cast-of-mind', 'c5-economic-outlook', 'c5-weightier-factors'])
      expect(relation('qualifies', 'p6-so-little-known', to), to).toBeDefined();
  });

  // 3.A(i): "The one possible exception is Molotov's ranking with but after Malenkov and Beria".
  it("draws Molotov's possible exception as a weak hedge on 'changed so little', from a reader's hedge node", () => {
    expect(node('an-molotov-exception')).toMatchObject({ kind: 'hedge', analyst: true });
    expect(node('an-molotov-exception').hedge?.confidence).toBe('high');
    expect(relation('qualifies', 'an-molotov-exception', 'c3-little-changed')).toBeDefined();
    expect(inference('i-c3-little-changed').premises).not.toContain('a-i-molotov-exception');
  });

  // 5: "There are no grounds for believing ... They need a respite, however ... Moreover, they may well feel ... A
  // tactical change ... seems to be beginning".
  it("makes 5's three lines to the tactical change three reasons, none holding another's premises", () => {
    const lines = inferences.filter((i) => i.conclusion === 'p5-tactical-change');
    expect(lines.map((i) => i.id).sort()).toEqual(['i-p5-tactical-change', 'i-p5-tactical-respite', 'i-p5-tactical-subtle']);
    for (const a of lines)
      for (const b of lines)
        if (a !== b)
          expect(
            a.premises.every((p) => b.premises.includes(p)),
            `${a.id} within ${b.id}`,
          ).toBe(false);
    for (const id of ['i-p5-tactical-respite', 'i-p5-tactical-subtle']) expect(inference(id).premises, id).not.toContain('p5-objectives-unchanged');
  });

  // fn6: "for a long time the North Korean leadership refused compromise on the question of repatriation".
  // Since the twenty-second revision (test/memorandum-twentieth) the note is recorded as who refused at the talks, the
  // public record, and the archives as a hedge on whose position it was: no fact-conflict.
  it("teaches footnote 6's refusal as the public record, with the archives' private positions as a limit", () => {
    const f = findings.filter((x) => x.rule === 'fact-conflict' && x.nodes[0] === 'fn6-pow-issue');
    expect(f).toEqual([]);
    expect(node('an-pow-holdout').text).toContain('Nam Il');
    expect(relation('qualifies', 'an-pow-holdout', 'fn6-pow-issue')?.rationale).toContain('not a contradiction of what it says');
    expect(readme).toContain('the gap between a public record and private positions');
  });

  // 6: "There is no evidence of any active challenge to the present rulers, but they have obviously found it expedient".
  it("weighs and declines a qualification of 'could in themselves explain' by the absent challenge, with the reason", () => {
    expect(relations.some((r) => r.from === 'p6-no-active-challenge' && r.to === 'p6-internal-explains')).toBe(false);
    expect(relation('attacks', 'p6-no-active-challenge', 'p6-carrot-stick')?.rationale).toContain('It does not also qualify the sentence before');
  });

  it('keeps every set with an I or II, of hypothesis nodes, and the hygiene rules silent', () => {
    expectSetsThatCanChoose(memo);
    expect(matrices.flatMap((s) => s.disputes)).toEqual([]);
  });

  it('states the counts, nineteen readings and twenty revisions in the README', () => {
    expect(readme).toContain(`maps all of it: ${map.nodes.length} nodes, ${inferences.length} inferences, ${relations.length} relations and three hypothesis sets`);
    expect(readme).toMatch(/twenty-three independent readings/);
    expect(readme).toContain('8, 8, 7.5, 8, 8.5, 8.5, 8.5, 8 and 8 out of 10) and\nrevised twenty-four times');
    expect(readme).not.toContain('revised fourteen times');
    const line = findings.find((f) => f.rule === 'dated-fact-conflict' && f.nodes[0] === 'fn1-congress')!;
    expect(readme).toContain(`soviet-policies-1953.yaml:${line.location.line}:${line.location.column} error dated-fact-conflict fn1-congress`);
  });
});
