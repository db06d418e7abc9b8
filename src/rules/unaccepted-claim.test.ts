import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('unaccepted-claim', () => {
  it('reports an asserted claim defeated by an unattacked rebuttal, and one left undecided by mutual contradiction', () => {
    const f = findings(
      'unaccepted-claim',
      mapYaml({
        nodes: [
          '{ id: beaten, kind: claim, text: The regime is stable }',
          '{ id: rebut, kind: evidence, text: Riots in three cities }',
          '{ id: x, kind: claim, text: Talks will resume }',
          '{ id: y, kind: claim, text: Talks are dead }',
        ],
        relations: ['{ type: attacks, from: rebut, to: beaten }', '{ type: contradicts, from: x, to: y }'],
      }),
    );
    expect(f.map((x) => x.nodes)).toEqual([
      ['beaten', 'rebut'],
      ['x', 'y'],
      ['y', 'x'],
    ]);
    expect(f[0]!.message).toBe('beaten ("The regime is stable") is defeated (OUT): rebut ("Riots in three cities") attacks it and nothing defeats it, yet the author asserts it.');
    expect(f[1]!.message).toContain('is undecided (UNDEC)');
  });
  it('is silent when the attacker is itself defeated, or the attacked node is only a hypothesis', () => {
    const f = findings(
      'unaccepted-claim',
      mapYaml({
        nodes: [
          '{ id: a, kind: claim, text: Claim }',
          '{ id: b, kind: evidence, text: Attacker }',
          '{ id: c, kind: evidence, text: Defeats the attacker }',
          '{ id: h, kind: hypothesis, text: Entertained }',
        ],
        relations: ['{ type: attacks, from: b, to: a }', '{ type: attacks, from: c, to: b }', '{ type: attacks, from: c, to: h }'],
      }),
    );
    expect(f.map((x) => x.nodes[0])).toEqual(['b']);
  });
  it('does not count an attack the author concedes and holds outweighed', () => {
    const nodes = ['{ id: held, kind: claim, text: The threat is unchanged }', '{ id: conceded, kind: claim, text: One factor will be missing }'];
    const plain = findings('unaccepted-claim', mapYaml({ nodes, relations: ['{ type: attacks, from: conceded, to: held }'] }));
    expect(plain.map((x) => x.nodes[0])).toEqual(['held']);
    const weighed = findings('unaccepted-claim', mapYaml({ nodes, relations: ['{ type: attacks, from: conceded, to: held, outweighed: true }'] }));
    expect(weighed).toEqual([]);
  });
});
