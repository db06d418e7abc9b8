import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from '../scripts/bench/_lib.mjs';
import { FORMATS, makeCase, type Case } from '../scripts/fuzz/cases.mjs';
import { loadCorpus } from '../scripts/fuzz/corpus.mjs';
import { contentProblems, judge, signature } from '../scripts/fuzz/oracle.mjs';

// The fuzzer is only as good as its generator (every format, every command, reproducible by seed) and its
// oracle (no false alarm on argmap's own outputs, no miss on a planted marker).
const corpus = loadCorpus(root);
const kinds = (problems: { kind: string }[]) => problems.map((p) => p.kind);

describe('fuzz cases', () => {
  it('are rebuilt byte for byte from their seed', () => {
    for (const seed of [0, 1, 34, 4242, 2 ** 31]) expect(makeCase(corpus, seed)).toEqual(makeCase(corpus, seed));
  });

  it('cover every input format and every command within 600 seeds', () => {
    const cases = Array.from({ length: 600 }, (_, i) => makeCase(corpus, 9000 + i)!);
    expect(new Set(cases.map((c) => c.format))).toEqual(new Set(FORMATS));
    expect(new Set(cases.map((c) => c.argv[0]))).toEqual(new Set(['validate', 'check', 'coverage', 'render', 'html', 'ach', 'af', 'export', 'compare', 'rules', 'import']));
    for (const f of ['--focus', '--set', '--views'])
      expect(
        cases.some((c) => c.argv.includes(f)),
        f,
      ).toBe(true);
    expect(cases.filter((c) => c.mutations.length > 0).length).toBeGreaterThan(520);
  });

  it('are the same case under any filter, which only skips seeds', () => {
    let kept = 0;
    for (let seed = 0; seed < 200; seed++) {
      const c = makeCase(corpus, seed, { formats: ['csv', 'yaml'], commands: ['ach'] });
      if (!c) continue;
      kept++;
      expect(['csv', 'yaml']).toContain(c.format);
      expect(c.argv[0]).toBe('ach');
      expect(c).toEqual(makeCase(corpus, seed));
    }
    expect(kept).toBeGreaterThan(10);
  });
});

describe('fuzz oracle', () => {
  it('passes argmap’s own committed outputs', () => {
    expect(contentProblems(readFileSync('render/harbour.svg', 'utf8'), 'markup', 'svg')).toEqual([]);
    expect(contentProblems(readFileSync('render/harbour.html', 'utf8'), 'markup', 'html')).toEqual([]);
    expect(contentProblems(readFileSync('render/harbour--findings.md', 'utf8'), 'markdown', 'md')).toEqual([]);
  });

  it('catches a planted marker that reaches an output raw', () => {
    const svg = readFileSync('render/harbour.svg', 'utf8');
    expect(kinds(contentProblems(svg.replace('</svg>', '<text><img src=x onerror=y></text></svg>'), 'markup', 'svg'))).toEqual(['unescaped-markup']);
    expect(kinds(contentProblems(svg.replace('</svg>', '<text>&lt;img src=x onerror=y&gt;</text></svg>'), 'markup', 'svg'))).toEqual([]);
    expect(kinds(contentProblems('ships: \x1b[2J gone\n', 'text', 'stdout'))).toEqual(['control-bytes']);
    expect(kinds(contentProblems('ships: \u009b2J gone\n', 'text', 'stdout'))).toEqual(['control-bytes']);
    expect(kinds(contentProblems('ships: \x1b[2J gone\n', 'json', 'stdout'))).toEqual([]);
  });

  it('tells a formula cell from a number in CSV', () => {
    expect(kinds(contentProblems('evidence,A\r\nships,-1.5\r\nrumour,+2\r\n', 'csv', 'csv'))).toEqual([]);
    expect(kinds(contentProblems('evidence,A\nships,C\n"=1+1",C\n', 'csv', 'csv'))).toEqual(['csv-formula']);
    expect(kinds(contentProblems('evidence,A\n@SUM(A1),C\n', 'csv', 'csv'))).toEqual(['csv-formula']);
    expect(kinds(contentProblems("evidence,A\n'=1+1,C\n", 'csv', 'csv'))).toEqual([]);
  });

  it('names a crash by its error and argmap frame, whatever the numbers', () => {
    const kase = makeCase(corpus, 61) as Case;
    const stderr = (line: number) =>
      `argmap: internal error (a bug in argmap, not in your input):\nTypeError: Cannot read properties of undefined (reading 'key')\n    at forEachMulti (file:///x/node_modules/graphology/dist/graphology.mjs:1698:16)\n    at attackOn (file:///x/dist/analysis/ach/from-map.js:${line}:11)\n`;
    const run = (line: number) => ({ code: 70, signal: null, timedOut: false, timeout: 30, stdout: '', stderr: stderr(line) });
    const files = { outputs: [], leftovers: [], touched: [], written: [] };
    const [a] = judge(kase, run(36), files);
    const [b] = judge(kase, run(40), files);
    expect(a).toEqual({ kind: 'exit-70', detail: `TypeError: Cannot read properties of undefined (reading 'key') @ attackOn (dist/analysis/ach/from-map.js)` });
    expect(signature(kase, a!)).toBe(signature(kase, b!));
    expect(kinds(judge(kase, { ...run(36), code: 2, stderr: 'in/input.yaml:3:4: expected a list\n' }, files))).toEqual([]);
    expect(kinds(judge(kase, { ...run(36), code: null, timedOut: true, stderr: '' }, files))).toEqual(['hang']);
    expect(kinds(judge(kase, { ...run(36), code: 2, stderr: 'bad\n' }, { ...files, written: ['out/ach.svg'], leftovers: ['out/.ach.svg.123.tmp'] }))).toEqual([
      'temp-left',
      'output-on-refusal',
    ]);
  });
});
