import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

const AUTHORS =
  'authors:\n  - { id: main, name: The memorandum, role: author }\n  - { id: editors, name: The editors, role: editor }\n  - { id: press, name: Pravda, role: cited }';
const NODES = [
  '{ id: a, kind: claim, text: The offensive began in April }',
  '{ id: b, kind: claim, text: The offensive was planned }',
  '{ id: e1, kind: evidence, text: Editors date it to April, author: editors }',
  '{ id: e2, kind: evidence, text: Editors date it to June, author: editors }',
  '{ id: p, kind: claim, text: Pravda says it never began, author: press }',
  '{ id: h, kind: hypothesis, text: An entertained alternative, author: editors }',
];

describe('contradiction-across-authors', () => {
  it("tells a conflict within the editors' notes from one between authors, and leaves the main author to explicit-contradiction", () => {
    const yaml = mapYaml({
      extra: AUTHORS,
      nodes: NODES,
      relations: [
        '{ type: contradicts, from: e1, to: e2 }',
        '{ type: contradicts, from: e2, to: a }',
        '{ type: attacks, from: p, to: e1 }',
        '{ type: contradicts, from: a, to: b }',
        '{ type: contradicts, from: h, to: e1 }',
      ],
    });
    const f = findings('contradiction-across-authors', yaml);
    expect(f.map((x) => [x.messageId, x.nodes])).toEqual([
      ['withinAuthor', ['e1', 'e2']],
      ['betweenAuthors', ['e2', 'a']],
      ['betweenAuthors', ['p', 'e1']],
    ]);
    expect(f[0]!.message).toBe(
      'The editors states both e1 ("Editors date it to April") and e2 ("Editors date it to June"), and they contradict each other: a conflict within that text, not the main author contradicting himself.',
    );
    expect(f[2]!.message).toContain('Pravda states p ("Pravda says it never began") and The editors states e1');
    expect(f.every((x) => x.severity === 'info')).toBe(true);
    expect(findings('explicit-contradiction', yaml).map((x) => x.nodes)).toEqual([['a', 'b']]);
  });
  it('reports an answered rebuttal only by its unanswered answer, and is silent for analyst-added nodes', () => {
    const f = findings(
      'contradiction-across-authors',
      mapYaml({
        extra: AUTHORS,
        nodes: [...NODES, '{ id: n, kind: claim, text: Analyst reading, analyst: true, rationale: why }'],
        relations: ['{ type: attacks, from: p, to: e1 }', '{ type: attacks, from: a, to: p }', '{ type: contradicts, from: n, to: e2 }'],
      }),
    );
    expect(f.map((x) => x.nodes)).toEqual([['a', 'p']]);
  });
});
