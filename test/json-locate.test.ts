import { describe, expect, it } from 'vitest';
import { jsonLocator } from '../src/io/json-locate.js';
import { parseYaml } from '../src/io/parse.js';

describe('jsonLocator', () => {
  it('finds the same positions as the loader for nested paths, escapes and unicode', () => {
    const text = JSON.stringify(
      {
        title: 'A "quoted" \\ title',
        nodes: [
          { id: 'a', kind: 'claim', text: 'Détente { not a brace', dates: [{ event: 'e', date: '1953' }] },
          { id: 'b', kind: 'claim', text: 'B', hedge: { phrases: [], band: { yardstick: 'PHIA', term: 'likely' } } },
        ],
        relations: [{ type: 'attacks', from: 'a', to: 'b' }],
      },
      null,
      2,
    );
    const scan = jsonLocator(text);
    const reference = parseYaml(text, 'x.json');
    const paths = [
      ['nodes', 0],
      ['nodes', 1],
      ['nodes', 0, 'dates', 0],
      ['nodes', 1, 'hedge', 'band'],
      ['relations', 0],
      ['title'],
      [],
      ['nodes', 5],
      ['nodes', 1, 'dates', 0],
      ['missing'],
    ];
    for (const p of paths) expect([p, scan(p)]).toEqual([p, reference.locate(p)]);
    // Keys too, so a JSON map needs no YAML parse for any message.
    const keyPaths = [['nodes', 1, 'hedge', 'band'], ['title'], ['relations', 0, 'from'], ['nodes', 0, 'dates', 0, 'date']];
    for (const p of keyPaths) expect([p, scan(p, true)]).toEqual([p, reference.locate(p, true)]);
  });
});
