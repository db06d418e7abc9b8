import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('load-bearing-premise', () => {
  it('names the nodes every line of support passes through, and each premise of a dominating inference', () => {
    const f = findings(
      'load-bearing-premise',
      mapYaml({
        nodes: [
          '{ id: e1, kind: evidence, text: First report }',
          '{ id: e2, kind: evidence, text: Second report }',
          '{ id: key, kind: premise, text: The key assumption }',
          '{ id: mid, kind: claim, text: Middle judgement }',
          '{ id: rec, kind: conclusion, text: Do this }',
        ],
        inferences: ['{ id: i1, premises: [e1], conclusion: mid }', '{ id: i2, premises: [e2], conclusion: mid }', '{ id: i3, premises: [mid, key], conclusion: rec }'],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.nodes).toEqual(['rec', 'mid', 'key']);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.message).toContain('Every line of support for conclusion rec ("Do this") passes through mid ("Middle judgement"), key ("The key assumption")');
  });
  it('is silent when two independent lines support the conclusion', () => {
    const f = findings(
      'load-bearing-premise',
      mapYaml({
        nodes: ['{ id: e1, kind: evidence, text: One }', '{ id: e2, kind: evidence, text: Two }', '{ id: rec, kind: conclusion, text: Do this }'],
        inferences: ['{ id: i1, premises: [e1], conclusion: rec }', '{ id: i2, premises: [e2], conclusion: rec }'],
      }),
    );
    expect(f).toEqual([]);
  });
});
