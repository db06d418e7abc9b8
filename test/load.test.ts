import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadMap, loadMapText } from '../src/io/load.js';
import { type MapLoadError, formatDiagnostic } from '../src/io/diagnostics.js';
import { failures } from './helpers/load-failures.js';

const fixture = (name: string) => join('test', 'fixtures', 'broken', name);

describe('loading valid maps', () => {
  it('loads the example map with every node kind and relation type', () => {
    const { map } = loadMap('arguments/examples/harbour.yaml');
    expect(new Set(map.nodes.map((n) => n.kind)).size).toBe(8);
    expect(new Set(map.relations?.map((r) => r.type)).size).toBe(8);
    expect(map.hypothesisSets?.[0]?.ratings?.length).toBeGreaterThan(0);
  });

  it('keeps positions: locate() points back into the YAML text', () => {
    const loaded = loadMap('arguments/examples/harbour.yaml');
    const i = loaded.map.nodes.findIndex((n) => n.id === 'no-navy');
    expect(loaded.locate(['nodes', i, 'id'])).toEqual({ line: 46, column: 9 });
    expect(loaded.locate(['nodes', i, 'kind'], true)).toEqual({ line: 47, column: 5 });
  });

  it('reads JSON maps and locates their values lazily', () => {
    const text = JSON.stringify({ title: 't', nodes: [{ id: 'a', kind: 'claim', text: 'x' }] }, null, 2);
    const loaded = loadMapText(text, 'm.json', 'json');
    expect(loaded.map.nodes[0]?.id).toBe('a');
    expect(loaded.locate(['nodes', 0, 'text'])).toEqual({ line: 7, column: 15 });
  });

  it('loads a machine-made JSON map of 100k nodes', () => {
    const n = 100_000;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: i % 2 ? 'evidence' : 'claim', text: `node ${i}` }));
    const inferences = Array.from({ length: n / 2 }, (_, k) => ({ id: `i${k}`, premises: [`n${2 * k + 1}`], conclusion: `n${2 * k}` }));
    const dir = mkdtempSync(join(tmpdir(), 'argmap-big-'));
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify({ title: 'big', nodes, inferences }));
    const { map } = loadMap(file);
    expect(map.nodes).toHaveLength(n);
    expect(map.inferences).toHaveLength(n / 2);
  });
});

describe('broken maps give positioned messages naming what was found and what was expected', () => {
  const cases: [string, RegExp[]][] = [
    ['syntax-error.yaml', [/^test\/fixtures\/broken\/syntax-error\.yaml:4:11: error: YAML syntax error: /]],
    ['unknown-kind.yaml', [/:7:11: error: unknown kind "assertion" at nodes\[1\]; expected one of claim, evidence, premise, hedge, hypothesis, prediction, conclusion, source$/]],
    ['duplicate-id.yaml', [/:6:9: error: duplicate id "a" \(node\); expected ids to be unique, first used at line 3$/]],
    ['missing-ref.yaml', [/:11:19: error: inference "i1": premise refers to "ghost", which is not a node; expected the id of a node in `nodes`$/]],
    [
      'wrong-endpoint.yaml',
      [/:16:9: error: `undercuts` targets "a", a claim node; .*expected the id of an inference$/, /:18:11: error: `qualifies` starts at "e", an evidence; expected a hedge/],
    ],
    ['truncated.yaml', [/:5:22: error: YAML syntax error: Missing closing "quote/]],
    ['truncated.json', [/truncated\.json:1:71: error: invalid JSON: found the end of the file; expected a closing `"`$/]],
    ['empty.yaml', [/empty\.yaml:1:1: error: the file is empty; expected an argument map/]],
    ['binary.yaml', [/^test\/fixtures\/broken\/binary\.yaml:3:1: error: is a binary file \(a NUL byte here\); expected UTF-8 text/]],
    ['not-a-map.yaml', [/not-a-map\.yaml:1:1: error: the file holds a list; expected an argument map/]],
    ['alias-bomb.yaml', [/alias-bomb\.yaml:3:8: error: aliases expand too far .*; expected at most 200 alias expansions/]],
    ['duplicate-key.yaml', [/:6:5: error: duplicate key .*; expected each key once per mapping/]],
    ['custom-tag.yaml', [/:5:20: error: unsupported tag !!binary; expected plain YAML without tags/]],
    [
      'bad-fields.yaml',
      [
        /:8:38: error: nodes\[0\]\.hedge\.band\.term is "very likely"; expected one of .*"realistic possibility"/,
        /:10:34: error: nodes\[0\]\.dates\[0\]\.date is "October 1952"; expected an ISO 8601 date/,
        /:11:5: error: unknown property `colour` in nodes\[0\]; expected one of kind, id, text/,
      ],
    ],
  ];
  for (const [name, expected] of cases) {
    it(name, () => {
      const got = failures(fixture(name));
      expect(got).toHaveLength(expected.length);
      expected.forEach((re, i) => expect(got[i]).toMatch(re));
    });
  }

  it('a missing file names the path, with no position', () => {
    expect(failures(fixture('no-such-file.yaml'))).toEqual([`${fixture('no-such-file.yaml')}: error: file not found; expected an existing map file`]);
  });

  it('reports every problem at once, sorted by position', () => {
    const text = [
      'title: t',
      'nodes:',
      '  - { id: a, kind: claim, text: x }',
      '  - { id: a, kind: claim, text: y, section: nowhere }',
      'relations:',
      '  - { type: cites, from: a, to: zz }',
      '',
    ].join('\n');
    let messages: string[] = [];
    try {
      loadMapText(text, 'many.yaml');
    } catch (e) {
      messages = (e as MapLoadError).diagnostics.map(formatDiagnostic);
    }
    expect(messages.map((m) => m.split(': error')[0])).toEqual(['many.yaml:4:11', 'many.yaml:4:45', 'many.yaml:6:33']);
  });

  it('checks ids, premises and conclusions of inferences, however long the premise list', () => {
    const long = Array.from({ length: 20 }, (_, k) => `n${k}`);
    long.push('n3', 'ghost', 'ghost');
    const map = {
      title: 't',
      nodes: [...Array.from({ length: 20 }, (_, k) => ({ id: `n${k}`, kind: 'claim', text: `node ${k}` })), { id: 'n1', kind: 'claim', text: 'again' }],
      inferences: [
        { id: 'i1', premises: ['n1', 'n2', 'n1', 'i2'], conclusion: 'n0' },
        { id: 'i2', premises: long, conclusion: 'n0' },
        { id: 'i3', premises: ['n0'], conclusion: 'n0' },
        { id: 'n5', premises: ['n4'], conclusion: 'i1' },
      ],
    };
    let messages: string[] = [];
    try {
      loadMapText(JSON.stringify(map, null, 1), 'refs.json', 'json');
    } catch (e) {
      messages = (e as MapLoadError).diagnostics.map((d) => d.message);
    }
    // Sorted by position, as every load failure is.
    expect(messages).toEqual([
      'duplicate id "n1" (node); expected ids to be unique, first used at line 10',
      'inference "i1" lists premise "n1" twice; expected each premise once',
      'inference "i1": premise refers to "i2", which is not a node (that is an inference); expected the id of a node in `nodes`',
      'inference "i2" uses its conclusion as a premise; expected premises other than the conclusion',
      'inference "i2" lists premise "n3" twice; expected each premise once',
      'inference "i2": premise refers to "ghost", which is not a node; expected the id of a node in `nodes`',
      'inference "i2" lists premise "ghost" twice; expected each premise once',
      'inference "i2": premise refers to "ghost", which is not a node; expected the id of a node in `nodes`',
      'inference "i3" uses its conclusion as a premise; expected premises other than the conclusion',
      'duplicate id "n5" (inference); expected ids to be unique, first used at line 30',
      'inference "n5": conclusion refers to "i1", which is not a node (that is an inference); expected the id of a node in `nodes`',
    ]);
  });
});

describe('the argmap CLI on broken input', () => {
  const bin = join('bin', 'argmap.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

  it('exits 2 with messages and no stack trace for every broken fixture', () => {
    const names = ['syntax-error.yaml', 'unknown-kind.yaml', 'binary.yaml', 'alias-bomb.yaml', 'empty.yaml', 'no-such-file.yaml'];
    const r = run('validate', ...names.map(fixture));
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    for (const n of names) expect(r.stderr).toContain(fixture(n));
    expect(r.stderr).toContain('6 of 6 file(s) invalid');
  });

  it('exits 0 for the example map', () => {
    const r = run('validate', 'arguments/examples/harbour.yaml');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/harbour\.yaml: ok \(12 nodes/);
  });

  it('prints usage and exits 2 for an unknown command or flag, never a stack trace', () => {
    const a = run('frobnicate');
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('unknown command "frobnicate"');
    const b = run('validate', '--colour', 'x.yaml');
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/Unknown option '--colour'/);
    expect(b.stderr).toContain('Usage: argmap validate');
    expect(b.stderr + a.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers --help and --version', () => {
    expect(run('--help').stdout).toContain('Commands:');
    expect(run('validate', '--help').stdout).toContain('Usage: argmap validate [options] <file...>');
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
