import { loadMap, type LoadedMap } from '../io/load.js';
import { showValue } from '../io/diagnostics.js';
import type { Diagnostic } from '../model/diagnostics.js';
import { readSourceTexts, type SourceReadOptions, type SourceText } from '../io/sources.js';
import { normaliseForQuote } from '../io/quote.js';
import { suggestLocator } from '../io/source-structure.js';
import { computeCoverage, structureOf, type CoverageReport } from '../analysis/coverage.js';

export interface Coverage {
  loaded: LoadedMap;
  sources: Map<string, SourceText>;
  report: CoverageReport;
  /** The report's errors, each at its place in the source text or the map. */
  diagnostics: Diagnostic[];
}

/** Loads a map and its source texts and lists what of the texts its nodes cover, and every quote that is off. */
export function coverageOf(file: string, read: SourceReadOptions = {}): Coverage {
  const loaded = loadMap(file);
  const sources = readSourceTexts(loaded, read);
  const report = computeCoverage(loaded, sources);
  return { loaded, sources, report, diagnostics: coverageDiagnostics(loaded, sources, report) };
}

/** The report's errors as diagnostics: uncovered units at their place in the text, quote problems at the node. */
export function coverageDiagnostics(loaded: LoadedMap, sources: Map<string, SourceText>, report: CoverageReport): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const u of report.uncovered) {
    const doc = report.documents.find((d) => d.id === u.document)!;
    const source = sources.get(u.document);
    const unit = source ? structureOf(source).unit(u.locator) : undefined;
    out.push({
      file: doc.path,
      ...(unit ? { position: { line: unit.line, column: unit.column } } : {}),
      severity: 'error',
      message: `${u.locator} is covered by no node; expected a node with source.locator ${JSON.stringify(u.locator)}${unit ? ` (its words begin ${showValue(normaliseForQuote(unit.text))})` : ''}`,
    });
  }
  for (const p of report.quoteProblems) {
    const field = p.problem === 'quote-not-found' ? 'quote' : p.problem === 'unknown-locator' ? 'locator' : 'document';
    const position = loaded.locate(['nodes', p.nodeIndex, 'source', field]) ?? loaded.locate(['nodes', p.nodeIndex, 'source']) ?? loaded.locate(['nodes', p.nodeIndex]);
    const where = p.elsewhere && p.elsewhere.length > 0 ? `; the quote occurs at ${p.elsewhere.join(', ')}` : '';
    let message: string;
    if (p.problem === 'quote-not-found') {
      message =
        `node ${JSON.stringify(p.node)}: quote ${showValue(p.quote)} is not in the words of ${p.locator}; ` +
        `expected the exact words of ${p.locator} (only white space and quote marks may differ)` +
        (where || '; it occurs nowhere else in the text');
    } else if (p.problem === 'unknown-locator') {
      const source = p.document === undefined ? undefined : sources.get(p.document);
      const guess = source ? suggestLocator(structureOf(source), p.locator) : undefined;
      const expected = guess ? `did you mean ${JSON.stringify(guess)}?` : 'expected one of the locators its text defines (listed by `argmap coverage`)';
      message = `node ${JSON.stringify(p.node)}: locator ${JSON.stringify(p.locator)} is not in document ${p.document}; ${expected}${where}`;
    } else {
      const ids = (loaded.map.documents ?? []).map((d) => d.id);
      message =
        p.document === undefined
          ? `node ${JSON.stringify(p.node)}: source names no document and the map has ${ids.length}; expected source.document naming one of: ${ids.join(', ') || '(none; add a `documents` entry)'}`
          : `node ${JSON.stringify(p.node)}: document ${JSON.stringify(p.document)} has no text loaded; expected one of: ${ids.join(', ')}`;
    }
    out.push({ file: loaded.file, ...(position ? { position } : {}), severity: 'error', message });
  }
  return out;
}
