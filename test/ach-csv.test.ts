import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MapLoadError, formatDiagnostic } from '../src/io/diagnostics.js';
import { loadMap } from '../src/io/load.js';
import { analyseMatrix, matricesFromMap } from '../src/analysis/ach/index.js';
import { achCsv, columnName, parseAchCsv, parseCsv, readAchCsv } from '../src/interop/ach-csv.js';

const F = 'test/fixtures/ach/';

function errorsOf(file: string): string[] {
  try {
    readAchCsv(F + file);
  } catch (e) {
    if (e instanceof MapLoadError) return e.diagnostics.map(formatDiagnostic);
    throw e;
  }
  throw new Error(`${file} was accepted`);
}

describe('ACH CSV in', () => {
  it('reads RFC 4180: BOM, quoted commas, doubled quotes, CRLF inside a field, any case and spaces in cells', () => {
    const m = readAchCsv(F + 'quoting.csv');
    expect(m.hypotheses.map((h) => h.label)).toEqual(['Hypothesis, with comma', 'He said "no"']);
    expect(m.evidence.map((e) => e.label)).toEqual(['Line one\r\nline two', 'Quote "inside"']);
    expect(m.cells.map((c) => c.rating)).toEqual(['C', 'II', 'CC']);
    expect(m.evidence.every((e) => e.credibility === 'medium' && e.credibilityFrom === 'default')).toBe(true);
  });

  it('names each problem by file, line and column, with the spreadsheet cell, what was found and what was expected', () => {
    expect(errorsOf('ragged.csv')).toEqual([
      `${F}ragged.csv:3:3: error: row 3 has 2 field(s); expected 3, as in the header`,
      `${F}ragged.csv:4:7: error: row 4 has 4 field(s); expected 3, as in the header`,
    ]);
    expect(errorsOf('unknown-rating.csv')).toEqual([
      `${F}unknown-rating.csv:2:5: error: cell C2: found "maybe"; expected one of CC, C, N, I, II, NA, or nothing`,
      `${F}unknown-rating.csv:3:3: error: cell B3: found "+"; expected one of CC, C, N, I, II, NA, or nothing`,
    ]);
    expect(errorsOf('duplicate-hypothesis.csv')).toEqual([`${F}duplicate-hypothesis.csv:1:21: error: cell D1: duplicate hypothesis "alpha"; it already heads column B`]);
    expect(errorsOf('bad-level.csv')).toEqual([`${F}bad-level.csv:2:3: error: cell B2: found "very high"; expected High, Medium or Low`]);
    expect(errorsOf('bad-header.csv')).toEqual([`${F}bad-header.csv:1:1: error: cell A1: found "item"; expected the header \`evidence\``]);
    expect(errorsOf('unclosed.csv')).toEqual([`${F}unclosed.csv:2:3: error: quoted field is never closed; expected a closing \`"\``]);
    expect(errorsOf('stray-quote.csv')).toEqual([
      `${F}stray-quote.csv:2:4: error: found \`"\` inside an unquoted field; expected the whole field in quotes with the quote doubled (\`""\`)`,
      `${F}stray-quote.csv:2:5: error: found \`"\` inside an unquoted field; expected the whole field in quotes with the quote doubled (\`""\`)`,
    ]);
    expect(errorsOf('one-hypothesis.csv')).toEqual([`${F}one-hypothesis.csv:1:1: error: found 1 hypothesis column(s); expected at least 2 competing hypotheses`]);
    expect(errorsOf('empty.csv')).toEqual([`${F}empty.csv: error: is empty; expected a header row \`evidence,<hypothesis>,<hypothesis>...\``]);
  });

  it('counts rows as a spreadsheet does when a quoted field spans lines', () => {
    const records = parseCsv('evidence,A\n"two\nlines",C\n\nlast,I\n', 'x.csv');
    expect(records.map((r) => [r.row, r.fields.map((f) => `${f.line}:${f.column}`)])).toEqual([
      [1, ['1:1', '1:10']],
      [2, ['2:1', '3:8']],
      [3, []],
      [4, ['5:1', '5:6']],
    ]);
  });

  it('names columns past Z as a spreadsheet does', () => {
    expect([1, 26, 27, 52, 703].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('ACH CSV out', () => {
  it('round-trips a CSV matrix byte for byte', () => {
    for (const f of ['weights.csv']) {
      const text = readFileSync(F + f, 'utf8');
      expect(achCsv(parseAchCsv(text, f))).toBe(text);
    }
    const quoting = readAchCsv(F + 'quoting.csv');
    expect(parseAchCsv(achCsv(quoting), 'again.csv')).toEqual({ ...quoting, id: 'again', question: 'Matrix again' });
  });

  it("writes a map's set, derived ratings included, so the CSV scores as the map does", () => {
    const [matrix] = matricesFromMap(loadMap('test/fixtures/ach/derived.yaml').map);
    const fromMap = analyseMatrix(matrix!);
    const fromCsv = analyseMatrix(parseAchCsv(achCsv(matrix!), 'derived.csv'));
    const scores = (r: typeof fromMap) => r.hypotheses.map((h) => [h.label, h.inconsistency, h.weightedInconsistency]);
    expect(scores(fromCsv)).toEqual(scores(fromMap));
    expect(fromCsv.cells.every((c) => !c.derived)).toBe(true);
  });
});
