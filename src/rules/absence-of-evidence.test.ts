import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('absence-of-evidence', () => {
  it('reports each "no evidence" statement once, with the judgements it supports', () => {
    const f = findings(
      'absence-of-evidence',
      mapYaml({
        nodes: [
          "{ id: none, kind: evidence, text: No sign of resistance, source: { locator: '2', quote: There is no evidence of any organised resistance } }",
          '{ id: a, kind: claim, text: The regime is secure }',
          '{ id: b, kind: claim, text: No purge is coming }',
        ],
        inferences: ['{ id: i1, premises: [none], conclusion: a }', '{ id: i2, premises: [none], conclusion: b }'],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.nodes).toEqual(['none', 'a', 'b']);
    expect(f[0]!.message).toBe(
      'none ("No sign of resistance") says "There is no evidence" and supports a ("The regime is secure"), b ("No purge is coming"); an absence counts only if the evidence would have been seen had it existed.',
    );
  });
  it('is silent for a "no evidence" statement that supports nothing, and for positive evidence', () => {
    const f = findings(
      'absence-of-evidence',
      mapYaml({
        nodes: ['{ id: none, kind: evidence, text: There is no evidence of naval vessels }', '{ id: e, kind: evidence, text: Ships seen }', '{ id: a, kind: claim, text: Trade }'],
        inferences: ['{ id: i1, premises: [e], conclusion: a }'],
      }),
    );
    expect(f).toEqual([]);
  });
});
