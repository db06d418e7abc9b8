import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadMap, loadMapText } from '../src/io/load.js';
import { readSourceTexts } from '../src/io/sources.js';
import { computeCoverage } from '../src/analysis/coverage.js';
import { parseSourceStructure } from '../src/io/source-structure.js';
import { runCli } from './helpers/cli.js';
import type { ArgumentMap } from '../src/model/types.js';

const EXAMPLE = 'arguments/examples/harbour.yaml';
const exampleText = readFileSync(EXAMPLE, 'utf8');
/** A variant of the example map in the example's folder, so its relative source path still resolves. */
const variant = (text: string) => loadMapText(text, 'arguments/examples/variant.yaml');
const coverageOf = (text: string) => {
  const loaded = variant(text);
  return { loaded, report: computeCoverage(loaded, readSourceTexts(loaded)) };
};

const run = (args: string[]) => runCli(...args);

describe('computeCoverage on the example map', () => {
  it('covers every paragraph and finds every quote', () => {
    const loaded = loadMap(EXAMPLE);
    const report = computeCoverage(loaded, readSourceTexts(loaded));
    expect(report.uncovered).toEqual([]);
    expect(report.quoteProblems).toEqual([]);
    expect(report.documents).toEqual([
      {
        id: 'report',
        path: join('arguments', 'examples', 'sources', 'harbour-report.txt'),
        locators: [
          { locator: '1', nodes: ['ships', 'night-shifts', 'imagery-source'] },
          { locator: '2', nodes: ['closure-announced'] },
          { locator: '3', nodes: ['no-navy', 'stockpile', 'exercise'] },
          { locator: '4', nodes: ['closes-8-march', 'watch'] },
        ],
      },
    ]);
  });

  it('reports a changed quote at its node, with its position in the map', () => {
    const text = exampleText.replace("twice the usual number' }", "three times the usual number' }");
    const { loaded, report } = coverageOf(text);
    expect(report.uncovered).toEqual([]);
    expect(report.quoteProblems).toEqual([
      {
        node: 'ships',
        nodeIndex: 0,
        document: 'report',
        locator: '1',
        quote: 'shows four cargo ships at the northern quay, three times the usual number',
        problem: 'quote-not-found',
        elsewhere: [],
      },
    ]);
    const line = text.split('\n').findIndex((l) => l.includes('three times the usual number')) + 1;
    expect(loaded.locate(['nodes', 0, 'source', 'quote'])?.line).toBe(line);
  });

  it('names the locator where a misplaced quote does stand', () => {
    const { report } = coverageOf(exampleText.replace("locator: '2', quote: the quay", "locator: '3', quote: the quay"));
    expect(report.quoteProblems).toEqual([expect.objectContaining({ node: 'closure-announced', locator: '3', problem: 'quote-not-found', elsewhere: ['2'] })]);
    // The node still stands at 3, so paragraph 2 is now the uncovered one.
    expect(report.uncovered).toEqual([{ document: 'report', locator: '2' }]);
  });

  it('reports a locator the text does not have', () => {
    const { report } = coverageOf(exampleText.replace("locator: '4', quote: We recommend", "locator: '4.i', quote: We recommend"));
    expect(report.quoteProblems).toEqual([expect.objectContaining({ node: 'watch', nodeIndex: 10, locator: '4.i', problem: 'unknown-locator', elsewhere: ['4'] })]);
    expect(report.uncovered).toEqual([]);
  });

  it('reports the paragraph a removed node leaves uncovered', () => {
    const map = parse(exampleText) as ArgumentMap;
    const gone = 'closure-announced';
    map.nodes = map.nodes.filter((n) => n.id !== gone);
    for (const inf of map.inferences ?? []) inf.premises = inf.premises.filter((p) => p !== gone);
    for (const set of map.hypothesisSets ?? []) {
      set.evidence = set.evidence?.filter((e) => e !== gone) ?? [];
      set.ratings = set.ratings?.filter((r) => r.evidence !== gone) ?? [];
    }
    const { report } = coverageOf(stringify(map));
    expect(report.uncovered).toEqual([{ document: 'report', locator: '2' }]);
    expect(report.documents[0]!.locators.find((l) => l.locator === '2')).toEqual({ locator: '2', nodes: [] });
    expect(report.quoteProblems).toEqual([]);
  });

  it('reports quotes when the map names no document', () => {
    const map = parse(exampleText) as ArgumentMap;
    delete map.documents;
    const { report } = coverageOf(stringify(map));
    expect(report.documents).toEqual([]);
    expect(report.quoteProblems.map((p) => p.problem)).toEqual(Array(map.nodes.filter((n) => n.source).length).fill('no-document'));
    expect(report.quoteProblems[0]).toEqual({ node: 'ships', nodeIndex: 0, locator: '1', quote: expect.any(String), problem: 'no-document' });
  });
});

describe.runIf(existsSync('arguments/soviet-policies-1953.yaml'))('computeCoverage on the memorandum’s map', () => {
  it('lists every locator of the text once, with only nodes of the map', () => {
    const loaded = loadMap('arguments/soviet-policies-1953.yaml');
    const sources = readSourceTexts(loaded);
    const report = computeCoverage(loaded, sources);
    const memo = report.documents.find((d) => d.path.endsWith('soviet-policies-1953.txt'))!;
    const structure = parseSourceStructure(readFileSync('arguments/sources/soviet-policies-1953.txt', 'utf8'));
    expect(memo.locators.map((l) => l.locator)).toEqual(structure.units.map((u) => u.locator));
    const ids = new Set(loaded.map.nodes.map((n) => n.id));
    for (const l of memo.locators) for (const n of l.nodes) expect(ids.has(n)).toBe(true);
    for (const p of report.quoteProblems) expect(loaded.map.nodes[p.nodeIndex]?.id).toBe(p.node);
  });
});

describe('argmap coverage', () => {
  it('lists every locator with its nodes and exits 0 when all is covered', async () => {
    const { code, out, err } = await run(['coverage', EXAMPLE]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('  1  ships, night-shifts, imagery-source\n');
    expect(out).toContain('  4  closes-8-march, watch\n');
    expect(out).toMatch(/4 locator\(s\) in 1 document\(s\): 4 covered, 0 uncovered; 0 quote problem\(s\)\n$/);
  });

  it('prints the report as JSON', async () => {
    const { code, out } = await run(['coverage', EXAMPLE, '--format', 'json']);
    expect(code).toBe(0);
    const loaded = loadMap(EXAMPLE);
    expect(JSON.parse(out)).toEqual(computeCoverage(loaded, readSourceTexts(loaded)));
  });

  it('exits 1 with file:line:col errors for a wrong quote and an uncovered paragraph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-coverage-'));
    cpSync('arguments/examples/sources', join(dir, 'sources'), { recursive: true });
    const text = exampleText.replace("twice the usual number' }", "three times the usual number' }").replace("locator: '2', quote: the quay", "locator: '3', quote: the quay");
    const file = join(dir, 'map.yaml');
    writeFileSync(file, text);
    const quoteLine = text.split('\n').findIndex((l) => l.includes('three times')) + 1;
    const { code, out } = await run(['coverage', file]);
    expect(code).toBe(1);
    expect(out).toContain('  2  (no node)\n');
    expect(out).toContain(
      `${join(dir, 'sources', 'harbour-report.txt')}:3:5: error: 2 is covered by no node; expected a node with source.locator "2" (its words begin "The harbour authority`,
    );
    expect(out).toMatch(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:${quoteLine}:\\d+: error: node "ships": quote "shows four cargo ships.*" is not in the words of 1; .*it occurs nowhere else in the text\n`,
      ),
    );
    expect(out).toMatch(/error: node "closure-announced": quote .* is not in the words of 3; .*; the quote occurs at 2\n/);
    expect(out).toMatch(/3 covered, 1 uncovered; 2 quote problem\(s\)\n$/);
    writeFileSync(file, exampleText.replace("locator: '4', quote: We recommend", "locator: 'para 4', quote: We recommend"));
    const lines = exampleText.split('\n');
    const locatorLine = lines.findIndex((l) => l.includes("locator: '4', quote: We recommend")) + 1;
    const locatorColumn = lines[locatorLine - 1]!.indexOf("'4'") + 1;
    const unknown = await run(['coverage', file, '--quiet']);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain(
      `${file}:${locatorLine}:${locatorColumn}: error: node "watch": locator "para 4" is not in document report; did you mean "4"?; the quote occurs at 4\n`,
    );
    writeFileSync(file, text);
    const quiet = await run(['coverage', file, '-q']);
    expect(quiet.out.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('exits 2 on bad input: a missing map, an unknown format, a text with no structure', async () => {
    const missing = await run(['coverage', 'no/such/map.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^no\/such\/map\.yaml: error: file not found/);
    const format = await run(['coverage', EXAMPLE, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.err).toContain('--format "xml" is not allowed');
    const dir = mkdtempSync(join(tmpdir(), 'argmap-coverage-'));
    writeFileSync(join(dir, 'headings.txt'), readFileSync('test/fixtures/sources/headings-only.txt'));
    writeFileSync(
      join(dir, 'map.yaml'),
      'title: t\ndocuments: [{ id: d, path: headings.txt }]\nnodes: [{ id: a, kind: claim, text: x, source: { locator: "1", quote: prose } }]\n',
    );
    const prose = await run(['coverage', join(dir, 'map.yaml')]);
    expect(prose.code).toBe(2);
    expect(prose.err).toMatch(/headings\.txt: error: no paragraphs, items or footnotes found/);
    expect(prose.out).toBe('');
  });
});
