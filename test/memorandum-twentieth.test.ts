import { describe, expect, it } from 'vitest';
import { memorandum, expectSetsThatCanChoose } from './helpers/memorandum.js';

// Pins the twenty-second revision of the memorandum's map: readers 20 and 21's remaining points, each decided on the
// text. Each describe names the passage it rests on.
const m = memorandum();
const { relations, findings, readme, node, relation, rating, set, analysed } = m;

// C.4(iii): "There may have been some uneasiness over the possible reactions of the new American Administration and of
// its Republican supporters if no attempt was made to reduce international tension". 5: "we cannot assume this change
// to be mainly a defensive move inspired by the present degree of Western consolidation. The developments under (iv)
// above may indeed be the first sign ... of a diplomatic offensive against the consolidation of the Western position
// in Europe through the ratification of the E.D.C. Treaty".
describe("the détente set rates C.4(iii) as worded, and shows that 5's EDC ground fits a defensive move too", () => {
  it('rates the pending EDC N against C.4(iii), with the reason on its words and no choice made for the output', () => {
    // Flipped at the twenty-fourth revision (reader 23, problem 4): the pending EDC is a premise of the EDC step, not a
    // row, so there is no rating against C.4(iii) to pin; the set still rates C.4(iii) as worded.
    expect(set('detente-explanations').evidence).not.toContain('an-edc-pending');
    expect(set('detente-explanations').hypotheses).not.toContain('p5-defensive-move');
    expect(set('detente-explanations').question).toContain('C.4.iii as worded');
    const s = analysed('detente-explanations');
    const score = (h: string) => s.hypotheses.find((x) => x.id === h)!.inconsistency;
    expect(['c4-i-internal-weakness', 'c4-ii-subtle-approach', 'c4-iii-american-reactions', 'an-detente-no-new-driver'].map(score)).toEqual([0, 0, 0, 3]);
    expectSetsThatCanChoose(m);
  });

  it("undercuts 5's EDC ground for demoting the defensive reading, as the reader's point, and leaves the economic ground", () => {
    const u = relation('undercuts', 'p5-defensive-move', 'i-p5-not-defensive-edc');
    expect(u?.analyst).toBe(true);
    expect(u?.rationale).toContain('a defensive move inspired by the present degree of Western consolidation');
    expect(relations.some((r) => r.type === 'undercuts' && r.to === 'i-p5-not-defensive-econ')).toBe(false);
    expect(node('p5-defensive-move').rationale).not.toMatch(/Folded into C\.4\.iii/);
    expect(readme).toContain('The first of those grounds\n  does not discriminate');
    expect(findings.filter((f) => !f.suppressed && f.nodes.includes('p5-not-defensive'))).toEqual([]);
  });
});

// D.3: "This dependence seems in itself sufficient reason to preclude any weakening in China's loyalty to the
// alliance"; D.2: "The Chinese Communist Party achieved power in China largely by its own efforts".
describe("D.3's unstated rule is graded on what 1953 knew, so the overconfidence finding is the memorandum's", () => {
  it('grades an-dependence-loyalty medium, with Tito as the one counter-example and no hindsight', () => {
    const p = node('an-dependence-loyalty');
    expect(p.credibility).toBe('medium');
    expect(p.rationale).toContain('One counter-example makes the rule contestable, not improbable');
    expect(p.rationale).toContain('hindsight and grades nothing');
  });

  it('still reports the gap on d3-loyalty, and the README teaches it as the wording, not the reader fed back', () => {
    const gap = findings.filter((f) => f.rule === 'overconfident-conclusion' && f.nodes[0] === 'd3-loyalty');
    expect(gap).toHaveLength(1);
    expect(gap[0]!.suppressed).toBeUndefined();
    expect(gap[0]!.data).toMatchObject({ stated: '85 %', supported: '51 %' });
    // D.3's dependence is a matter of record (graded high, as D.2's old suppression already called it), so the weakest
    // link the finding names is the unstated rule, and D.2's misdirected single-point finding no longer arises.
    expect(gap[0]!.message).toContain('its weakest link is an-dependence-loyalty');
    expect(node('d3-depend-on-soviet').credibility).toBe('high');
    expect(findings.filter((f) => f.rule === 'single-point-of-evidence')).toEqual([]);
    expect(readme).not.toContain("the gap is the reader's doubt fed back through the\n  tool");
    expect(readme).toContain('Show it to a class as overconfidence in the memorandum');
  });
});

// fn6: "One of the cornerstones of the talks was the issue of prisoners of war ...; for a long time the North Korean
// leadership refused compromise on the question of repatriation".
describe("footnote 6's refusal is recorded as the public record of the talks, so no false conflict is reported", () => {
  it('records the note as who refused (agent) and the archives as whose position it was (originator), a hedge', () => {
    expect(node('fn6-pow-issue').facts).toEqual([{ about: 'pow-repatriation-refusal', agent: 'North Korean leadership', as: 'the North Korean leadership refused compromise' }]);
    expect(node('fn6-pow-issue').rationale).toContain('the public record of the talks');
    expect(node('an-pow-holdout')).toMatchObject({ kind: 'hedge', analyst: true, facts: [{ about: 'pow-repatriation-refusal', originator: 'Chinese leadership' }] });
    expect(relation('attacks', 'an-pow-holdout', 'fn6-pow-issue')).toBeUndefined();
    expect(relation('qualifies', 'an-pow-holdout', 'fn6-pow-issue')?.analyst).toBe(true);
    expect(findings.filter((f) => f.rule === 'fact-conflict').map((f) => f.nodes[0])).toEqual(['fn7-career']);
    expect(readme).toContain('(`fact-conflict`, one finding)');
  });
});

// What the explorer shows a class is the reason on the text; the map's history of readers and revisions stays in the
// YAML comments and the commit log. memorandum-nineteenth holds the printed output and the suppression reasons; this
// holds every rationale, note, description, reason and question in the map itself.
describe('the map carries no revision history in what it shows', () => {
  const HISTORY = /reader \d|revision|\b(fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first) (reading|reader|revision)/i;
  const texts: [string, string][] = [];
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (typeof x === 'string' && ['rationale', 'note', 'description', 'reason', 'question'].includes(k)) texts.push([`${at}.${k}`, x]);
        else walk(x, `${at}.${k}`);
      }
  };
  walk(m.map, 'map');

  it('matches no reader number, revision or ordinal reading in any rationale, note, description, reason or question', () => {
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter(([, t]) => HISTORY.test(t)).map(([at]) => at)).toEqual([]);
  });
});

// 3: "Against this background, which they themselves dramatised by talking of 'panic and disarray', they have taken
// the following measures".
describe("the 'panic and disarray' row names the instrumental reading of 'dramatised'", () => {
  it('keeps C against C.4(i) at low credibility and says the words may have been played up to justify concentrating power', () => {
    const r = rating('detente-explanations', 'p3-panic-disarray', 'c4-i-internal-weakness');
    expect(r.rating).toBe('C');
    expect(r.rationale).toContain('instrumental reading');
    expect(r.rationale).toContain('to justify the concentration of power');
    expect(node('p3-panic-disarray').credibility).toBe('low');
  });
});

// 1: "Moreover, there had been evidence of widespread malaise in the satellites during the past year. As might,
// therefore, have been expected, the congress was followed by measures to strengthen discipline".
describe("1's 'As might, therefore, have been expected' is a remark on a reported fact, not an inference onto it", () => {
  it('draws no inference onto p1-discipline-measures and says why in its hedge note', () => {
    expect(m.into('p1-discipline-measures')).toEqual([]);
    expect(m.inferences.some((i) => i.id === 'i-p1-measures-expected')).toBe(false);
    const n = node('p1-discipline-measures');
    expect(n).toMatchObject({ kind: 'evidence', credibility: 'high' });
    expect(n.hedge?.note).toContain('not drawn as an inference');
    expect(n.hedge?.note).toContain('rest on the report, not on the congress');
    expect(findings.filter((f) => !f.suppressed && f.nodes.some((x) => x.startsWith('p1-')) && f.rule !== 'dated-fact-conflict')).toEqual([]);
  });
});

// 5: "they may well feel that in the new situation a more subtle approach"; C.5: "This may well reflect the cast of his
// mind"; 6: "Such tactics might well prove more dangerous to Western cohesion".
describe("'may well' and 'might well' stay unbanded, and their notes say how PHIA and ICD 203 teaching reads them", () => {
  it('notes "realistic possibility" on each, keeps them unbanded, and keeps one phrase one band', () => {
    for (const id of ['p5-subtle-approach', 'c5-cast-of-mind', 'p6-more-dangerous']) {
      const h = node(id).hedge!;
      expect(h.band, id).toBeUndefined();
      expect(h.note, id).toContain('"realistic possibility"');
      expect(h.note, id).toContain('ICD 203');
      expect(h.note, id).toContain('one phrase one band');
    }
    const banded = m.map.nodes.filter((n) => n.hedge?.band && n.hedge.phrases?.some((p) => /^(may|might) well$/i.test(p)));
    expect(banded.map((n) => n.id)).toEqual([]);
  });
});

// 4(ii): "The Communist offers, endorsed by Molotov, to exchange sick and wounded prisoners in Korea and to resume the
// negotiations at Panmunjom"; C.1(iv): "The Communist offer, supported by Molotov, to exchange sick and wounded
// prisoners". 3.A(v): "The annual lowering of prices announced on 1st April".
describe('the memorandum is dated by what the text says of the Korean exchange: still an offer', () => {
  it('records 4-10 April as the probable range, 26 April as the firm bound, and grades the silence medium', () => {
    const d = node('an-memo-date');
    expect(d.dates).toEqual([{ event: 'memorandum-written', date: '1953-04-04/1953-04-10' }]);
    expect(d.credibility).toBe('medium');
    expect(d.rationale).toContain('the exchange was agreed at Panmunjom on 11 April and began on 20 April (outside knowledge)');
    expect(d.rationale).toContain('an argument from the text');
    expect(d.rationale).toContain('the plenary talks resumed on 26 April');
    expect(findings.filter((f) => !f.suppressed && f.nodes.includes('an-memo-date'))).toEqual([]);
  });
});

// Reader 20's point 11: C.7(iii) and 6's "meet Soviet conciliatory moves half-way" list an-moscow-directs-korea only
// because one line runs through the détente's Korean step; the README says to read the list as reach, not need.
describe("the README reads assumptions' tagged presumptions as reach, not need", () => {
  it('explains why the half-way advice lists the Korean premise without presupposing it', () => {
    expect(readme).toContain('Read the list as reach, not need');
    expect(readme).toContain('Neither advice presupposes that');
    expect(readme).toContain('revised twenty-four times');
  });
});
