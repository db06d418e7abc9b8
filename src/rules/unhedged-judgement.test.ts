import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('unhedged-judgement', () => {
  it('reports claims and predictions with no estimative words, recorded or in the quote', () => {
    const f = findings(
      'unhedged-judgement',
      mapYaml({
        nodes: [
          '{ id: flat, kind: claim, text: The alliance will hold }',
          '{ id: told, kind: prediction, text: Talks resume in May, hedge: { phrases: [] } }',
          '{ id: hedged, kind: claim, text: The alliance will probably hold }',
          '{ id: recorded, kind: claim, text: Little effect, hedge: { phrases: [should], band: { yardstick: PHIA, term: likely } } }',
          '{ id: fact, kind: evidence, text: Ships in port }',
          '{ id: mine, kind: claim, text: Analyst synthesis, analyst: true, rationale: Summary }',
        ],
      }),
    );
    expect(f.map((x) => x.nodes[0])).toEqual(['flat', 'told']);
    expect(f[0]!.message).toBe('Judgement flat ("The alliance will hold") is stated as plain fact, with no word saying how likely it is (such as "probably" or "may").');
    expect(f[1]!.message).toMatch(/^Prediction told/);
  });
  it('carries a hedge across restates, either way, but not from a restatement that is itself flat', () => {
    const yaml = mapYaml({
      nodes: [
        '{ id: plain, kind: claim, text: A new line is visible, hedge: { phrases: [] } }',
        '{ id: banded, kind: claim, text: These moves obviously represent a new approach, hedge: { phrases: [obviously], band: { yardstick: PHIA, term: almost certain } } }',
        '{ id: back, kind: claim, text: The talks will resume, hedge: { phrases: [] } }',
        '{ id: ahead, kind: prediction, text: The talks will probably resume, hedge: { phrases: [probably] } }',
        '{ id: flat-a, kind: claim, text: The alliance holds, hedge: { phrases: [] } }',
        '{ id: flat-b, kind: claim, text: The alliance stands, hedge: { phrases: [] } }',
      ],
      relations: ['{ type: restates, from: banded, to: plain }', '{ type: restates, from: back, to: ahead }', '{ type: restates, from: flat-a, to: flat-b }'],
    });
    expect(findings('unhedged-judgement', yaml).map((x) => x.nodes[0])).toEqual(['flat-a', 'flat-b']);
  });
  it('reads the quote rather than the label when the node has one', () => {
    const yaml = mapYaml({
      nodes: ["{ id: q, kind: claim, text: Stalin feared loss of élan, source: { locator: '2', quote: What Stalin probably feared was loss of revolutionary élan } }"],
    });
    expect(findings('unhedged-judgement', yaml)).toEqual([]);
  });
  it('counts a hedged lead-in that qualifies the judgement, but not a caveat without estimative words', () => {
    const yaml = mapYaml({
      nodes: [
        '{ id: lead, kind: hedge, text: Soviet policy will probably use these means, hedge: { phrases: [probably], band: { yardstick: PHIA, term: likely } } }',
        '{ id: caveat, kind: hedge, text: Little is known of the leaders }',
        '{ id: item, kind: prediction, text: A peace campaign, hedge: { phrases: [] } }',
        '{ id: other, kind: prediction, text: Trouble in the colonies, hedge: { phrases: [] } }',
      ],
      relations: ['{ type: qualifies, from: lead, to: item }', '{ type: qualifies, from: caveat, to: other }'],
    });
    expect(findings('unhedged-judgement', yaml).map((x) => x.nodes[0])).toEqual(['other']);
  });
  it('passes by a node the author reports, supposes or spells out rather than asserts (stance), and no other', () => {
    const yaml = mapYaml({
      nodes: [
        '{ id: doctrine, kind: claim, text: By the thesis no settlement is possible, stance: reports }',
        '{ id: cond, kind: prediction, text: If strains develop the absence will matter, stance: supposes }',
        '{ id: list, kind: claim, text: The objectives remain NATO and revolution, stance: elaborates }',
        '{ id: own, kind: claim, text: The alliance will hold }',
      ],
    });
    expect(findings('unhedged-judgement', yaml).map((x) => x.nodes[0])).toEqual(['own']);
  });
});
