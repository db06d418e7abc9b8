import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('orphan-node', () => {
  it('reports a node with no inference, relation or hypothesis set', () => {
    const f = findings(
      'orphan-node',
      mapYaml({
        nodes: [
          '{ id: e, kind: evidence, text: A report }',
          '{ id: a, kind: claim, text: Claim A }',
          '{ id: lone, kind: evidence, text: Nobody uses this }',
          '{ id: h, kind: hedge, text: A caveat }',
        ],
        inferences: ['{ id: i1, premises: [e], conclusion: a }'],
        relations: ['{ type: qualifies, from: h, to: a }'],
      }),
    );
    expect(f.map((x) => x.nodes)).toEqual([['lone']]);
    expect(f[0]!.message).toBe('lone ("Nobody uses this") is not connected to any other part of the map, so it plays no part in the argument.');
  });
  it('counts membership of a hypothesis set as a connection', () => {
    const yaml = mapYaml({
      nodes: ['{ id: h1, kind: hypothesis, text: One }', '{ id: h2, kind: hypothesis, text: Two }'],
      extra: 'hypothesisSets:\n  - { id: q, question: Which?, hypotheses: [h1, h2] }',
    });
    expect(findings('orphan-node', yaml)).toEqual([]);
  });
});
