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
  it('reports a statement and its restatement once, at the first, naming what both support', () => {
    const f = findings(
      'absence-of-evidence',
      mapYaml({
        nodes: [
          "{ id: p5, kind: claim, text: No grounds for change, source: { locator: '5', quote: There are no grounds for believing that the aims have changed } }",
          '{ id: c3, kind: claim, text: Still no grounds for change, source: { locator: C.3, quote: there can at present be no grounds for believing that the aims are changed } }',
          "{ id: other, kind: evidence, text: No sign of resistance, source: { locator: '2', quote: There is no evidence of any organised resistance } }",
          '{ id: a, kind: conclusion, text: Stay on guard }',
          '{ id: b, kind: conclusion, text: Assume the aims stand }',
        ],
        inferences: ['{ id: i1, premises: [p5], conclusion: a }', '{ id: i2, premises: [c3], conclusion: b }', '{ id: i3, premises: [other], conclusion: a }'],
        relations: ['{ type: restates, from: c3, to: p5 }'],
      }),
    );
    expect(f.map((x) => x.nodes)).toEqual([
      ['p5', 'c3', 'a', 'b'],
      ['other', 'a'],
    ]);
    expect(f[0]!.message).toBe(
      'p5 ("No grounds for change"), restated as c3 ("Still no grounds for change") says "There are no grounds for believing" and supports a ("Stay on guard"), b ("Assume the aims stand"); an absence counts only if the evidence would have been seen had it existed.',
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
