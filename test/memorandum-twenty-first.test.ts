import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyAssumptions } from '../src/analysis/key-assumptions.js';
import { expectSetsThatCanChoose, memorandum, TIED_BY_THE_TEXT } from './helpers/memorandum.js';

// Reader 22 (8/10), applied at the twenty-third revision: one describe per point applied, each pinned on the text.
const m = memorandum();
const { map, findings, readme, yaml, node, inference, into, relation, set, analysed, rating } = m;
const report = keyAssumptions(map);
const kac = (id: string) => report.find((c) => c.conclusion === id)!;

// 1(c). C.3: "in the absence of strong evidence to the contrary must be presumed to have shared his basic assumptions";
// 5: "Stalin's successors were selected by him ... there has been no evidence to suggest that they have disagreed".
describe('1(c): one continuity premise under the three lines to the unchanged objectives', () => {
  it('merges the loyal successors into the general grounds, and gives C.3’s doctrine the same premise', () => {
    expect(map.nodes.some((n) => n.id === 'an-loyal-successors')).toBe(false);
    for (const id of ['i-p5-objectives', 'i-c3-unwise', 'i-c3-obj-doctrine']) expect(inference(id).premises, id).toContain('an-composition-policy');
    expect(node('an-composition-policy').text).toMatch(/^Same men, same aims/);
    expect(node('an-composition-policy').tags).toContain('key-assumption');
  });
  it('lets the Key Assumptions Check find it on C.7(i), with what undermines it', () => {
    const c = kac('c7-i-assume-unchanged');
    const continuity = c.assumptions.find((a) => a.id === 'an-composition-policy')!;
    expect(continuity.underminedBy.map((u) => u.node)).toEqual(['p6-so-little-known', 'a-iv-secretariat']);
    expect(kac('c7-iv-firmness').assumptions.map((a) => a.id)).toContain('an-composition-policy');
  });
});

// 6: "By preserving such a balance and avoiding any suggestion of a desire to exploit the new situation provocatively";
// C.7.ii: "avoid unnecessary provocation".
describe('2: the balance of 6 grounds C.7.ii, it does not restate it', () => {
  it('draws 6 as a ground of the narrower clause and keeps the premise of the cases a key assumption', () => {
    expect(relation('restates', 'c7-ii-no-provocation', 'p6-no-provocation')).toBeUndefined();
    expect(into('c7-ii-no-provocation').map((i) => i.id)).toContain('i-c7-ii-no-provocation-balance');
    expect(inference('i-c7-ii-no-provocation-balance').premises).toEqual(['p6-no-provocation']);
    expect(kac('p6-no-provocation').assumptions.map((a) => a.id)).toEqual(['p6-two-moods', 'an-moods-exhaustive']);
    expect(findings.filter((f) => f.rule === 'load-bearing-premise' && f.nodes[0] === 'p6-no-provocation')).toHaveLength(1);
  });
});

// C.2: "whether there is going to be a real change in Soviet attitude to the Western world, or whether they merely
// indicate a temporary tactical retreat; and if the latter, how great the retreat is to be". C.1: "Almost at once after
// assuming power the new Government ... took steps to secure a détente ... In their orations at Stalin's funeral".
describe('3: change-or-retreat as C.2 poses it, tied, with the lesson printed', () => {
  it('has C.2’s two answers and no sizes no fact could separate', () => {
    expect(set('change-or-retreat').hypotheses).toEqual(['c2-real-change', 'c2-tactical-retreat']);
    expect(map.nodes.some((n) => n.id === 'c2-retreat-limited' || n.id === 'c2-retreat-major')).toBe(false);
    expect(node('c2-how-great').kind).toBe('hedge');
  });
  it('rates the funeral orations N, on the text, and so ties', () => {
    const r = rating('change-or-retreat', 'c1-funeral-orations', 'c2-real-change');
    expect(r.rating).toBe('N');
    expect(r.rationale).toContain('steps to secure a détente');
    expect(r.rationale).toContain('These moves');
    expect([...analysed('change-or-retreat').leaders].sort()).toEqual(['c2-real-change', 'c2-tactical-retreat']);
    expect(TIED_BY_THE_TEXT).toEqual(['change-or-retreat']);
    expectSetsThatCanChoose(m);
  });
  it('says in the question, which ach prints, that the lead rests on C.3’s presumption', () => {
    const q = set('change-or-retreat').question;
    expect(q).toContain('c3-shared-assumptions');
    expect(q).toContain('an-composition-policy');
    expect(q).toContain('not on evidence');
  });
});

// C.5: "Malenkov said that Soviet foreign policy would be based on 'facts, on realities' ... This may well reflect the
// cast of his mind".
describe('4: "facts, on realities" rated as its reasons say', () => {
  it('is C for each of C.4’s three, and the README no longer says it fits only internal weakness', () => {
    for (const h of ['c4-i-internal-weakness', 'c4-ii-subtle-approach', 'c4-iii-american-reactions'])
      expect(rating('detente-explanations', 'c5-facts-realities', h).rating, h).toBe('C');
    expect(readme).not.toContain('"facts, on realities" fit only internal weakness');
  });
});

describe('5: the détente hypotheses are labelled as the main drivers the set rates', () => {
  it('says "Main driver" on each of C.4’s three', () => {
    for (const h of ['c4-i-internal-weakness', 'c4-ii-subtle-approach', 'c4-iii-american-reactions']) expect(node(h).text, h).toMatch(/^Main driver: /);
  });
});

// 3.A.v: "They have taken five important steps to strengthen popular acceptance of the new regime"; 5: "They need a
// respite, however, while they consolidate their power both internally and vis-à-vis the satellites".
describe('6: every reported step to popular acceptance, and the satellites’ malaise, as rows', () => {
  it('rates Zhukov, the price cuts and the malaise as the amnesty is rated', () => {
    for (const e of ['v1-zhukov', 'v4-price-cuts', 'p1-satellite-malaise']) {
      expect(set('detente-explanations').evidence, e).toContain(e);
      expect(rating('detente-explanations', e, 'c4-i-internal-weakness').rating, e).toBe('C');
      for (const h of ['c4-ii-subtle-approach', 'c4-iii-american-reactions', 'an-detente-no-new-driver'])
        expect(rating('detente-explanations', e, h).rating, `${e} ${h}`).toBe('N');
    }
  });
});

describe('7: no stale id in a printed rationale', () => {
  it('points to 2’s two readings of why, not the removed p2-motive', () => {
    expect(node('an-p2-drive-short-of-purge').rationale).not.toContain('p2-motive');
    expect(node('an-p2-drive-short-of-purge').rationale).toContain('p2-stalin-preoccupied');
  });
});

// fn7: "was elected on 10 April 1953"; the Assembly voted on 7 April and he took office on 10 April.
describe('8: footnote 7’s election date stays the conflict the date rule reports, with the reason', () => {
  it('records "elected" as the editors wrote it, and says why it is not filed under taking office', () => {
    expect(node('fn7-elected').dates!.map((d) => d.event)).toEqual(['hammarskjold-elected']);
    expect(findings.filter((f) => f.rule === 'dated-fact-conflict' && f.nodes[0] === 'fn7-elected')).toHaveLength(1);
    expect(relation('attacks', 'an-hammarskjold-appointed', 'fn7-elected')!.rationale).toContain('would record what the editors meant, not what they wrote');
  });
});

describe('9: the README teaches first, the history lives in its own file', () => {
  it('links the revision history, counts the readings right, and keeps readers out of the map’s comments', () => {
    expect(readme).toContain('[docs/memorandum-revisions.md](docs/memorandum-revisions.md)');
    expect(readme).toMatch(/twenty-three independent readings/);
    const section = readme.slice(readme.indexOf('## The memorandum'));
    expect(section.indexOf('What a class should take from it first')).toBeLessThan(section.indexOf('twenty-three independent readings'));
    expect(section.slice(0, 3000)).not.toMatch(/The fifth revision applied/);
    expect(readFileSync('docs/memorandum-revisions.md', 'utf8')).toContain('The fifth revision applied');
    expect(yaml).not.toMatch(/[Rr]eaders? \d/);
    expect(yaml).not.toMatch(/\b\w+(th|st|nd) revision\b/);
  });
});

describe('11: footnote points marked, the unverifiable left unverified', () => {
  it('marks fn6’s peace settlement, fn7’s UN sovereignty and fn12’s count', () => {
    expect(node('fn6-talks').rationale).toContain('military armistice negotiations');
    expect(node('fn7-suez').rationale).toContain('left unverified as worded');
    expect(node('fn12-unece').rationale).toContain('is not verified');
    expect(node('fn12-unece').rationale).toContain('resolution 36 (IV) of 28 March 1947');
  });
});
