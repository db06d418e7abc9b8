import { basename, extname } from 'node:path';
import type { Level, Rating } from '../model/types.js';
import { RATINGS, LEVELS } from '../model/kinds.js';
import { MapLoadError, showValue, type Diagnostic } from '../io/diagnostics.js';
import { readTextInput } from '../io/input.js';
import { visibleText } from '../io/visible-text.js';
import type { AchCell, AchEvidence, AchMatrix } from '../analysis/ach/types.js';

/** One field of a CSV record and where it starts in the file (1-based line and character column). */
export interface CsvField {
  text: string;
  line: number;
  column: number;
}

/** A record: its fields and its 1-based record number (the spreadsheet row; the header is row 1). */
export interface CsvRecord {
  row: number;
  fields: CsvField[];
}

/**
 * Splits RFC 4180 text into records: fields separated by commas, records by CRLF or LF; a field in
 * double quotes may hold commas, line breaks and doubled quotes. A leading byte-order mark is skipped.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const errors: Diagnostic[] = [];
  let fields: CsvField[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let quoted: boolean;
  const fail = (l: number, c: number, message: string): void => {
    errors.push({ file, position: { line: l, column: c }, severity: 'error', message });
  };
  const newline = (at: number): number => {
    // Returns the length of a line break at `at` (CRLF, LF or a lone CR), 0 if none.
    if (src[at] === '\r') return src[at + 1] === '\n' ? 2 : 1;
    return src[at] === '\n' ? 1 : 0;
  };
  while (i <= src.length) {
    const fLine = line;
    const fCol = i - lineStart + 1;
    let value = '';
    quoted = src[i] === '"';
    if (quoted) {
      i++;
      for (;;) {
        if (i >= src.length) {
          fail(fLine, fCol, 'quoted field is never closed; expected a closing `"`');
          return throwIf(errors, records);
        }
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        const nl = newline(i);
        if (nl > 0) {
          value += src.slice(i, i + nl);
          i += nl;
          line++;
          lineStart = i;
          continue;
        }
        value += src[i];
        i++;
      }
      if (i < src.length && src[i] !== ',' && newline(i) === 0) {
        fail(line, i - lineStart + 1, `found ${showValue(src[i])} after a closing quote; expected a comma or the end of the line`);
        while (i < src.length && src[i] !== ',' && newline(i) === 0) i++;
      }
    } else {
      const start = i;
      while (i < src.length && src[i] !== ',' && newline(i) === 0) {
        if (src[i] === '"') fail(line, i - lineStart + 1, 'found `"` inside an unquoted field; expected the whole field in quotes with the quote doubled (`""`)');
        i++;
      }
      value = src.slice(start, i);
    }
    fields.push({ text: value, line: fLine, column: fCol });
    if (src[i] === ',') {
      i++;
      continue;
    }
    const nl = i < src.length ? newline(i) : 0;
    // A lone unquoted empty field is a blank line: it carries nothing but still counts as a spreadsheet row.
    const blank = fields.length === 1 && fields[0]!.text === '' && !quoted;
    records.push({ row: records.length + 1, fields: blank ? [] : fields });
    fields = [];
    if (nl === 0) break;
    i += nl;
    line++;
    lineStart = i;
    if (i >= src.length) break;
  }
  return throwIf(errors, records);
}

function throwIf(errors: Diagnostic[], records: CsvRecord[]): CsvRecord[] {
  if (errors.length > 0) throw new MapLoadError(errors);
  return records;
}

/** Spreadsheet name of a 1-based column: 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** An id from a label: lower case, runs of other characters as `-`; made unique with `-2`, `-3`. */
function slugger(fallback: string): (label: string) => string {
  const used = new Set<string>();
  let n = 0;
  return (label) => {
    n++;
    const base =
      label
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || `${fallback}${n}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return id;
  };
}

const RATING_SET = new Set<string>(RATINGS);
const LEVEL_SET = new Set<string>(LEVELS);

/**
 * Reads an ACH matrix kept in a spreadsheet. Column 1 is `evidence`; columns headed `credibility` and
 * `relevance` (High, Medium, Low; empty means Medium) are optional; every other column is a hypothesis
 * headed by its label. Cells hold CC, C, N, I, II, NA or nothing (unrated); case and spaces are ignored.
 * Every problem is reported at once, each at its line and column, naming the spreadsheet cell.
 */
export function parseAchCsv(text: string, file: string): AchMatrix {
  const records = parseCsv(text, file).filter((r) => r.fields.length > 0);
  const errors: Diagnostic[] = [];
  const at = (f: CsvField, cell: string, message: string): void => {
    errors.push({ file, position: { line: f.line, column: f.column }, severity: 'error', message: `cell ${cell}: ${message}` });
  };
  const header = records[0];
  if (!header) throw new MapLoadError([{ file, severity: 'error', message: 'is empty; expected a header row `evidence,<hypothesis>,<hypothesis>...`' }]);
  const width = header.fields.length;
  const first = header.fields[0]!;
  if (first.text.trim().toLowerCase() !== 'evidence') at(first, `A${header.row}`, `found ${showValue(first.text)}; expected the header \`evidence\``);

  const weightColumn: { credibility?: number; relevance?: number } = {};
  const hypothesisColumns: number[] = [];
  const seen = new Map<string, number>();
  header.fields.forEach((f, c) => {
    if (c === 0) return;
    const label = cellText(f.text);
    const key = label.toLowerCase();
    const cell = `${columnName(c + 1)}${header.row}`;
    if (label.trim() === '') return at(f, cell, 'empty header; expected a hypothesis label, `credibility` or `relevance`');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return at(
        f,
        cell,
        `duplicate ${key === 'credibility' || key === 'relevance' ? 'column' : 'hypothesis'} ${showValue(label)}; it already heads column ${columnName(earlier + 1)}`,
      );
    }
    seen.set(key, c);
    if (key === 'credibility' || key === 'relevance') weightColumn[key] = c;
    else hypothesisColumns.push(c);
  });
  if (hypothesisColumns.length < 2 && errors.length === 0) {
    errors.push({
      file,
      position: { line: first.line, column: first.column },
      severity: 'error',
      message: `found ${hypothesisColumns.length} hypothesis column(s); expected at least 2 competing hypotheses`,
    });
  }

  const hypId = slugger('h');
  const hypotheses = hypothesisColumns.map((c) => {
    const label = cellText(header.fields[c]!.text);
    return { id: hypId(label), label };
  });
  const evId = slugger('e');
  const evidence: AchEvidence[] = [];
  const cells: AchCell[] = [];
  for (const r of records.slice(1)) {
    if (r.fields.every((f) => f.text.trim() === '')) continue;
    if (r.fields.length !== width) {
      // Point at the first field too many, or at the last field of a short row (where the missing ones belong).
      const f = r.fields[r.fields.length > width ? width : r.fields.length - 1]!;
      errors.push({
        file,
        position: { line: f.line, column: f.column },
        severity: 'error',
        message: `row ${r.row} has ${r.fields.length} field(s); expected ${width}, as in the header`,
      });
      continue;
    }
    const labelField = r.fields[0]!;
    const label = cellText(labelField.text);
    if (label.trim() === '') at(labelField, `A${r.row}`, 'empty evidence label; expected the text of the item of evidence');
    const level = (c: number | undefined): Level | undefined => {
      if (c === undefined) return undefined;
      const f = r.fields[c]!;
      const v = f.text.trim().toLowerCase();
      if (v === '') return undefined;
      if (!LEVEL_SET.has(v)) {
        at(f, `${columnName(c + 1)}${r.row}`, `found ${showValue(f.text)}; expected High, Medium or Low`);
        return undefined;
      }
      return v as Level;
    };
    const credibility = level(weightColumn.credibility);
    const relevance = level(weightColumn.relevance);
    const id = evId(label);
    evidence.push({
      id,
      label,
      credibility: credibility ?? 'medium',
      relevance: relevance ?? 'medium',
      credibilityFrom: credibility ? 'csv' : 'default',
      relevanceFrom: relevance ? 'csv' : 'default',
    });
    hypothesisColumns.forEach((c, k) => {
      const f = r.fields[c]!;
      const v = f.text.trim().toUpperCase();
      if (v === '') return;
      if (!RATING_SET.has(v)) return at(f, `${columnName(c + 1)}${r.row}`, `found ${showValue(f.text)}; expected one of CC, C, N, I, II, NA, or nothing`);
      cells.push({ evidence: id, hypothesis: hypotheses[k]!.id, rating: v as Rating, derived: false });
    });
  }
  if (errors.length > 0) throw new MapLoadError(errors);
  const name = basename(file, extname(file));
  return { id: name, question: `Matrix ${name}`, hypotheses, evidence, cells, notes: [], disputes: [], milestones: [] };
}

/** Reads and parses a CSV matrix file; problems become a MapLoadError, like a map's. */
export function readAchCsv(file: string): AchMatrix {
  return parseAchCsv(readTextInput(file, 'ach-csv'), file);
}

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and strips a leading tab
 * or CR before looking), so a label such as `=HYPERLINK(...)` could fetch or run something when the file
 * is opened. Such a cell gets the apostrophe spreadsheets use to mean "text"; `cellText` takes it off
 * again. A plain number such as `-3` or `+1.5` is no formula and stays as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
// Text that already starts with such an apostrophe gets one more, so reading takes exactly one off.
const MARKED = /^'[=+\-@\t\r']/;

function inertCell(s: string): string {
  return (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) || MARKED.test(s) ? `'${s}` : s;
}

function csvField(raw: string): string {
  // Printed to a terminal the file must not drive it either: controls are spelled out, but tab and line
  // breaks (LF or CRLF, as a spreadsheet writes them inside a cell) stay; a lone CR would overwrite the line.
  const s = inertCell(
    raw
      .split('\r\n')
      .map((part) => visibleText(part))
      .join('\r\n'),
  );
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A cell's text as the matrix means it: surrounding spaces dropped (spreadsheets pad), but not a tab or
 * line break, which would turn `\t=1+1` back into an active formula when the matrix is written out;
 * the apostrophe `csvField` adds before a formula character is taken off, so a matrix reads back as written.
 */
export function cellText(raw: string): string {
  const s = raw.replace(/^ +| +$/g, '');
  return MARKED.test(s) ? s.slice(1) : s;
}

const LEVEL_WORD: Record<Level, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/**
 * Writes a matrix as the CSV `parseAchCsv` reads (CRLF line ends, RFC 4180 quoting). Ratings derived
 * from the graph are written as ratings: the file then holds exactly what was scored, and reads back
 * to the same scores; the derived/explicit distinction lives only in the map.
 */
export function achCsv(m: Pick<AchMatrix, 'hypotheses' | 'evidence' | 'cells'>): string {
  const rating = new Map(m.cells.map((c) => [`${c.evidence}\u0000${c.hypothesis}`, c.rating]));
  const lines = [['evidence', 'credibility', 'relevance', ...m.hypotheses.map((h) => h.label)]];
  for (const e of m.evidence) {
    // A default weight stays empty, so a matrix read from CSV writes back byte for byte.
    const word = (l: Level, from: string): string => (from === 'default' ? '' : LEVEL_WORD[l]);
    lines.push([e.label, word(e.credibility, e.credibilityFrom), word(e.relevance, e.relevanceFrom), ...m.hypotheses.map((h) => rating.get(`${e.id}\u0000${h.id}`) ?? '')]);
  }
  return lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
