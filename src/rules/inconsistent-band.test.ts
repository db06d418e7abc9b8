import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('inconsistent-band', () => {
  it('reports a phrase banded two ways, and banded and unbanded, each unexplained use once', () => {
    const f = findings(
      'inconsistent-band',
      mapYaml({
        nodes: [
          '{ id: a, kind: claim, text: A, hedge: { phrases: [It would be unwise to expect], band: { yardstick: PHIA, term: likely } } }',
          '{ id: b, kind: claim, text: B, hedge: { phrases: [it would be unwise to expect], band: { yardstick: PHIA, term: unlikely } } }',
          '{ id: c, kind: claim, text: C, hedge: { phrases: [no doubt], band: { yardstick: PHIA, term: almost certain } } }',
          '{ id: d, kind: claim, text: D, hedge: { phrases: [no doubt] } }',
        ],
      }),
    );
    expect(f.map((x) => x.nodes)).toEqual([
      ['a', 'b'],
      ['b', 'a'],
      ['c', 'd'],
      ['d', 'c'],
    ]);
    expect(f[3]!.message).toBe(
      'd ("D") gives "no doubt" no band, but c ("C") gives it almost certain (PHIA); one phrase should carry one band across the map, or the hedge\'s note should say why this use differs.',
    );
  });
  it('names the first use in file order whose band differs, for three bands of one phrase and many unbanded uses', () => {
    const node = (id: string, band?: string) =>
      `{ id: ${id}, kind: claim, text: ${id.toUpperCase()}, hedge: { phrases: [probably]${band ? `, band: { yardstick: PHIA, term: ${band} }` : ''} } }`;
    const f = findings(
      'inconsistent-band',
      mapYaml({
        nodes: [node('a', 'likely'), node('b', 'likely'), node('c', 'unlikely'), node('d'), node('e', 'likely'), ...Array.from({ length: 300 }, (_v, i) => node(`u${i}`))],
      }),
    );
    const other = new Map(f.map((x) => [x.nodes[0], x.nodes[1]]));
    expect([...other].slice(0, 5)).toEqual([
      ['a', 'c'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'a'],
      ['e', 'c'],
    ]);
    expect(f).toHaveLength(305);
    expect(other.get('u299')).toBe('a');
  });
  it('is silent for a use whose note says why, for one band throughout, and for comparatives', () => {
    const f = findings(
      'inconsistent-band',
      mapYaml({
        nodes: [
          '{ id: a, kind: claim, text: A, hedge: { phrases: [probably], band: { yardstick: PHIA, term: likely } } }',
          '{ id: b, kind: claim, text: B, hedge: { phrases: [probably], band: { yardstick: PHIA, term: likely } } }',
          '{ id: c, kind: claim, text: C, hedge: { phrases: [no doubt], band: { yardstick: PHIA, term: almost certain }, note: grades the claim } }',
          '{ id: d, kind: claim, text: D, hedge: { phrases: [no doubt], note: concessive - grants the point in passing } }',
          '{ id: e, kind: claim, text: E, hedge: { phrases: [most likely], band: { yardstick: PHIA, term: likely } } }',
          '{ id: f, kind: claim, text: F, hedge: { phrases: [most likely] } }',
        ],
      }),
    );
    expect(f).toEqual([]);
  });
});
