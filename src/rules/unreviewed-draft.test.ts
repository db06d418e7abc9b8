import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scaffoldMap } from '../analysis/scaffold/index.js';
import { findings, mapYaml } from './fixtures/run.js';

describe('unreviewed-draft', () => {
  it('reports every node argmap init drafts, once, at its review field, naming the guessed fields', () => {
    const text = readFileSync('test/fixtures/init/jic-paper.txt', 'utf8');
    const { map } = scaffoldMap(text, { documentPath: 'jic-paper.txt' });
    const f = findings('unreviewed-draft', JSON.stringify(map, null, 1));
    expect(f.length).toBe(map.nodes.length);
    expect(new Set(f.map((x) => x.nodes[0])).size).toBe(map.nodes.length);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
    expect(map.nodes[0]!.review?.guessed).toEqual(['kind', 'text', 'hedge', 'dates']);
    expect(f[0]!.message).toContain(': kind, text, hedge and dates were guessed by argmap init; check them against the text, then set review.status: reviewed.');
  });
  it('names one guessed field in the singular, points at review, and is silent for a reviewed node', () => {
    const f = findings(
      'unreviewed-draft',
      mapYaml({
        nodes: [
          '{ id: a, kind: claim, text: A guess }',
          '{ id: b, kind: claim, text: Another, review: { status: draft, guessed: [kind] } }',
          '{ id: c, kind: claim, text: Checked, review: { status: reviewed, guessed: [kind] } }',
        ],
      }),
    );
    expect(f.map((x) => x.message)).toEqual(['b ("Another"): kind was guessed by argmap init; check it against the text, then set review.status: reviewed.']);
    expect(f[0]!.location).toEqual({ file: 'map.yaml', line: 4, column: 50 });
  });
});
