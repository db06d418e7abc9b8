import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('single-point-of-evidence', () => {
  it('reports a claim whose whole chain rests on one report, however many steps and assumptions', () => {
    const f = findings(
      'single-point-of-evidence',
      mapYaml({
        nodes: [
          '{ id: e, kind: evidence, text: The only report }',
          '{ id: p, kind: premise, text: An assumption }',
          '{ id: a, kind: claim, text: First step }',
          '{ id: b, kind: conclusion, text: Second step }',
        ],
        inferences: ['{ id: i1, premises: [e, p], conclusion: a }', '{ id: i2, premises: [a], conclusion: b }'],
      }),
    );
    expect(f.map((x) => x.nodes)).toEqual([
      ['a', 'e'],
      ['b', 'e'],
    ]);
    expect(f[1]!.message).toBe('Conclusion b ("Second step") rests on a single item of evidence, e ("The only report"); if that report is wrong, nothing else holds it up.');
  });
  it('is silent for a sole item of record graded high credibility', () => {
    const f = findings(
      'single-point-of-evidence',
      mapYaml({
        nodes: ['{ id: death, kind: evidence, text: Stalin died on 5 March 1953, credibility: high }', '{ id: a, kind: claim, text: His absence will matter }'],
        inferences: ['{ id: i1, premises: [death], conclusion: a }'],
      }),
    );
    expect(f).toEqual([]);
  });
  it('is silent when two reports bear on the claim, even through different steps', () => {
    const f = findings(
      'single-point-of-evidence',
      mapYaml({
        nodes: ['{ id: e1, kind: evidence, text: One }', '{ id: e2, kind: evidence, text: Two }', '{ id: a, kind: claim, text: A }', '{ id: b, kind: claim, text: B }'],
        inferences: ['{ id: i1, premises: [e1], conclusion: a }', '{ id: i2, premises: [a, e2], conclusion: b }'],
      }),
    );
    expect(f.map((x) => x.nodes[0])).toEqual(['a']);
  });
});
