import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('unsupported-conclusion', () => {
  it('reports claims and conclusions whose support never reaches evidence, premises or sources', () => {
    const f = findings(
      'unsupported-conclusion',
      mapYaml({
        nodes: [
          '{ id: bare, kind: claim, text: Nothing backs this }',
          '{ id: floating, kind: conclusion, text: Rests on a hypothesis only }',
          '{ id: guess, kind: hypothesis, text: A guess }',
          '{ id: e, kind: evidence, text: A report }',
          '{ id: ok, kind: claim, text: Backed by the report }',
        ],
        inferences: ['{ id: i1, premises: [guess], conclusion: floating }', '{ id: i2, premises: [e], conclusion: ok }'],
      }),
    );
    expect(f.map((x) => x.nodes[0])).toEqual(['bare', 'floating']);
    expect(f[0]!.message).toBe('Claim bare ("Nothing backs this") stands unsupported: nothing supports it.');
    expect(f[1]!.message).toContain('its support never reaches evidence, a premise or a source');
  });
  it('accepts support through a citation, a prediction or a restatement', () => {
    const f = findings(
      'unsupported-conclusion',
      mapYaml({
        nodes: [
          '{ id: cited, kind: claim, text: Cites a work }',
          '{ id: src, kind: source, text: A book }',
          '{ id: e, kind: evidence, text: A report }',
          '{ id: h, kind: claim, text: Backed claim }',
          '{ id: p, kind: prediction, text: What h expects }',
          '{ id: act, kind: conclusion, text: Watch for p }',
          '{ id: again, kind: claim, text: The backed claim again }',
        ],
        inferences: ['{ id: i1, premises: [e], conclusion: h }', '{ id: i2, premises: [p], conclusion: act }'],
        relations: ['{ type: cites, from: cited, to: src }', '{ type: predicts, from: h, to: p }', '{ type: restates, from: again, to: h }'],
      }),
    );
    expect(f).toEqual([]);
  });
  it('passes by a node with a stance (reported, supposed, elaborated), but not an asserted claim beside it', () => {
    const yaml = mapYaml({
      nodes: [
        '{ id: doctrine, kind: claim, text: By the thesis no settlement is possible, stance: reports }',
        '{ id: cond, kind: claim, text: If strains develop the absence will matter, stance: supposes }',
        '{ id: list, kind: claim, text: The objectives remain NATO and revolution, stance: elaborates }',
        '{ id: own, kind: claim, text: The alliance will hold }',
      ],
    });
    expect(findings('unsupported-conclusion', yaml).map((x) => x.nodes[0])).toEqual(['own']);
  });
});
