import { describe, expect, it } from 'vitest';
import { memorandum } from './helpers/memorandum.js';
import { readFileSync } from 'node:fs';
import { keyAssumptions } from '../src/analysis/key-assumptions.js';

// Pins the fourteenth revision of the memorandum's map (the rest of independent reader 11's main points): each test
// names the passage the map must not misstate.
const { map, inferences, relations, findings, node, into } = memorandum();

describe('the memorandum map, re-read after the eleventh reading', () => {
  // C.5: "One obvious factor will be missing ... More important factors, however, will remain: the known ability and
  // resolution of Stalin's successors and, most important of all, the Soviet Union's position as a great
  // military/industrial Power." Each factor that remains is a reason in its own right.
  it("reads C.5's remaining factors as separate reasons and grounds the judgement on nothing C.5 does not say", () => {
    const steps = into('c5-no-radical-change');
    expect(steps.every((i) => i.premises.length === 1)).toBe(true);
    expect(steps.flatMap((i) => i.premises)).toEqual(['c5-great-power', 'c5-weightier-factors', 'c5-no-weakening']);
    // Only the step from the limit on the China difficulty is the reader's; the two named factors are the author's.
    expect(steps.filter((i) => i.analyst).map((i) => i.premises[0])).toEqual(['c5-no-weakening']);
    for (const i of steps) expect(i.warrant ?? i.rationale, i.id).toBeTruthy();
  });

  it("draws C.5's missing prestige as a concession the judgement outweighs, so it defeats nothing", () => {
    const conceded = relations.find((r) => r.from === 'c5-prestige-missing' && r.to === 'c5-no-radical-change')!;
    expect(conceded).toMatchObject({ type: 'attacks', outweighed: true });
    expect(conceded.rationale).toContain('radically alter the Soviet threat');
    expect(findings.filter((f) => f.rule === 'unaccepted-claim' && f.nodes[0] === 'c5-no-radical-change')).toEqual([]);
  });

  // C.7(i): "we should be wise to assume that Soviet ultimate objectives have not changed" is advice; what makes the
  // step from "no grounds for believing" sound is a weighing of errors the text does not state.
  it("grounds C.7(i)'s assumption on C.3's finding and the reader's asymmetry of errors, which check names", () => {
    expect(into('c7-i-assume-unchanged').map((i) => i.premises)).toEqual([['c3-objectives-unchanged', 'an-assume-prudence']]);
    expect(node('an-assume-prudence')).toMatchObject({ analyst: true, tags: ['key-assumption'] });
    const named = findings.filter((f) => f.rule === 'load-bearing-premise' && f.nodes[0] === 'c7-i-assume-unchanged');
    expect(named).toHaveLength(1);
    expect(named[0]!.message).toContain('an-assume-prudence');
    expect(named[0]!.message).not.toContain('an-stable-leadership');
    // The stable leadership still stands under C.3's first sentence, so it is still a presumption C.7(i) reaches.
    const report = keyAssumptions(map).find((c) => c.conclusion === 'c7-i-assume-unchanged')!;
    expect(report.taggedUnderminedBy.map((t) => t.presumption)).toContain('an-stable-leadership');
  });

  // 6: "Such tactics are more dangerous to Western cohesion ... than the bludgeoning xenophobia of Stalin". The danger
  // holds whatever the rulers' motive, so 5's "they may well feel" is no premise of it.
  it("grounds 6's 'more dangerous' on an unstated premise about alliances, not on 5's guess at motive", () => {
    expect(into('p6-more-dangerous').flatMap((i) => i.premises)).toEqual(['p6-carrot-stick', 'an-conciliation-loosens']);
    expect(node('an-conciliation-loosens')).toMatchObject({ kind: 'premise', analyst: true });
  });

  // 5: "Although there is no doubt some uneasiness in Moscow over American intentions, we cannot assume this change to
  // be mainly a defensive move": the unease is granted; what is denied is that it carries the step.
  it("reads 5's 'Although ..., we cannot assume' as an undercut of the step from the unease, not a rebuttal of it", () => {
    const step = inferences.find((i) => i.premises.join() === 'p5-uneasiness' && i.conclusion === 'p5-defensive-move')!;
    expect(relations.filter((r) => r.to === step.id).map((r) => `${r.type} ${r.from}`)).toEqual(['undercuts p5-not-defensive']);
    expect(relations.filter((r) => r.to === 'p5-uneasiness' && (r.type === 'attacks' || r.type === 'contradicts'))).toEqual([]);
    expect(relations.filter((r) => r.from === 'p5-not-defensive' && r.to === 'p5-defensive-move').map((r) => r.type)).toEqual(['qualifies']);
  });

  // Footnote 6 cites "The Journal of Korean Studies. Lanham. 2003. P. 225-262"; the article appeared in 2013.
  it("reports footnote 6's year for the Agov article as an error of the editors' note, by the date rule", () => {
    const conflict = findings.filter((f) => f.rule === 'dated-fact-conflict' && f.nodes.includes('agov-2003'));
    expect(conflict).toHaveLength(1);
    expect(conflict[0]!.severity).toBe('error');
    expect(conflict[0]!.nodes).toContain('an-agov-published');
  });
});

// Independent reader 12 (the fourteenth revision's first reading): what it found and the map now says.
describe('the memorandum map, after the twelfth reading', () => {
  it('does not let the détente count as evidence for C.4(i), the explanation of the détente', () => {
    expect(into('c4-i-internal-weakness').flatMap((i) => i.premises)).toEqual(['p3-inherited-situation', 'p5-need-respite']);
  });

  // C.1: "Almost at once after assuming power ... took steps"; the courtesy was "already current before Stalin's death".
  it('takes pre-death courtesy out of the steps taken after the death, and says what the reports show of the new line', () => {
    expect(into('c1-detente-steps').flatMap((i) => i.premises)).not.toContain('c1-courtesy-reports');
    const sign = inferences.find((i) => i.id === 'i-newline-p4-courtesy-reports')!;
    expect(sign.warrant).toContain('only the increase counts');
    expect(inferences.find((i) => i.id === 'i-newline-p4-practical-steps')!.warrant).not.toContain('Each item is one of');
  });

  // 6: "It is much too soon to draw any firm conclusion" is about what the moves mean; the advice holds in either mood.
  // Reader 13: what 6 leaves open is the rulers' mood and motive; 6 itself speaks of "this change of tactics".
  it("keeps 6's 'much too soon' on its readings of the rulers' motive, off the advice and off the tactical reading", () => {
    const qualified = relations.filter((r) => r.type === 'qualifies' && r.from === 'p6-too-soon').map((r) => r.to);
    for (const off of ['p6-meet-halfway', 'p6-not-lulled', 'p6-no-provocation', 'p6-opportunity', 'c7-iv-only-tactics']) expect(qualified).not.toContain(off);
    for (const reading of ['p6-internal-explains', 'p6-carrot-stick']) expect(qualified).toContain(reading);
    expect(node('p6-opportunity').suppress?.map((x) => x.rule)).toEqual(['unhedged-judgement']);
  });

  it("reports footnote 9's error on 'a year after the death of Stalin', the phrase in error, not on its right 'April 1952'", () => {
    const f = findings.filter((x) => x.rule === 'dated-fact-conflict' && x.nodes.includes('fn9-trade-offensive'));
    expect(f.map((x) => x.nodes[0])).toEqual(['fn9-year-after']);
  });

  it("reports the editors' other slips of fact, at the editors' words: the OECD for the OEEC, the side that held out on prisoners", () => {
    const f = findings.filter((x) => x.rule === 'fact-conflict');
    expect(f.map((x) => [x.nodes[0], x.messageId])).toEqual([
      // fn6-pow-issue is no longer here: since the twenty-second revision the note is read as the public record of the
      // talks (agent), which the archives' private positions (originator) limit without contradicting.
      ['fn7-career', 'where'],
    ]);
    expect(relations.some((r) => r.type === 'attacks' && r.from === 'an-zhukov-first-deputy' && r.to === 'fn5-zhukov')).toBe(true);
  });

  it('keeps one convention for a doubly negative judgement: the node states what the argument uses, banded by the mirror', () => {
    for (const id of ['c3-unwise-expect-change', 'c5-no-weakening', 'd7-mao-not-successor']) {
      expect(node(id).hedge?.band?.term, id).toBe('likely');
      expect(
        node(id).suppress?.map((x) => x.rule),
        id,
      ).toEqual(['hedge-band-mismatch']);
    }
    expect(node('c3-two-camps').stance).toBe('reports');
  });

  it('shows in the README a finding check really prints, at its file:line:col', () => {
    const readme = readFileSync('README.md', 'utf8');
    const sample = /^arguments\/soviet-policies-1953\.yaml:(\d+):(\d+) (\w+) ([\w-]+) ([\w-]+) /m.exec(readme)!;
    const [, line, column, severity, rule, id] = sample;
    const match = findings.find((x) => x.rule === rule && x.nodes[0] === id)!;
    expect(match).toBeDefined();
    expect([match.location.line, match.location.column, match.severity]).toEqual([Number(line), Number(column), severity]);
  });
});

// Independent reader 13 (the fourteenth revision's second reading).
describe('the memorandum map, after the thirteenth reading', () => {
  // C.5 reads the policy to come from Malenkov's "cast of mind"; 3.A.iv: "the party Secretariat, from which Malenkov
  // has resigned ... it is not yet clear whether the party Secretariat remains the key position".
  it("names the premise C.5's hypothesis needs, that Malenkov's outlook counts, and lets 3.A.iv undercut the step", () => {
    expect(into('c5-internal-priority').flatMap((i) => i.premises)).toContain('an-malenkov-counts');
    expect(node('an-malenkov-counts')).toMatchObject({ analyst: true, tags: ['key-assumption'], credibility: 'medium' });
    expect(relations.some((r) => r.type === 'undercuts' && r.from === 'a-iv-secretariat' && r.to === 'i-c5-internal-priority')).toBe(true);
  });

  it('rates the embassy concession as the Korean offer is rated against the subtler approach, by one rule', () => {
    const set = map.hypothesisSets!.find((s) => s.id === 'detente-explanations')!;
    const rating = (e: string) => set.ratings!.find((r) => r.evidence === e && r.hypothesis === 'c4-ii-subtle-approach')!.rating;
    expect(rating('c1-ii-embassies')).toBe(rating('c1-iv-korea-offer'));
  });

  it("draws footnote 4's five First Deputies as the reader corrects it, and 6's trends as the new line they explain", () => {
    expect(relations.some((r) => r.type === 'attacks' && r.from === 'an-mikoyan-deputy' && r.to === 'fn4-first-deputies')).toBe(true);
    expect(relations.filter((r) => r.type === 'explains' && r.from === 'p6-internal-explains').map((r) => r.to)).toEqual(['p4-new-line']);
  });

  // One judgement said twice (5's and C.3's "no grounds for believing") carries the better of its supports.
  it("does not flag 6's 'no doubt maintaining ultimate Soviet aims' on the weaker of two statements of one judgement", () => {
    expect(relations.some((r) => r.type === 'restates' && [r.from, r.to].sort().join() === 'c3-objectives-unchanged,p5-objectives-unchanged')).toBe(true);
    expect(findings.filter((f) => f.rule === 'overconfident-conclusion' && f.nodes[0] === 'p6-aims-maintained')).toEqual([]);
  });
});

// Independent reader 14 (the fourteenth revision's third reading).
describe('the memorandum map, after the fourteenth reading', () => {
  it("gives 2's set its middle answer, a purge of chosen targets, against which 'no atmosphere of tension' does not count", () => {
    const set = map.hypothesisSets!.find((s) => s.id === 'p2-purges-or-discipline')!;
    expect(set.hypotheses).toContain('an-p2-targeted-purge');
    expect(set.ratings!.find((r) => r.evidence === 'p2-no-tension' && r.hypothesis === 'an-p2-targeted-purge')?.rating).toBe('C');
    expect(into('p2-possible-purges').flatMap((i) => i.premises)).toContain('p1-party-obligations');
  });

  it('draws two statements of one reading at different confidences as two nodes, not a restatement', () => {
    const joined = (a: string, b: string) => relations.some((r) => r.type === 'restates' && [r.from, r.to].sort().join() === [a, b].sort().join());
    expect(joined('p6-internal-explains', 'p5-detente-explicable')).toBe(false);
    expect(joined('c4-ii-subtle-approach', 'p5-subtle-approach')).toBe(false);
  });

  it("quotes the text in rationales as it stands, and reads the leaders' 'panic and disarray' as their words, weak evidence", () => {
    const text = readFileSync('arguments/sources/soviet-policies-1953.txt', 'utf8');
    expect(text).toContain('trends in Soviet foreign policy');
    expect(JSON.stringify(map)).not.toContain('trends in Soviet policy');
    expect(JSON.stringify(map)).not.toContain('By that thesis no real and lasting settlement ... is possible');
    expect(node('p3-panic-disarray')).toMatchObject({ kind: 'evidence', credibility: 'low' });
    expect(map.hypothesisSets!.find((s) => s.id === 'detente-explanations')!.evidence).toContain('p3-panic-disarray');
    expect(node('p5-selected-by-stalin').credibility).toBe('medium');
  });
});

// Independent reader 15 (the fourteenth revision's fourth reading).
describe('the memorandum map, after the fifteenth reading', () => {
  it("keeps statements of different confidence apart: C.4(ii)'s recession and C.5(iv)'s forecast do not restate 5's possibility", () => {
    // Since the eighteenth reading C.5(iv)'s "may calculate that a political détente will itself have this effect"
    // (a possibility, like 5's) restates it; the "will probably" forecast and C.4(ii)'s recession still do not.
    const restated = relations.filter((r) => r.type === 'restates' && (r.from === 'p5-economic-offensive' || r.to === 'p5-economic-offensive'));
    expect(restated.map((r) => r.from)).toEqual(['c5-iv-detente-effect']);
    expect(relations.some((r) => r.type === 'predicts' && r.from === 'c4-ii-subtle-approach' && r.to === 'c4-ii-recession')).toBe(true);
  });

  it("grounds the satellites half of 5's respite on 1's malaise, and corrects footnote 6's public 'declaration'", () => {
    expect(into('p5-need-respite').map((i) => i.premises)).toContainEqual(['p1-satellite-malaise']);
    expect(relations.some((r) => r.type === 'attacks' && r.from === 'an-korea-resolution' && r.to === 'fn6-soviet-declaration')).toBe(true);
  });

  it("does not teach 5's 'apparently of a major kind' as a lean between the sizes of a retreat", () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).not.toContain('leans to the major retreat');
    expect(readme).toContain('"major" sizes the change');
  });
});

// Independent reader 16 (the fourteenth revision's fifth reading).
describe('the memorandum map, after the sixteenth reading', () => {
  it("makes 2's three answers exclusive around the doctors' case, and teaches C.7(iv)'s real change later", () => {
    expect(node('an-p2-targeted-purge').text).toContain("reaching beyond the doctors' case");
    // Since the seventeenth reading the drive excludes a purge of any further group, not every arrest (reader 17).
    expect(node('an-p2-drive-short-of-purge').text).toContain("no purge of any group beyond the doctors' case");
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('a\n  real change later, on a Western condition');
    expect(readme).toContain('not a measurement');
  });
});
