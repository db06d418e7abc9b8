import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

const NODES = [
  '{ id: a, kind: claim, text: Policy is unchanged }',
  '{ id: b, kind: claim, text: Policy has changed }',
  '{ id: c, kind: evidence, text: A rebuttal nobody answers }',
  '{ id: h, kind: hypothesis, text: An entertained alternative }',
  '{ id: n, kind: claim, text: The analyst adds this, analyst: true, rationale: Reading }',
];

describe('explicit-contradiction', () => {
  it('reports asserted contradictions and unanswered rebuttals, located at the relation', () => {
    const f = findings('explicit-contradiction', mapYaml({ nodes: NODES, relations: ['{ type: contradicts, from: a, to: b }', '{ type: attacks, from: c, to: a }'] }));
    expect(f.map((x) => x.nodes)).toEqual([
      ['a', 'b'],
      ['c', 'a'],
    ]);
    expect(f[0]!.message).toBe('The author asserts both a ("Policy is unchanged") and b ("Policy has changed"), but they contradict each other, so a reader cannot accept both.');
    expect(f[1]!.message).toContain('which rebuts it and is never answered');
    expect(f[0]!.location.line).toBe(9);
  });
  it('ignores hypotheses, analyst nodes, editors and answered rebuttals', () => {
    const yaml = mapYaml({
      nodes: [...NODES, '{ id: ed, kind: claim, text: An editor disagrees, author: editors }', '{ id: d, kind: evidence, text: An answer }'],
      relations: [
        '{ type: contradicts, from: a, to: h }',
        '{ type: contradicts, from: a, to: n }',
        '{ type: contradicts, from: a, to: ed }',
        '{ type: attacks, from: c, to: b }',
        '{ type: attacks, from: d, to: c }',
      ],
      extra: 'authors:\n  - { id: main, name: The author, role: author }\n  - { id: editors, name: The editors, role: editor }',
    });
    expect(findings('explicit-contradiction', yaml).map((x) => x.nodes)).toEqual([['d', 'c']]);
  });
  it('does not call a conceded, outweighed rebuttal unanswered: the author answered it by weighing it', () => {
    const f = findings('explicit-contradiction', mapYaml({ nodes: NODES, relations: ['{ type: attacks, from: c, to: a, outweighed: true }'] }));
    expect(f).toEqual([]);
    expect(findings('explicit-contradiction', mapYaml({ nodes: NODES, relations: ['{ type: attacks, from: c, to: a }'] }))).toHaveLength(1);
  });
});
