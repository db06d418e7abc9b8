import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('judgement-as-evidence', () => {
  it("reports each judgement row once, the author's own apart from an analyst's presumption, and not evidence", () => {
    const f = findings(
      'judgement-as-evidence',
      mapYaml({
        extra: [
          'hypothesisSets:',
          '  - id: q',
          '    question: Change or retreat?',
          '    hypotheses: [h1, h2]',
          '    evidence: [fact, verdict, presumed]',
          '    ratings:',
          '      - { evidence: verdict, hypothesis: h1, rating: II }',
          '      - { evidence: presumed, hypothesis: h2, rating: C }',
          '      - { evidence: fact, hypothesis: h2, rating: I }',
        ].join('\n'),
        nodes: [
          '{ id: h1, kind: hypothesis, text: Change }',
          '{ id: h2, kind: hypothesis, text: Retreat }',
          '{ id: fact, kind: evidence, text: Doctors released }',
          '{ id: verdict, kind: claim, text: Their assumptions are unchanged }',
          '{ id: presumed, kind: premise, text: Speeches reflect belief, analyst: true, rationale: implicit }',
        ],
      }),
    );
    expect(f.map((x) => [x.messageId, x.nodes[0], x.location.line])).toEqual([
      ['authors', 'verdict', 6],
      ['analysts', 'presumed', 6],
    ]);
    expect(f[1]!.message).toContain('is a premise (added by the analyst), not evidence');
  });
  it('is silent for a matrix of evidence', () => {
    const f = findings(
      'judgement-as-evidence',
      mapYaml({
        extra: 'hypothesisSets:\n  - { id: q, question: Which?, hypotheses: [h1, h2], evidence: [e], ratings: [{ evidence: e, hypothesis: h1, rating: I }] }',
        nodes: ['{ id: h1, kind: hypothesis, text: One }', '{ id: h2, kind: hypothesis, text: Two }', '{ id: e, kind: evidence, text: Seen }'],
      }),
    );
    expect(f).toEqual([]);
  });
});
