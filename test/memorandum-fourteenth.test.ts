import { describe, expect, it } from 'vitest';
import { loadMap } from '../src/io/load.js';
import { checkMap } from '../src/rules/index.js';
import { keyAssumptions } from '../src/analysis/key-assumptions.js';

// Pins the fourteenth revision of the memorandum's map (the rest of independent reader 11's main points): each test
// names the passage the map must not misstate.
const loaded = loadMap('arguments/soviet-policies-1953.yaml');
const { map } = loaded;
const inferences = map.inferences ?? [];
const relations = map.relations ?? [];
const node = (id: string) => map.nodes.find((n) => n.id === id)!;
const into = (id: string) => inferences.filter((i) => i.conclusion === id);
const findings = checkMap(loaded);

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
