import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadMap } from '../src/io/load.js';
import { checkMap } from '../src/rules/index.js';
import { lexiconEntry } from '../src/analysis/estimative-language.js';

// Pins the ninth revision of the memorandum's map (independent reader 7's points): each test names the passage
// the map must not misstate.
const { map } = loadMap('arguments/soviet-policies-1953.yaml');
const readme = readFileSync('README.md', 'utf8');
const relations = map.relations ?? [];
const set = (id: string) => map.hypothesisSets!.find((s) => s.id === id)!;

describe('the memorandum map, re-read a ninth time', () => {
  // C.1: "took steps to secure a détente": every driver is an account of the phase, so the phase is no row; a
  // single step is one, for its front, whom it spares and whether it undoes a standing position.
  it('rates single détente steps but not the phase they make up, and keeps the status quo among the drivers', () => {
    const detente = set('detente-explanations');
    for (const whole of ['c1-detente-steps', 'v5-detente-initiative', 'c4-conciliatory-phase', 'c2-new-approach']) expect(detente.evidence).not.toContain(whole);
    expect(detente.evidence).toEqual(expect.arrayContaining(['p4-iv-germany', 'c1-iv-korea-offer', 'c1-ii-embassies']));
    expect(detente.hypotheses).toContain('an-detente-no-new-driver');
    expect(set('change-or-retreat').hypotheses).not.toContain('an-detente-no-new-driver');
    expect(readme).toContain('is what every hypothesis explains, so\n  it is not a row');
  });

  // C.7.iv: "the recent Soviet gestures can only be regarded as a change of tactics"; 5: "A tactical change ... seems to be
  // beginning"; 6: "It is much too soon to draw any firm conclusion". One reading at two confidences is no restatement.
  // Since the fourteenth revision (readers 12 and 13) 6's "much too soon" no longer qualifies it: 6 leaves open the
  // rulers' mood, not the tactical reading ("this change of tactics"). The finding stands on C.3's silence.
  it("grounds C.7.iv on the conciliatory phase, and its overconfidence on C.3's silence alone", () => {
    const step = map.inferences!.find((i) => i.id === 'i-c7-iv-only-tactics')!;
    expect(step.premises).toEqual(['c4-conciliatory-phase', 'c4-tactical-room', 'c3-objectives-unchanged']);
    const between = (a: string, b: string) => relations.filter((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));
    expect(between('c7-iv-only-tactics', 'p5-tactical-change')).toEqual([]);
    expect(relations.some((r) => r.type === 'qualifies' && r.from === 'p6-too-soon' && r.to === 'c7-iv-only-tactics')).toBe(false);
    const finding = checkMap(loadMap('arguments/soviet-policies-1953.yaml')).find((f) => f.rule === 'overconfident-conclusion' && f.nodes[0] === 'c7-iv-only-tactics');
    expect(finding?.suppressed).toBeFalsy();
    expect(finding?.message).toContain('about 70 %');
    expect(finding?.message).toContain('its weakest link is c3-objectives-unchanged');
  });

  // fn7: "was elected on 10 April 1953"; the Assembly voted on 7 April and he took office on 10 April. The date rule
  // reports an error, so the map's rationale must call it one, not "loose".
  it("calls fn7's election date wrong, as the error the date rule reports", () => {
    const finding = checkMap(loadMap('arguments/soviet-policies-1953.yaml')).find((f) => f.rule === 'dated-fact-conflict' && f.nodes.includes('fn7-elected'));
    expect(finding?.severity).toBe('error');
    expect(finding?.suppressed).toBeFalsy();
    const why = relations.find((r) => r.type === 'attacks' && r.from === 'an-hammarskjold-appointed' && r.to === 'fn7-elected')!.rationale!;
    expect(why).toMatch(/^Wrong as the date of the election/);
    expect(why).not.toMatch(/loose/i);
  });

  // One band per estimative phrase across the map: "should" of expectation (D.6's "should have little immediate
  // effect") is likely, as in the lexicon; "may well", "seems" and "suggest" carry no band (Kent left the possible off
  // his scale; "seems" and "suggest" mark an inference from appearances). The advice "we should ..." is no hedge.
  it('bands "should", "may well", "seems" and "suggest" one way across the map, as the lexicon does', () => {
    const expected: Record<string, string | undefined> = { should: 'likely', 'may well': undefined, seems: undefined, seem: undefined, suggest: undefined, suggested: undefined };
    for (const [phrase, band] of Object.entries(expected)) {
      expect(lexiconEntry(phrase)?.phia, phrase).toBe(band);
      const uses = map.nodes.filter((n) => (n.hedge?.phrases ?? []).some((p) => p.toLowerCase() === phrase));
      expect(uses.length, phrase).toBeGreaterThan(0);
      for (const n of uses) expect(n.hedge!.band?.term, `${phrase} in ${n.id}`).toBe(band);
    }
    expect(map.nodes.filter((n) => n.kind === 'conclusion' && /\bshould\b/.test(n.source?.quote ?? '')).every((n) => !(n.hedge?.phrases ?? []).includes('should'))).toBe(true);
    expect(checkMap(loadMap('arguments/soviet-policies-1953.yaml')).filter((f) => f.rule === 'inconsistent-band')).toEqual([]);
  });
});
