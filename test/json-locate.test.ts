import { describe, expect, it } from 'vitest';
import { jsonLocator } from '../src/io/json-locate.js';
import { parseJson, parseYaml } from '../src/io/parse.js';
import { checkJsonSyntax } from '../src/io/json-syntax.js';

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

/** Every path to a value in parsed JSON, the root included. */
function allPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

// Hand-written layouts a generator never makes: CRLF and lone CR, tabs, no spaces, unicode beyond the BMP,
// escapes that hide quotes and brackets, empty lists, a list as the whole file, and a duplicate key.
const ODD_LAYOUTS = [
  '{\r\n\t"title" :\t"CRLF \\"map\\" [not a list]",\r\n"nodes":[\r\n  {"id":"a","kind":"claim","text":"Dé\\u00e9tente 😀 {"} ,\r\n\r\n{ "id" : "b" ,"kind":"claim", "text":"\\\\"}\r\n  ]\r\n,"inferences":[ ],"relations":[{"type":"attacks","from":"a","to":"b"}]}\r\n',
  '{"title":"one line","nodes":[{"id":"a","kind":"claim","text":"x"},{"id":"b","kind":"claim","text":"y","dates":[{"event":"e","date":"1953"}]}],"inferences":[{"id":"i","premises":["a"],"conclusion":"b"}]}',
  '[ [1, [2, [3]]],\n  {"a": [ "\\"]", "\\\\" ] },\n  "𝄞 ]", [], {} ]',
  '{"nodes": [{"id": "a"}, {"id": "b", "id": "c"}], "nodes": [ {"id": "z"} ]}',
  '{"title":"lone\\rCR","nodes":[\n{"id":"a"},\n{"id":"b"}]}',
];

function known(text: string) {
  const lists = { items: new Map<number, Int32Array>(), ends: new Map<number, number>() };
  expect(checkJsonSyntax(text, 100, () => ({ line: 1, column: 1 }), lists)).toEqual([]);
  return lists;
}

describe('jsonLocator with the item offsets of the syntax check', () => {
  it('gives every value and key the position the locator finds on its own walk, on odd layouts', () => {
    const offset = (o: number) => ({ line: 1, column: o + 1 });
    for (const text of ODD_LAYOUTS) {
      const lists = { items: new Map<number, Int32Array>(), ends: new Map<number, number>() };
      checkJsonSyntax(text, 100, offset, lists);
      const { items, ends } = lists;
      expect(items.size).toBeGreaterThan(0);
      expect([...ends.keys()]).toEqual([...items.keys()]);
      const seeded = jsonLocator(text, offset, lists);
      const own = jsonLocator(text, offset);
      const lines = jsonLocator(text);
      const seededLines = jsonLocator(text, undefined, lists);
      for (const path of allPaths(JSON.parse(text))) {
        expect([path, seeded(path)]).toEqual([path, own(path)]);
        expect([path, seeded(path, true)]).toEqual([path, own(path, true)]);
        expect([path, seededLines(path)]).toEqual([path, lines(path)]);
      }
      // The kept lists are exactly those of the top level and one below, each item where a value starts.
      for (const [open, at] of items) {
        expect(text[open]).toBe('[');
        expect(text[ends.get(open)! - 1]).toBe(']');
        expect(() => JSON.parse(text.slice(open, ends.get(open)))).not.toThrow();
        for (const o of at) {
          expect(' \t\r\n,]}:'.includes(text[o]!)).toBe(false);
          expect(text.slice(0, o).trimEnd().at(-1)).toMatch(/^[[,]$/);
        }
      }
    }
  });

  it('keeps the items of lists one level below the top, not deeper', () => {
    const text = '{"nodes":[{"dates":[1,2]},{"dates":[3]}],"list":[[4,5]]}';
    const { items } = known(text);
    expect([...items.keys()].sort((a, b) => a - b)).toEqual([text.indexOf('[{'), text.indexOf('[[')]);
    expect([...items.get(text.indexOf('[{'))!]).toEqual([text.indexOf('{"dates"'), text.indexOf('{"dates":[3')]);
    expect([...items.get(text.indexOf('[['))!]).toEqual([text.indexOf('[4')]);
  });

  it('loads a JSON map whose positions match the YAML loader, CRLF and unicode included', () => {
    const text = ODD_LAYOUTS[0]!;
    const json = parseJson(text, 'x.json');
    const yaml = parseYaml(text, 'x.json');
    for (const path of allPaths(json.data)) expect([path, json.locate(path)]).toEqual([path, yaml.locate(path)]);
  });
});
