import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('supports-both-sides', () => {
  it('reports a node offered as a reason for a claim and for its rebuttal', () => {
    const f = findings(
      'supports-both-sides',
      mapYaml({
        nodes: ['{ id: e, kind: evidence, text: More ships in port }', '{ id: trade, kind: claim, text: Trade is growing }', '{ id: war, kind: claim, text: A military build-up }'],
        inferences: ['{ id: i1, premises: [e], conclusion: trade }', '{ id: i2, premises: [e], conclusion: war }'],
        relations: ['{ type: attacks, from: war, to: trade }'],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.nodes).toEqual(['e', 'trade', 'war']);
    expect(f[0]!.message).toBe(
      'e ("More ships in port") supports both trade ("Trade is growing") and war ("A military build-up"), which rebuts it, so it cannot help decide between them.',
    );
  });
  it('is silent when the two sides have different reasons', () => {
    const f = findings(
      'supports-both-sides',
      mapYaml({
        nodes: ['{ id: e1, kind: evidence, text: One }', '{ id: e2, kind: evidence, text: Two }', '{ id: a, kind: claim, text: A }', '{ id: b, kind: claim, text: B }'],
        inferences: ['{ id: i1, premises: [e1], conclusion: a }', '{ id: i2, premises: [e2], conclusion: b }'],
        relations: ['{ type: contradicts, from: a, to: b }'],
      }),
    );
    expect(f).toEqual([]);
  });
});
