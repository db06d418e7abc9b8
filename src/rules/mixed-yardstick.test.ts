import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('mixed-yardstick', () => {
  it('reports the nodes banded on the minority yardstick, at their band', () => {
    const f = findings(
      'mixed-yardstick',
      mapYaml({
        nodes: [
          '{ id: a, kind: claim, text: A, hedge: { phrases: [probably], band: { yardstick: PHIA, term: likely } } }',
          '{ id: b, kind: claim, text: B, hedge: { phrases: [highly likely], band: { yardstick: PHIA, term: highly likely } } }',
          '{ id: c, kind: claim, text: C, hedge: { phrases: [unlikely], band: { yardstick: ICD203, term: unlikely } } }',
        ],
      }),
    );
    expect(f.map((x) => x.nodes)).toEqual([['c']]);
    expect(f[0]!.message).toBe('c ("C") is banded "unlikely" on the ICD 203 yardstick (20–45 %), while the map\'s other judgements use PHIA; one map should use one yardstick.');
    expect(f[0]!.location.column).toBeGreaterThan(5);
  });
  it('is silent when every band is on one yardstick', () => {
    const f = findings(
      'mixed-yardstick',
      mapYaml({
        nodes: [
          '{ id: a, kind: claim, text: A, hedge: { phrases: [probably], band: { yardstick: ICD203, term: likely } } }',
          '{ id: b, kind: claim, text: B, hedge: { phrases: [unlikely], band: { yardstick: ICD203, term: unlikely } } }',
        ],
      }),
    );
    expect(f).toEqual([]);
  });
});
