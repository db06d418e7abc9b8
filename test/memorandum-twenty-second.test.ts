import { describe, expect, it } from 'vitest';
import { expectSetsThatCanChoose, memorandum, TIED_BY_THE_TEXT } from './helpers/memorandum.js';

// Reader 23 (8/10), applied at the twenty-fourth revision: one describe per point applied, each pinned on the text.
const m = memorandum();
const { map, findings, readme, yaml, node, set, analysed } = m;

// Every string the explorer shows a class: rationale, note, reason, question.
const shown: [string, string][] = [];
const walk = (v: unknown, at: string): void => {
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'string' && ['rationale', 'note', 'reason'].includes(k)) shown.push([`${at}.${k}`, x]);
      else walk(x, `${at}.${k}`);
    }
};
walk(map, 'map');

describe('9: rationales short enough for a class, with the reason on the text', () => {
  it('has no rationale, note or suppression reason over 700 characters', () => {
    expect(shown.length).toBeGreaterThan(300);
    expect(shown.filter(([, t]) => t.length > 700).map(([at, t]) => `${at} (${t.length})`)).toEqual([]);
  });
  it('keeps the quoted words that carry the reason in the shortened ones', () => {
    expect(node('an-composition-policy').rationale).toContain('must be presumed to have shared his basic assumptions');
    expect(node('an-dependence-loyalty').rationale).toContain('This dependence seems in itself sufficient reason to preclude');
    expect(node('p3-panic-disarray').rationale).toContain('disorder and panic');
  });
  it('argues with no earlier reading in what it shows', () => {
    expect(shown.filter(([, t]) => /^Weighed against|an earlier reading|Kept high though/i.test(t)).map(([at]) => at)).toEqual([]);
  });
  it('gives the map description as short sentences, one a line', () => {
    const lines = map.description!.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const l of lines) expect(l.length, l).toBeLessThan(420);
  });
});

// 8. 3: "which they themselves dramatised by talking of 'panic and disarray'"; C.4: "room for considerable fluctuations".
describe('8: stale and broken commentary repaired', () => {
  it("no longer calls 'panic and disarray' only a hedge, against i-p3-panic-sign", () => {
    expect(yaml).not.toContain('(drawn as a hedge on the background)');
    expect(yaml).toContain('is drawn as a weak sign of it (i-p3-panic-sign)');
  });
  it("mends c4-tactical-room's last sentence", () => {
    expect(node('c4-tactical-room').rationale).not.toContain('Graded medium as well, the frame');
    expect(node('c4-tactical-room').rationale).toContain('If this premise were graded medium as well');
  });
  it('describes p5-objectives-unchanged as the conclusion it is, not an untagged key assumption', () => {
    expect(node('p5-objectives-unchanged').tags ?? []).not.toContain('key-assumption');
    expect(yaml).toContain('so a conclusion, not a key assumption');
  });
});

// 2. D.3: "This dependence seems in itself sufficient reason to preclude any weakening in China's loyalty".
describe("2: D.3's band is read off its words, not chosen for a check", () => {
  it('keeps highly likely, the lexicon’s band for the phrase, and says so', () => {
    expect(node('d3-loyalty').hedge?.band?.term).toBe('highly likely');
    expect(node('d3-loyalty').hedge?.note).toContain('as the lexicon bands it (one phrase, one band)');
    expect(node('d3-loyalty').hedge?.note).not.toMatch(/keep the tool|overconfident-conclusion now reports/);
    expect(findings.filter((f) => f.rule === 'overconfident-conclusion' && f.nodes[0] === 'd3-loyalty')).toHaveLength(1);
  });
});

// 3. C.2: "a real change in Soviet attitude to the Western world"; 3.A.v: "steps to strengthen popular acceptance".
describe("3: change-or-retreat says why 3.A.v's domestic reversals are not rows", () => {
  it('keeps them out, on C.2’s words, and stays tied by the text', () => {
    for (const e of ['v1-zhukov', 'v2-amnesty', 'v3-doctors-released', 'v4-price-cuts']) expect(set('change-or-retreat').evidence, e).not.toContain(e);
    expect(set('change-or-retreat').question).toContain('"attitude to the Western world"');
    expect(set('change-or-retreat').question).toContain('steps to strengthen popular acceptance of the new regime');
    expect(TIED_BY_THE_TEXT).toEqual(['change-or-retreat']);
    expectSetsThatCanChoose(m);
  });
});

// 4. 5: "a diplomatic offensive against the consolidation of the Western position in Europe through the ratification
// of the E.D.C. Treaty".
describe('4: the pending EDC is context, not a row', () => {
  it('drops it from the détente matrix and keeps it as a ground of the EDC step', () => {
    expect(set('detente-explanations').evidence).not.toContain('an-edc-pending');
    expect((set('detente-explanations').ratings ?? []).some((r) => r.evidence === 'an-edc-pending')).toBe(false);
    expect(m.inference('i-p5-edc').premises).toContain('an-edc-pending');
    const s = analysed('detente-explanations');
    const score = (h: string) => s.hypotheses.find((x) => x.id === h)!.inconsistency;
    expect(['c4-i-internal-weakness', 'c4-ii-subtle-approach', 'c4-iii-american-reactions'].map(score)).toEqual([0, 0, 0]);
  });
});

// 7. fn3: "the last great purge"; 2: "There is also the possibility that Stalin may have become increasingly suspicious".
describe('7: the purge set asks whether the doctors’ case would widen', () => {
  it('labels the answers by widening and says the doctors’ case was itself a purge', () => {
    expect(node('an-p2-drive-short-of-purge').text).toMatch(/^No widening/);
    expect(node('an-p2-targeted-purge').text).toMatch(/^Widening to chosen groups/);
    expect(node('an-p2-mass-purge').text).toMatch(/^Widening to a mass purge/);
    expect(set('p2-purges-or-discipline').question).toContain('the question is whether it would widen');
    expect(yaml).toContain('hindsight (fn3, "the last great purge") favours the one 2 adds last');
  });
});

// 6. fn10: "Stalin's proclamation that trade was an instrument for peaceful coexistence".
describe('6: footnote 10 has a grade and a reason of its own', () => {
  it('grades it medium for its misplaced anchor', () => {
    expect(node('fn10-stalin-trade').credibility).toBe('medium');
    expect(node('fn10-stalin-trade').rationale).toContain('bludgeoning xenophobia');
  });
});

// 5. 6: "they have obviously found it expedient"; "It is much too soon to draw any firm conclusion".
describe('5: the suppression on "obviously" says what a class should take from it', () => {
  it('names the real doubt, the motive, in the reason', () => {
    const s = node('p6-carrot-stick').suppress!.find((x) => x.rule === 'overconfident-conclusion')!;
    expect(s.reason).toContain('The real point, which a class should take');
    expect(s.reason).toContain('It is much too soon to draw any firm conclusion');
  });
});

// 1. 5: "will not only be safer but will be better calculated to divide"; C.4: "all these considerations".
describe('1: the détente hypotheses are exclusive main drivers, and ii is not i’s means', () => {
  it('says so in the question, the description and the README', () => {
    expect(set('detente-explanations').question).toContain('a motive of its own, not the means of i');
    expect(map.description).not.toContain('with ii its means');
    expect(map.description).toContain('The three are scored as rival main drivers');
    expect(readme).not.toContain("with ii as i's means");
    expect(yaml).not.toContain("so ii reads as i's means");
  });
});
