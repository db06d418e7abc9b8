import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { readAchCsv } from '../src/interop/ach-csv.js';
import { analyseMatrix, matricesFromMap } from '../src/analysis/ach/index.js';
import { loadMap } from '../src/io/load.js';
import { achHtmlTable } from '../src/render/ach/html.js';
import { achSvg } from '../src/render/ach/svg.js';
import { launchBrowser } from './helpers/browser.js';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'argmap-ach-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('argmap ach', () => {
  it('prints the matrix, scores, ranking and a how-to-read line for a map', async () => {
    const { code, out, err } = await run('ach', 'arguments/examples/harbour.yaml');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^How to read: /);
    expect(out).toContain('purpose: What is the build-up at the northern quay for?');
    expect(out).toMatch(/Weighted inconsistency\s+0\s+2\n/);
    expect(out).toContain('1. stockpile (The build-up is a stockpile ahead of the repairs): weighted 0, inconsistency 0 \u2014 leads');
    expect(out).toContain('closes-8-march (The quay closes on or about 8 March) \u2014 expected if stockpile');
  });

  it("gives the issue's JSON: its keys, hypotheses ranked, derived cells marked", async () => {
    const { code, out } = await run('ach', 'test/fixtures/ach/weights.csv', '--format', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { sets: Record<string, unknown>[] };
    const [set] = json.sets as {
      id: string;
      question: string;
      hypotheses: Record<string, unknown>[];
      evidence: Record<string, unknown>[];
      sensitivity: Record<string, unknown>[];
      cells: unknown[];
    }[];
    expect(Object.keys(set!).slice(0, 5)).toEqual(['id', 'question', 'hypotheses', 'evidence', 'sensitivity']);
    expect(set!.hypotheses.map((h) => h.label)).toEqual(['Gamma', 'Alpha', 'Beta']);
    for (const h of set!.hypotheses) expect(Object.keys(h).slice(0, 4)).toEqual(['id', 'label', 'inconsistency', 'weightedInconsistency']);
    for (const e of set!.evidence) expect(typeof e.diagnostic).toBe('boolean');
    for (const s of set!.sensitivity) expect(Object.keys(s).slice(0, 2)).toEqual(['evidence', 'changesLeader']);
    const map = JSON.parse((await run('ach', 'test/fixtures/ach/derived.yaml', '-f', 'json', '--set', 'listed')).out);
    expect(map.sets.map((s: { id: string }) => s.id)).toEqual(['listed']);
    expect(map.sets[0].cells).toEqual([
      { evidence: 'wet-lawn', hypothesis: 'h-rain', rating: 'C', derived: true, rationale: 'supports "h-rain" through inference "i-rain"' },
      { evidence: 'timer-off', hypothesis: 'h-sprinkler', rating: 'I', derived: true, rationale: 'attacks "h-sprinkler"' },
    ]);
  });

  it('exits 2 with a located message for a bad CSV, an unknown set, a map without sets, or CSV of several sets', async () => {
    const bad = await run('ach', 'test/fixtures/ach/unknown-rating.csv');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('test/fixtures/ach/unknown-rating.csv:2:5: error: cell C2: found "maybe"');
    expect(bad.err).not.toContain('    at ');
    const set = await run('ach', 'test/fixtures/ach/derived.yaml', '--set', 'nope');
    expect([set.code, set.err]).toEqual([2, 'argmap: test/fixtures/ach/derived.yaml: no hypothesis set "nope"; the map has graph-only, listed\n']);
    const none = join(dir, 'none.yaml');
    writeFileSync(none, 'title: No sets\nnodes:\n  - { id: a, kind: claim, text: A }\n');
    expect((await run('ach', none)).code).toBe(2);
    const csv = await run('ach', 'test/fixtures/ach/derived.yaml', '-f', 'csv');
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('has 2 hypothesis sets (graph-only, listed); choose one with --set');
    expect((await run('ach', 'test/fixtures/ach/derived.yaml', '-f', 'csv', '--set', 'listed')).out).toBe(
      'evidence,credibility,relevance,The sprinkler ran overnight,It rained overnight\r\nThe lawn is wet,High,,,C\r\nThe sprinkler timer was switched off,High,High,I,\r\n',
    );
  });

  it('writes -o whole, through a temporary file, the same bytes as stdout', async () => {
    for (const format of ['text', 'json', 'markdown', 'html', 'svg']) {
      const file = join(dir, `harbour--ach.${format}`);
      const written = await run('ach', 'arguments/examples/harbour.yaml', '-f', format, '-o', file);
      expect(written).toEqual({ code: 0, out: '', err: '' });
      expect(readFileSync(file, 'utf8')).toBe((await run('ach', 'arguments/examples/harbour.yaml', '-f', format)).out);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const nowhere = await run('ach', 'arguments/examples/harbour.yaml', '-o', join(dir, 'missing', 'x.txt'));
    expect(nowhere.code).toBe(2);
    expect(nowhere.err).toMatch(/cannot write .*x\.txt \(ENOENT\)/);
  });

  it('is listed in the help', async () => {
    expect((await run('--help')).out).toMatch(/\n {2}ach {2,}analysis of competing hypotheses/);
  });
});

describe('ACH views', () => {
  const hostile = join(dir, 'hostile.csv');
  writeFileSync(hostile, 'evidence,"<b>A</b> & co","B \'x\'"\r\n"<script>alert(1)</script>",C,II\r\nsame,C,C\r\n');
  const result = { file: hostile, sets: [analyseMatrix(readAchCsv(hostile))] };

  it('escapes every label in HTML and SVG', () => {
    const html = achHtmlTable(result.sets[0]!);
    const svg = achSvg(result);
    for (const text of [html, svg]) {
      expect(text).not.toContain('<script>');
      expect(text).not.toContain('<b>');
      expect(text).toContain('&lt;script&gt;');
      expect(text).toContain('&amp; co');
    }
  });

  it('greys non-diagnostic rows and sets derived cells apart in the HTML table', () => {
    const html = achHtmlTable(result.sets[0]!);
    expect(html.match(/<tr class="ach-nondiag" data-evidence="same">/g)).toHaveLength(1);
    expect(html).toContain('<td class="ach-r ach-II" title="very inconsistent (II)"><span class="ach-sym">\u2212\u2212</span></td>');
    const [purpose] = matricesFromMap(loadMap('arguments/examples/harbour.yaml').map).map(analyseMatrix);
    expect(achHtmlTable(purpose!)).toContain(
      '<td class="ach-r ach-C ach-derived" title="consistent (C), derived from the graph: supports &quot;stockpile&quot; through inference &quot;i-shifts&quot;"><span class="ach-sym">+</span></td>',
    );
    expect(achHtmlTable(purpose!)).toMatch(/<tfoot>[\s\S]*Weighted inconsistency[\s\S]*<\/tfoot>/);
  });

  it('draws the same SVG bytes every time', () => {
    const maps = matricesFromMap(loadMap('test/fixtures/ach/derived.yaml').map).map(analyseMatrix);
    expect(achSvg({ file: 'x', sets: maps })).toBe(achSvg({ file: 'x', sets: matricesFromMap(loadMap('test/fixtures/ach/derived.yaml').map).map(analyseMatrix) }));
  });

  it('renders in Chromium with every label inside its cell and greyed rows greyed', async () => {
    const sets = matricesFromMap(loadMap('test/fixtures/ach/derived.yaml').map).map(analyseMatrix);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${achSvg({ file: 'x', sets })}</body></html>`);
      const found = await page.evaluate(() => {
        const rows = [...document.querySelectorAll('g.ach-row')];
        const labelOverflow = rows.map((r) => (r.querySelector('text') as SVGTextElement).getBBox()).filter((b) => b.x + b.width > 16 + 350);
        const heads = [...document.querySelectorAll('g.ach-head tspan')].map((t) => (t as SVGTextContentElement).getComputedTextLength());
        return {
          rows: rows.length,
          greyed: rows.filter((r) => r.getAttribute('opacity') === '0.45').length,
          labelOverflow: labelOverflow.length,
          widestHead: Math.max(...heads),
        };
      });
      expect(found.rows).toBe(sets[0]!.evidence.length + sets[1]!.evidence.length);
      expect(found.greyed).toBe([...sets[0]!.evidence, ...sets[1]!.evidence].filter((e) => !e.diagnostic).length);
      expect(found.labelOverflow).toBe(0);
      expect(found.widestHead).toBeLessThanOrEqual(112);
    } finally {
      await browser.close();
    }
  });
});
