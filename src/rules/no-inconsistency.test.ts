import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

const nodes = [
  '{ id: h1, kind: hypothesis, text: One }',
  '{ id: h2, kind: hypothesis, text: Two }',
  '{ id: e, kind: evidence, text: Seen }',
  '{ id: f, kind: evidence, text: Also seen }',
];
const set = (ratings: string) => `hypothesisSets:\n  - id: q\n    question: Which?\n    hypotheses: [h1, h2]\n    evidence: [e, f]\n    ratings: [${ratings}]`;

describe('no-inconsistency', () => {
  it('reports a set whose ratings are all consistent or neutral, at the set', () => {
    const f = findings(
      'no-inconsistency',
      mapYaml({ nodes, extra: set('{ evidence: e, hypothesis: h1, rating: C }, { evidence: e, hypothesis: h2, rating: CC }, { evidence: f, hypothesis: h1, rating: N }') }),
    );
    expect(f.map((x) => [x.messageId, x.nodes])).toEqual([['none', ['h1', 'h2']]]);
    expect(f[0]!.message).toMatch(/^Hypothesis set q has 3 ratings and none is I or II/);
    expect(f[0]!.location.line).toBe(3);
  });
  it('is silent once one rating is I or II, and for a set not yet rated', () => {
    expect(findings('no-inconsistency', mapYaml({ nodes, extra: set('{ evidence: e, hypothesis: h1, rating: C }, { evidence: f, hypothesis: h2, rating: I }') }))).toEqual([]);
    expect(findings('no-inconsistency', mapYaml({ nodes, extra: set('') }))).toEqual([]);
  });
});
