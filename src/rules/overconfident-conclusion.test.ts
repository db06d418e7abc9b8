import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('overconfident-conclusion', () => {
  it('flags "almost certain" resting on a low-credibility report (min over linked premises)', () => {
    const f = findings(
      'overconfident-conclusion',
      mapYaml({
        nodes: [
          '{ id: good, kind: evidence, text: Good report, credibility: high }',
          '{ id: weak, kind: evidence, text: Weak report, credibility: low }',
          '{ id: c, kind: claim, text: It will happen, hedge: { phrases: [almost certainly], band: { yardstick: PHIA, term: almost certain } } }',
        ],
        inferences: ['{ id: i1, premises: [good, weak], conclusion: c }'],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.nodes).toEqual(['c', 'weak']);
    expect(f[0]!.message).toBe(
      'Claim c ("It will happen") is stated as "almost certain" (about 98 %) but its support bears out only about 50 %; its weakest link is weak ("Weak report").',
    );
  });
  it('lets a strong independent line carry the claim (max over convergent inferences)', () => {
    const f = findings(
      'overconfident-conclusion',
      mapYaml({
        nodes: [
          '{ id: good, kind: evidence, text: Good report, credibility: high }',
          '{ id: weak, kind: evidence, text: Weak report, credibility: low }',
          '{ id: c, kind: claim, text: It will happen, hedge: { phrases: [highly likely], band: { yardstick: PHIA, term: highly likely } } }',
        ],
        inferences: ['{ id: i1, premises: [weak], conclusion: c }', '{ id: i2, premises: [good], conclusion: c }'],
      }),
    );
    expect(f).toEqual([]);
  });
  it('reads a claim and its restatement as one claim: the better-supported statement carries what builds on either', () => {
    // The same judgement stated twice: once on a weak report, once on a good one; the conclusion builds on the weak statement.
    const yaml = (restated: boolean) =>
      mapYaml({
        nodes: [
          '{ id: weak, kind: evidence, text: Weak report, credibility: low }',
          '{ id: good, kind: evidence, text: Good report, credibility: high }',
          '{ id: here, kind: claim, text: The aims are unchanged, hedge: { phrases: [highly likely], band: { yardstick: PHIA, term: highly likely } } }',
          '{ id: there, kind: claim, text: The aims have not changed, hedge: { phrases: [highly likely], band: { yardstick: PHIA, term: highly likely } } }',
          '{ id: c, kind: claim, text: They keep their aims, hedge: { phrases: [highly likely], band: { yardstick: PHIA, term: highly likely } } }',
        ],
        inferences: ['{ id: i1, premises: [weak], conclusion: here }', '{ id: i2, premises: [good], conclusion: there }', '{ id: i3, premises: [here], conclusion: c }'],
        ...(restated ? { relations: ['{ type: restates, from: there, to: here }'] } : {}),
      });
    expect(findings('overconfident-conclusion', yaml(false)).map((f) => f.nodes)).toEqual([
      ['here', 'weak'],
      ['c', 'here'],
    ]);
    expect(findings('overconfident-conclusion', yaml(true))).toEqual([]);
  });
  it('flags a flat assertion only when its support falls below likely, and lowers undercut steps', () => {
    const yaml = (undercut: boolean) =>
      mapYaml({
        nodes: ['{ id: e, kind: evidence, text: Report, credibility: medium }', '{ id: c, kind: claim, text: Flat claim }', '{ id: doubt, kind: hedge, text: One source only }'],
        inferences: ['{ id: i1, premises: [e], conclusion: c }'],
        relations: [undercut ? '{ type: undercuts, from: doubt, to: i1 }' : '{ type: qualifies, from: doubt, to: e }'],
      });
    expect(findings('overconfident-conclusion', yaml(false))).toEqual([]);
    const f = findings('overconfident-conclusion', yaml(true));
    expect(f.map((x) => x.message)).toEqual([
      'Claim c ("Flat claim") is stated as a flat assertion (about 100 %) but its support bears out only about 49 %; its weakest link is e ("Report").',
    ]);
  });
  it('takes a hedge recorded with a note and no band as a deliberate "no band", not the lexicon\'s band for its words, and passes a reported doctrine by', () => {
    const node = (id: string, hedge: string) => `{ id: ${id}, kind: claim, text: While no doubt keeping their aims, hedge: ${hedge} }`;
    const yaml = mapYaml({
      nodes: [
        '{ id: weak, kind: evidence, text: A thin report, credibility: low }',
        node('noted', "{ phrases: [no doubt], note: 'Concessive: grants the point in passing; no band.' }"),
        node('bare', '{ phrases: [no doubt] }'),
        '{ id: doctrine, kind: claim, text: By the thesis no settlement is possible, stance: reports }',
      ],
      inferences: ['{ id: i1, premises: [weak], conclusion: noted }', '{ id: i2, premises: [weak], conclusion: bare }', '{ id: i3, premises: [weak], conclusion: doctrine }'],
    });
    expect(findings('overconfident-conclusion', yaml).map((x) => x.nodes[0])).toEqual(['bare']);
  });
  it('does not read a flat node as certain when a hedge node with estimative words qualifies it', () => {
    const yaml = mapYaml({
      nodes: [
        '{ id: weak, kind: evidence, text: A thin report, credibility: low }',
        '{ id: prelim, kind: hedge, text: No more than preliminary reflections, hedge: { phrases: [no more than preliminary reflections] } }',
        '{ id: plain, kind: hedge, text: See below }',
        '{ id: governed, kind: claim, text: Many forces hold the alliance together }',
        '{ id: caveated, kind: claim, text: The alliance will hold }',
      ],
      inferences: ['{ id: i1, premises: [weak], conclusion: governed }', '{ id: i2, premises: [weak], conclusion: caveated }'],
      relations: ['{ type: qualifies, from: prelim, to: governed }', '{ type: qualifies, from: plain, to: caveated }'],
    });
    expect(findings('overconfident-conclusion', yaml).map((x) => x.nodes[0])).toEqual(['caveated']);
  });
});
