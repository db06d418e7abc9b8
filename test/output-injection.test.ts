import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { achCsv, parseAchCsv, parseCsv } from '../src/interop/ach-csv.js';
import { visibleText } from '../src/io/visible-text.js';
import type { AchEvidence } from '../src/analysis/ach/types.js';

// Labels, quotes, rationales, author names, set questions and titles carrying markup, screen clearing,
// OSC 52 clipboard writes, C1 controls, bidi overrides and spreadsheet formulas.
const HOSTILE = 'test/fixtures/hostile/hostile.yaml';
const NAMES = 'test/fixtures/hostile/names.apx';

const dir = mkdtempSync(join(tmpdir(), 'argmap-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Characters a terminal obeys: C0 but tab and line feed, DEL, C1, bidi embeddings, overrides, isolates. */
const ACTIVE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

function firstActive(text: string): string | undefined {
  const m = ACTIVE.exec(text);
  return m ? `U+${m[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${m.index}: ${JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 10))}` : undefined;
}

const CASES: [string, string[]][] = [
  ['validate', ['validate', HOSTILE]],
  ['check text', ['check', HOSTILE]],
  ['check json', ['check', HOSTILE, '-f', 'json']],
  ['check markdown', ['check', HOSTILE, '-f', 'markdown']],
  ['ach text', ['ach', HOSTILE]],
  ['ach json', ['ach', HOSTILE, '-f', 'json']],
  ['ach markdown', ['ach', HOSTILE, '-f', 'markdown']],
  ['ach html', ['ach', HOSTILE, '-f', 'html']],
  ['ach svg', ['ach', HOSTILE, '-f', 'svg']],
  ['compare text', ['compare', HOSTILE, HOSTILE]],
  ['compare markdown', ['compare', HOSTILE, HOSTILE, '-f', 'markdown']],
  ['compare json', ['compare', HOSTILE, HOSTILE, '-f', 'json']],
  ['compare html', ['compare', HOSTILE, HOSTILE, '-f', 'html']],
  ['coverage text', ['coverage', HOSTILE]],
  ['coverage json', ['coverage', HOSTILE, '-f', 'json']],
  ['af text', ['af', NAMES, '-f', 'text']],
  ['af labels', ['af', NAMES, '-f', 'text', '-l']],
  ['af json', ['af', NAMES]],
];

describe('map text reaching a terminal or a report', () => {
  it.each(CASES)('%s: no control sequence, C1 control or bidi override gets through', async (_name, argv) => {
    const r = await runCli(...argv);
    expect(r.code, r.err).toBeLessThan(3);
    expect(firstActive(r.out)).toBeUndefined();
    expect(firstActive(r.err)).toBeUndefined();
  });

  it('shows what it neutralised, spelled out, so the reader sees it is there', async () => {
    const ach = await runCli('ach', HOSTILE);
    expect(ach.out).toContain('purpose: Why? <script>q()</script> \\x1b]52;c;cHduZWQ=\\x07 \\u202eright-to-left =cmd');
    expect(ach.out).toContain('@SUM(1+1) \\x9b2J c1 csi');
    const check = await runCli('check', HOSTILE);
    expect(check.out).toContain('("Certainly <script>c()</script> \\x1b[2J conclude \\u2066isolate\\u2069")');
    const json = await runCli('ach', HOSTILE, '-f', 'json');
    // The same value in JSON: an escape JSON.parse reads back to the original character.
    expect(json.out).toContain('"label": "=HYPERLINK(\\"http://evil.example/h2\\",\\"h2\\") \\u202eexercise"');
    expect((JSON.parse(json.out) as { sets: { hypotheses: { label: string }[] }[] }).sets[0]!.hypotheses[1]!.label).toBe(
      '=HYPERLINK("http://evil.example/h2","h2") \u202eexercise',
    );
  });

  it('a label cannot start a line of its own in a one-line-per-finding report', () => {
    expect(visibleText('a\nfile.yaml:1:1 error forged\r', true)).toBe('a\\x0afile.yaml:1:1 error forged\\x0d');
    expect(visibleText('two\nlines\tkept')).toBe('two\nlines\tkept');
  });

  it('validate messages echo a bad value with its controls spelled out', async () => {
    const file = join(dir, 'bad-kind.yaml');
    writeFileSync(file, 'title: t\nnodes:\n  - { id: a, kind: "\\u202Eclaim\\e[2J", text: x }\n');
    const r = await runCli('validate', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:3:20: error: unknown kind "\\u202eclaim\\u001b[2J" at nodes[0]`);
    expect(firstActive(r.err)).toBeUndefined();
  });
});

describe('Markdown reports', () => {
  it.each([
    ['check', ['check', HOSTILE, '-f', 'markdown']],
    ['ach', ['ach', HOSTILE, '-f', 'markdown']],
    ['compare', ['compare', HOSTILE, HOSTILE, '-f', 'markdown']],
  ])('%s: pass no HTML through and let no label become a link or emphasis', async (_name, argv) => {
    const { out } = await runCli(...argv);
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).not.toContain('<');
    expect(out).not.toMatch(/(?<!\\)\[link(?<!\\)\]/);
    expect(out).toContain('&lt;script&gt;');
  });

  it('escapes the premise label into plain text', async () => {
    const { out } = await runCli('check', HOSTILE, '-f', 'markdown');
    expect(out).toContain('premise ("&lt;img src=x onerror=alert(2)&gt; premise \\*bold\\* \\_it\\_ \\[link\\](jav');
  });
});

const evidence = (label: string, i: number): AchEvidence => ({
  id: `e${i}`,
  label,
  credibility: 'medium',
  relevance: 'medium',
  credibilityFrom: 'default',
  relevanceFrom: 'default',
});

describe('ACH CSV out', () => {
  const labels = ['=1+1', '\t=1+1', '\r=1+1', '+cmd', '@SUM(A1)', '-2+3+cmd', "'=already marked", "''two", "'plain quote", '-3', '+1.5', '42', 'plain label'];
  const m = {
    hypotheses: [
      { id: 'h1', label: '=HYPERLINK("http://evil.example","x")' },
      { id: 'h2', label: '-h2' },
    ],
    evidence: labels.map(evidence),
    cells: [],
  };

  it('writes no cell a spreadsheet would run as a formula, and leaves plain numbers readable', () => {
    const csv = achCsv(m);
    const cells = parseCsv(csv, 'out.csv').flatMap((r) => r.fields.map((f) => f.text));
    // Only a plain number may start with a sign.
    for (const c of cells) if (/^[=+\-@\t\r]/.test(c)) expect(c).toMatch(/^[+-]?\d+(\.\d+)?$/);
    expect(cells).toContain("'=1+1");
    expect(cells).toContain("'\t=1+1");
    expect(cells).toContain('-3');
    expect(cells).toContain('+1.5');
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","x")');
  });

  it('reads back exactly what it wrote', () => {
    const back = parseAchCsv(achCsv(m), 'out.csv');
    expect(back.evidence.map((e) => e.label)).toEqual(labels.map((l) => l.replace('\r', '\\x0d')));
    expect(back.hypotheses.map((h) => h.label)).toEqual(m.hypotheses.map((h) => h.label));
  });

  it('keeps a leading tab when reading, so `\\t=1+1` is written back inert', () => {
    const read = parseAchCsv('evidence,H1,H2\r\n"\t=1+1",C,I\r\n  padded  ,,\r\n', 'in.csv');
    expect(read.evidence.map((e) => e.label)).toEqual(['\t=1+1', 'padded']);
    expect(achCsv(read).split('\r\n')[1]).toBe("'\t=1+1,,,C,I");
  });
});

describe('af text output', () => {
  /** Reads `[a,"b,c"]` back: bare tokens or JSON strings. */
  function parseList(line: string): string[] {
    const inner = line.slice(1, -1);
    const out: string[] = [];
    const token = /\s*("(?:[^"\\]|\\.)*"|[^,"]+)\s*(,|$)/gy;
    let m: RegExpExecArray | null;
    while (token.lastIndex < inner.length && (m = token.exec(inner))) out.push(m[1]!.startsWith('"') ? (JSON.parse(m[1]!) as string) : m[1]!);
    return out;
  }

  it('quotes names so the list parses back to the same arguments', async () => {
    const text = await runCli('af', NAMES, '-f', 'text');
    const json = await runCli('af', NAMES);
    const expected = (JSON.parse(json.out) as { extensions: string[][] }).extensions;
    expect(text.out.trimEnd().split('\n').map(parseList)).toEqual(expected);
    expect(expected[0]).toEqual(['\u001b[2Jg\u202e', 'a,b', 'c', 'e"f']);
    expect(text.out).toBe('["\\u001b[2Jg\\u202e","a,b",c,"e\\"f"]\n');
  });
});

describe('usage errors', () => {
  it('`argmap rules extra` says no arguments are expected and shows the usage', async () => {
    const r = await runCli('rules', 'extra');
    expect(r.code).toBe(2);
    expect(r.err).toBe('argmap: too many arguments (1: "extra"); expected none\nUsage: argmap rules [options]\nRun `argmap rules --help` for the options.\n');
  });
});
