import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { failures } from './helpers/load-failures.js';
import { launchBrowser } from './helpers/browser.js';
import { clickOnMap } from './helpers/explorer-pages.js';
import { pathToFileURL } from 'node:url';
import { loadMapText } from '../src/io/load.js';
import { MapLoadError, formatDiagnostic } from '../src/io/diagnostics.js';

const dir = mkdtempSync(join(tmpdir(), 'argmap-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const broken = (name: string) => join('test', 'fixtures', 'broken', name);

const BUILTINS = 'test/fixtures/hostile/builtin-ids.yaml';

describe('ids named after built-in object properties (constructor, toString, hasOwnProperty …)', () => {
  const commands: [string, string[]][] = [
    ['validate', ['validate', BUILTINS]],
    ['check', ['check', BUILTINS]],
    ['check json', ['check', '-f', 'json', BUILTINS]],
    ['ach', ['ach', BUILTINS]],
    ['ach svg', ['ach', '-f', 'svg', BUILTINS]],
    ['html', ['html', '-o', join(dir, 'page.html'), BUILTINS]],
    ['render', ['render', '--out-dir', join(dir, 'whole'), BUILTINS]],
    ['render --focus', ['render', '--out-dir', join(dir, 'focus'), '--focus', 'constructor', BUILTINS]],
    ['render --focus on a conclusion', ['render', '--out-dir', join(dir, 'focus'), '--focus', 'call', BUILTINS]],
    ['render --set', ['render', '--out-dir', join(dir, 'set'), '--set', 'hasOwnProperty', BUILTINS]],
    ['render --views', ['render', '--out-dir', join(dir, 'views'), '--views', BUILTINS]],
    ['export aif', ['export', '-t', 'aif', BUILTINS]],
    ['export apx', ['export', '-t', 'apx', BUILTINS]],
    ['export tgf', ['export', '-t', 'tgf', BUILTINS]],
    ['export argdown', ['export', '-t', 'argdown', '-o', join(dir, 'builtin-ids.argdown'), BUILTINS]],
    ['export graphml', ['export', '-t', 'graphml', BUILTINS]],
    ['export dot', ['export', '-t', 'dot', BUILTINS]],
    ['compare', ['compare', BUILTINS, 'arguments/examples/harbour.yaml']],
    ['compare with itself', ['compare', BUILTINS, BUILTINS]],
    ['coverage', ['coverage', BUILTINS]],
    ['af', ['af', BUILTINS]],
  ];
  for (const [name, argv] of commands) {
    it(`${name} exits 0 without a stack trace`, async () => {
      const r = await runCli(...argv);
      expect(r.err).not.toMatch(/internal error|\n\s+at /);
      expect(r.code).toBe(0);
    });
  }

  it('comes back whole through Argdown (its model filed statements by title in plain objects)', async () => {
    const exported = join(dir, 'round-trip.argdown');
    expect((await runCli('export', '-t', 'argdown', '-o', exported, BUILTINS)).code).toBe(0);
    const back = join(dir, 'round-trip.yaml');
    const r = await runCli('import', '-f', 'argdown', '-o', back, exported);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await runCli('compare', back, BUILTINS)).out).toContain('Grade: 100 %');
  });

  it('leaves the global Object untouched (graphology used to chain edges onto Object itself)', async () => {
    await runCli('ach', BUILTINS);
    expect(Object.getOwnPropertyNames(Object)).not.toContain('previous');
    expect(Object.getOwnPropertyNames(Object)).not.toContain('next');
  });

  it('gives the same analysis as the harbour map it was renamed from', async () => {
    const ach = (await runCli('ach', '-f', 'json', BUILTINS)).out;
    const ranking = (JSON.parse(ach) as { sets: { hypotheses: { id: string; weightedInconsistency: number }[] }[] }).sets[0]!.hypotheses;
    expect(ranking.map((h) => [h.id, h.weightedInconsistency])).toEqual([
      ['propertyIsEnumerable', 0],
      ['toLocaleString', 2],
    ]);
    // The undercut inference `caller` (i-shifts in the harbour map) is out, its undercutter `length` in.
    const af = JSON.parse((await runCli('af', BUILTINS)).out) as { extensions: string[][] };
    expect(af.extensions[0]).toContain('length');
    expect(af.extensions[0]).not.toContain('caller');
    const same = await runCli('compare', BUILTINS, BUILTINS);
    expect(same.out).toContain('Grade: 100 %');
    const focus = readFileSync(join(dir, 'focus', 'builtin-ids--focus-constructor.svg'), 'utf8');
    expect(focus).toContain('Four cargo ships');
    expect(readdirSync(join(dir, 'views')).sort()).toEqual(['builtin-ids--focus-call.svg', 'builtin-ids--set-hasOwnProperty.svg', 'builtin-ids--views.json', 'builtin-ids.svg']);
  });
});

it('the explorer page selects each of those nodes in Chromium without a script error', async () => {
  const page = join(dir, 'explorer.html');
  expect((await runCli('html', '-o', page, BUILTINS)).code).toBe(0);
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    // On the whole map, where every node is drawn (the page opens on the overview).
    await tab.goto(`${pathToFileURL(page).href}#view=map`);
    const shown: string[] = [];
    for (const id of ['constructor', 'toString', 'propertyIsEnumerable', 'call', 'length']) {
      await clickOnMap(tab, `g.node[data-id="${id}"]`);
      shown.push((await tab.$eval('#panel-node', (e) => e.textContent ?? '')).includes(id) ? id : `${id} missing`);
      // Its chain view is laid out in the page too, ids and all.
      await tab.waitForFunction(
        (i) => document.querySelector('#chain-view')?.getAttribute('data-node') === i && document.querySelector('#chain-view')?.getAttribute('aria-busy') === 'false',
        id,
      );
    }
    expect(shown).toEqual(['constructor', 'toString', 'propertyIsEnumerable', 'call', 'length']);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

describe('hypothesis sets that contradict their own shape are refused where they are written', () => {
  it("a hypothesis as its own set's evidence, assessed or rated as evidence, an item assessed twice", () => {
    expect(failures(broken('set-contradictions.yaml'))).toEqual([
      `${broken('set-contradictions.yaml')}:11:20: error: evidence "h2" is one of the hypotheses of set "listed"; expected evidence other than the set's own hypotheses`,
      `${broken('set-contradictions.yaml')}:14:21: error: assessed item "h1" is one of the hypotheses of set "listed"; expected evidence other than the set's own hypotheses`,
      `${broken('set-contradictions.yaml')}:15:21: error: "e1" is assessed twice in set "listed"; expected one credibility and relevance per item`,
      `${broken('set-contradictions.yaml')}:21:21: error: rated item "h2" is one of the hypotheses of set "rated"; expected evidence other than the set's own hypotheses`,
      `${broken('set-contradictions.yaml')}:22:37: error: rated hypothesis "e1" is not in set "rated"; expected one of h1, h2`,
    ]);
  });

  it('render --set and ach exit 2 on it instead of drawing or scoring a matrix without that row', async () => {
    for (const argv of [['render', '--out-dir', join(dir, 'contradictions'), '--set', 'listed'], ['ach']]) {
      const r = await runCli(...argv, broken('set-contradictions.yaml'));
      expect(r.code).toBe(2);
      expect(r.err).toContain('set-contradictions.yaml:11:20: error: evidence "h2" is one of the hypotheses of set "listed"');
    }
  });
});

describe('dates: impossible calendar dates and offsets past the limit are refused at validation', () => {
  const pattern = broken('dates-off-pattern.yaml');
  const calendar = broken('dates-off-calendar.yaml');

  it('months and days no calendar has, named by the schema check', () => {
    expect(failures(pattern)).toEqual([
      `${pattern}:7:34: error: nodes[0].dates[0].date is "1953-13-45" (there is no month 13); expected an ISO 8601 date such as 1953, 1953-03 or 1953-03-05, or a range such as 1952-10-05/1952-10-14`,
      `${pattern}:8:34: error: nodes[0].dates[1].date is "0000-00-00" (there is no month 00); expected an ISO 8601 date such as 1953, 1953-03 or 1953-03-05, or a range such as 1952-10-05/1952-10-14`,
    ]);
  });

  it('30 February, 29 February outside leap years, 31 April, reversed ranges and P300000Y; 1952-02-29 and 1953-05/1953 pass', () => {
    const expected = [
      [3, 39, 'date "1953-02-29" is not on the calendar (1953 is not a leap year, so February has 28 days); expected a real date such as 1953-03-05'],
      [10, 34, 'date "1953-02-30" is not on the calendar (February 1953 has days 01 to 28); expected a real date such as 1953-03-05'],
      [11, 34, 'date "1900-02-29" is not on the calendar (1900 is not a leap year, so February has 28 days); expected a real date such as 1953-03-05'],
      [13, 34, 'date "1953-04-31/1953-05" is not on the calendar (April 1953 has days 01 to 30); expected a real date such as 1953-03-05'],
      [15, 34, 'date range "1953-06/1953-05-31" ends before it starts; expected start/end'],
      [21, 62, 'offset "P300000Y" reaches more than 10000 years from its event; expected at most P10000Y'],
    ];
    expect(failures(calendar)).toEqual(expected.map(([line, col, message]) => `${calendar}:${line}:${col}: error: ${message}`));
  });

  it('check and html exit 2 with the place, where P300000Y crashed them with RangeError', async () => {
    for (const argv of [['check'], ['html', '-o', join(dir, 'dates.html')]]) {
      const r = await runCli(...argv, calendar);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${calendar}:21:62: error: offset "P300000Y"`);
      expect(r.err).not.toMatch(/RangeError|\n\s+at /);
    }
  });
});

describe('JSON and YAML text: duplicate keys, line endings, nesting and syntax errors get file:line:col', () => {
  const cases: [string, string][] = [
    ['json-duplicate-key.json', '3:55: error: duplicate key "text" (first at line 3, column 42); expected each key once per object'],
    ['json-duplicate-key-and-error.json', '3:3: error: duplicate key "title" (first at line 2, column 3); expected each key once per object'],
    ['json-cr-only.json', '4:47: error: unknown property `colour` in nodes[0]; expected one of kind, id, text, '],
    ['yaml-cr-only.yaml', '6:5: error: unknown property `colour` in nodes[0]; expected one of kind, id, text, '],
    ['deep-1000.json', '1:173: error: nesting deeper than 100 levels; expected at most 100 (a map needs fewer than 10)'],
    ['deep-1000.yaml', '6:108: error: nesting deeper than 100 levels; expected at most 100 (a map needs fewer than 10)'],
    ['json-trailing-comma.json', '5:3: error: invalid JSON: found `]`; expected another value after the comma (JSON allows no trailing comma)'],
    ['json-unquoted.json', '2:12: error: invalid JSON: found `t`; expected a value (a string in double quotes, a number, true, false, null, an object or a list)'],
    ['truncated.json', '1:71: error: invalid JSON: found the end of the file; expected a closing `"`'],
    ['two-documents.yaml', '3:1: error: a second document starts here; expected one map per file'],
  ];
  for (const [name, message] of cases) {
    it(name, () => {
      const got = failures(broken(name));
      expect(got).toHaveLength(1);
      // The CR-only cases end in the list of node fields, which grows with the model.
      expect(got[0]!.startsWith(`${broken(name)}:${message}`), got[0]).toBe(true);
    });
  }

  it('validate exits 2 on all of them, never 70 or [object Object]', async () => {
    const r = await runCli('validate', ...cases.map(([name]) => broken(name)));
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/internal error|object Object|\n\s+at /);
    expect(r.err).toContain(`${cases.length} of ${cases.length} file(s) invalid`);
  });

  const loadFailure = (text: string, file: string) => {
    try {
      loadMapText(text, file, file.endsWith('.json') ? 'json' : 'yaml');
    } catch (e) {
      if (e instanceof MapLoadError) return e.diagnostics.map(formatDiagnostic);
      throw e;
    }
    return [];
  };

  it('refuses nesting 100,000 deep in JSON and 2,000 block mappings deep in YAML at the 101st level', () => {
    const json = `{"title": "t", "nodes": [], "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(loadFailure(json, 'deep.json')).toEqual(['deep.json:1:133: error: nesting deeper than 100 levels; expected at most 100 (a map needs fewer than 10)']);
    let yaml = 'title: t\nnodes: []\nx:\n';
    for (let i = 1; i <= 2000; i++) yaml += `${' '.repeat(i)}k:\n`;
    expect(loadFailure(yaml, 'deep.yaml')).toEqual(['deep.yaml:103:101: error: nesting deeper than 100 levels; expected at most 100 (a map needs fewer than 10)']);
  });

  it('other JSON slips a hand-edited file shows: comments, single quotes, NaN, a control character, two values', () => {
    expect(loadFailure('{\n  // note\n  "title": "t"\n}', 'c.json')).toEqual(['c.json:2:3: error: invalid JSON: found `//`; expected a key in double quotes']);
    expect(loadFailure("{'title': 't'}", 'q.json')).toEqual(["q.json:1:2: error: invalid JSON: found `'title'`; expected a key in double quotes"]);
    expect(loadFailure('{"title": NaN}', 'n.json')).toEqual([
      'n.json:1:11: error: invalid JSON: found `NaN`; expected a value (a string in double quotes, a number, true, false, null, an object or a list)',
    ]);
    expect(loadFailure('{"title": "a\tb"}', 't.json')).toEqual([
      't.json:1:13: error: invalid JSON: found the control character U+0009; expected no control character inside a string (write \\n, \\t or \\u00XX)',
    ]);
    expect(loadFailure('{"title": "t", "nodes": []}\n{}', 'two.json')).toEqual([
      'two.json:2:1: error: invalid JSON: found `{`; expected the end of the file after the map (one JSON value per file)',
    ]);
    expect(loadFailure('{"title": "t", "nodes": [1 2]}', 'a.json')).toEqual(['a.json:1:28: error: invalid JSON: found `2`; expected `,` or `]`']);
    expect(loadFailure('{"title": "t", "nodes": [{"id": "a"', 'e.json')).toEqual([
      'e.json:1:36: error: invalid JSON: found the end of the file; expected `,` or `}` to close the object opened at line 1, column 26',
    ]);
  });
});

describe('messages repeat at most 80 characters of what they found, with control characters escaped', () => {
  it('a file holding one huge scalar: the first 80 characters, then the length', async () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, `${'x'.repeat(100_000)}\n`);
    const r = await runCli('validate', file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${file}:1:1: error: the file holds a single value ("${'x'.repeat(80)}"\u2026 (100000 characters)); expected an argument map (a mapping with \`title\` and \`nodes\`)\n1 of 1 file(s) invalid\n`,
    );
  });

  it('a symlink to a text file that is no map prints a line of it, not the file', async () => {
    const target = join(dir, 'accounts.txt');
    writeFileSync(target, Array.from({ length: 40 }, (_, i) => `user${i}:x:${1000 + i}:${1000 + i}::/home/user${i}:/bin/sh`).join('\n') + '\n');
    symlinkSync(target, join(dir, 'link.yaml'));
    const r = await runCli('validate', join(dir, 'link.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('("user0:x:1000:1000::/home/user0:/bin/sh user1:x:1001:1001::/home/user1:/bin/sh us"\u2026 (1619 characters))');
    expect(r.err).not.toContain('user3:');
  });

  it('ESC, C1 controls and bidi overrides come out as \\u escapes', async () => {
    const file = broken('control-characters.yaml');
    const r = await runCli('validate', file);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(r.err).toContain(`${file}:3:20: error: unknown kind "cl\\u001b[2Jaim\\u009b31m\\u202e" at nodes[0]; expected one of claim,`);
    expect(r.err).toContain(`${file}:4:11: error: nodes[1].id is "b\\u001b]52;c;SGVsbG8=\\u0007"; expected an id`);
  });

  it('an unknown key of any length or content is cut and escaped too', () => {
    const key = `\u001b[31m${'k'.repeat(500)}`;
    expect(failures(writeMap('key.yaml', `title: t\nnodes: []\n"${key.replace('\u001b', '\\e')}": 1\n`))[0]).toMatch(
      /key\.yaml:3:1: error: unknown property `\\u001b\[31mk{75}\u2026 \(505 characters\)` in the map; expected one of /,
    );
  });
});

function writeMap(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}
