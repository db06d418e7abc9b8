import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IArgdownResponse, ISection } from '@argdown/core';
import { prng } from '../scripts/bench/_lib.mjs';
import { loadMap, loadMapText } from '../src/io/load.js';
import { stringify } from 'yaml';
import { fromArgdown } from '../src/interop/argdown-read.js';
import { writeArgdown } from '../src/interop/argdown-write.js';
import { argdownProblems, runArgdown } from '../src/interop/argdown-parse.js';
import { slug } from '../src/interop/argdown-conventions.js';
import type { ArgumentMap } from '../src/model/types.js';
import { runCli } from './helpers/cli.js';

const MAPS = ['arguments/examples/harbour.yaml', 'arguments/soviet-policies-1953.yaml'];

/** Argdown's own model of a document, as comparable lines; titles as argmap ids, since ids are what survive. */
function structure(text: string): Record<string, string[]> {
  const r: IArgdownResponse = runArgdown(text);
  expect(argdownProblems(r, 'doc')).toEqual([]);
  const t = (title: string | undefined) => slug(title ?? '', '?');
  const statements = Object.values(r.statements ?? {}).map((ec) => {
    const defined = ec.members.filter((m) => !m.isReference && m.text?.trim());
    return `${t(ec.title)}: ${defined[defined.length - 1]?.text?.trim()} ${[...(ec.tags ?? [])].sort().join(',')} §${ec.section?.title ?? ''}`;
  });
  const args = Object.values(r.arguments ?? {}).map(
    (a) =>
      `<${t(a.title)}> ` +
      a.pcs
        .map((s) => `${s.role} ${t(s.title)}${'inference' in s && s.inference ? ` [${(s.inference as { inferenceRules?: string[] }).inferenceRules?.join('|')}]` : ''}`)
        .join('; '),
  );
  const end = (m: NonNullable<IArgdownResponse['relations']>[number]['from']) =>
    !m ? '?' : m.type === 'inference' ? `<${t(m.argumentTitle)}>#${m.conclusionIndex}` : m.type === 'argument' ? `<${t(m.title)}>` : `[${t(m.title)}]`;
  const relations = (r.relations ?? []).map((rel) => `${end(rel.from)} ${rel.relationType} ${end(rel.to)}`);
  const sections: string[] = [];
  const walk = (s: ISection) => {
    sections.push(`${s.level} ${s.title}`);
    s.children.forEach(walk);
  };
  (r.sections ?? []).forEach(walk);
  return { statements: statements.sort(), arguments: args.sort(), relations: relations.sort(), sections };
}

const asSet = (list: unknown[] | undefined) => new Set((list ?? []).map((x) => JSON.stringify(x, Object.keys(x as object).sort())));

describe('Argdown round trips', () => {
  it('argdown → map → argdown: Argdown reads back the same statements, arguments, rules, relations and headings', () => {
    const text = readFileSync('test/fixtures/argdown/syntax.argdown', 'utf8');
    const again = writeArgdown(fromArgdown(text, 'syntax.argdown').map);
    const before = structure(text);
    const after = structure(again);
    expect(before.relations!.length).toBeGreaterThanOrEqual(12);
    expect(after).toEqual(before);
    // …and once more, byte for byte.
    expect(writeArgdown(fromArgdown(again, 'again.argdown').map)).toBe(again);
  });

  for (const file of MAPS) {
    it(`map → argdown → map keeps ${file} whole`, () => {
      const { map } = loadMap(file);
      const text = writeArgdown(map);
      expect(argdownProblems(runArgdown(text), file)).toEqual([]);
      const { map: back, notes } = fromArgdown(text, 'exported.argdown');
      expect(notes).toEqual([]);
      loadMapText(stringify(back), 'back.yaml');
      // The three things asked for first: node ids, each inference's premise set, relation triples…
      expect(back.nodes.map((n) => n.id).sort()).toEqual(map.nodes.map((n) => n.id).sort());
      const premiseSets = (m: ArgumentMap) => (m.inferences ?? []).map((i) => `${i.id}: ${[...i.premises].sort().join(' ')} => ${i.conclusion}`).sort();
      expect(premiseSets(back)).toEqual(premiseSets(map));
      expect(asSet(back.relations)).toEqual(asSet(map.relations));
      // …and, since argmap's own fields ride in Argdown data and front matter, everything else too.
      expect(asSet(back.nodes)).toEqual(asSet(map.nodes));
      expect(asSet(back.inferences)).toEqual(asSet(map.inferences));
      expect({ ...back, nodes: [], inferences: [], relations: [] }).toEqual({ ...map, nodes: [], inferences: [], relations: [] });
      expect(writeArgdown(structuredClone(map))).toBe(text);
    });
  }

  it('keeps texts, tags, schemes and titles made of Argdown’s special characters (seeded random cases)', () => {
    const rand = prng(1111);
    const pieces = [
      'a',
      'b c',
      ' ',
      '  ',
      '.',
      ':',
      '[',
      ']',
      '<',
      '>',
      '#',
      '*',
      '**',
      '_',
      '__',
      '{',
      '}',
      '/',
      '//',
      '/*',
      '\\',
      '-',
      '--',
      '->',
      '(',
      ')',
      '(1)',
      ',',
      ', ',
      ';',
      '@',
      '@[x]',
      '=',
      '===',
      '.A.',
      ':+1:',
      '.x.',
      'e.g.',
      '<!--',
      '-->',
      '#tag',
      '[t](u)',
      'é',
      '"',
      "'",
      '\u00a0',
      '\u2028',
      '\u0085',
      '}\n ',
    ];
    const word = (n: number) => {
      let s = '';
      for (let i = 0; i < n; i++) s += pieces[Math.floor(rand() * pieces.length)];
      return s.replace(/\s+/g, ' ').trim() || 'x';
    };
    const nodes: ArgumentMap['nodes'] = [];
    for (let i = 0; i < 120; i++)
      nodes.push({ id: `n${i}`, kind: 'claim', text: word(1 + Math.floor(rand() * 10)), tags: [word(2), word(1)], rationale: word(4) + '\n' + word(3) });
    const map: ArgumentMap = {
      title: word(6),
      sections: [
        { id: 's1', title: word(5) },
        { id: 's2', title: word(4), parent: 's1' },
      ],
      nodes: nodes
        .map((n, i) => ({ ...n, section: i % 3 === 0 ? 's2' : i % 3 === 1 ? 's1' : undefined }) as (typeof nodes)[number])
        .map((n) => (n.section === undefined ? (({ section: _s, ...rest }) => rest)(n) : n) as (typeof nodes)[number]),
      inferences: nodes.slice(1).map((n, i) => ({ id: `i${i}`, premises: [nodes[i]!.id], conclusion: n.id, scheme: word(3), warrant: word(5) })),
      relations: [{ type: 'attacks', from: 'n0', to: 'n5', rationale: word(6) }],
    };
    const text = writeArgdown(map);
    const { map: back, notes } = fromArgdown(text, 'random.argdown');
    expect(notes).toEqual([]);
    const byId = new Map(back.nodes.map((n) => [n.id, n]));
    for (const n of map.nodes) expect(byId.get(n.id)).toEqual(n);
    expect(back.title).toBe(map.title);
    expect(back.sections).toEqual(map.sections);
    // Arguments are written after their conclusion's statement, so inferences may come back in another order.
    expect(asSet(back.inferences)).toEqual(asSet(map.inferences));
    expect(back.relations).toEqual(map.relations);
  });

  it('argmap export --to argdown writes the file whole, and import reads it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-argdown-'));
    try {
      const ad = join(dir, 'harbour.argdown');
      expect((await runCli('export', MAPS[0]!, '--to', 'argdown', '-o', ad)).code).toBe(0);
      expect(readFileSync(ad, 'utf8')).toBe(writeArgdown(loadMap(MAPS[0]!).map));
      const back = await runCli('import', ad);
      expect(back.code).toBe(0);
      expect(back.err).toBe('');
      expect(loadMapText(back.out, 'back.yaml').map.nodes).toHaveLength(12);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
