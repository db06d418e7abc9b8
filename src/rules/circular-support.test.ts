import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('circular-support', () => {
  it('reports the cycle a → b → a, starting at the earlier node, located there', () => {
    const f = findings(
      'circular-support',
      mapYaml({
        nodes: ['{ id: e, kind: evidence, text: A report }', '{ id: a, kind: claim, text: Claim A }', '{ id: b, kind: claim, text: Claim B }'],
        inferences: ['{ id: i1, premises: [b, e], conclusion: a }', '{ id: i2, premises: [a], conclusion: b }'],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.nodes).toEqual(['a', 'b']);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('a ("Claim A") → b ("Claim B") → a ("Claim A")');
    expect(f[0]!.location).toEqual({ file: 'map.yaml', line: 4, column: 5 });
  });
  it('finds one shortest cycle per knot, and stays silent on a chain', () => {
    const f = findings(
      'circular-support',
      mapYaml({
        nodes: ['{ id: a, kind: claim, text: A }', '{ id: b, kind: claim, text: B }', '{ id: c, kind: claim, text: C }', '{ id: d, kind: claim, text: D }'],
        inferences: [
          '{ id: i1, premises: [b], conclusion: a }',
          '{ id: i2, premises: [c], conclusion: b }',
          '{ id: i3, premises: [a], conclusion: c }',
          '{ id: i4, premises: [a], conclusion: d }',
        ],
      }),
    );
    expect(f.map((x) => x.nodes)).toEqual([['a', 'c', 'b']]);
    expect(
      findings(
        'circular-support',
        mapYaml({
          nodes: ['{ id: a, kind: claim, text: A }', '{ id: b, kind: evidence, text: B }'],
          inferences: ['{ id: i1, premises: [b], conclusion: a }'],
        }),
      ),
    ).toEqual([]);
  });
});
