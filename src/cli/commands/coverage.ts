import { loadMap, type LoadedMap } from '../../io/load.js';
import { formatDiagnostic, showValue, type Diagnostic } from '../../io/diagnostics.js';
import { readSourceTexts, type SourceText } from '../../io/sources.js';
import { normaliseForQuote } from '../../io/quote.js';
import { suggestLocator } from '../../io/source-structure.js';
import { computeCoverage, structureOf, type CoverageReport } from '../../analysis/coverage.js';
import { visibleJson, visibleText } from '../../io/visible-text.js';
import { EXIT, type Command } from '../command.js';
import { ALLOW_OUTSIDE_OPTION } from '../sources.js';

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'list every paragraph, item and footnote of the source texts with the nodes that cover it; check every quote',
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    format: { type: 'string', short: 'f', arg: '<format>', description: 'output format', choices: ['text', 'json'], default: 'text' },
    quiet: { type: 'boolean', short: 'q', description: 'text format: print only the errors and the summary' },
    'allow-outside': ALLOW_OUTSIDE_OPTION,
  },
  async run([file], options, io) {
    const loaded = loadMap(file!);
    const sources = readSourceTexts(loaded, { allowOutside: options['allow-outside'] === true });
    const report = computeCoverage(loaded, sources);
    if (options.format === 'json') io.stdout(visibleJson(JSON.stringify(report, null, 2)) + '\n');
    else io.stdout(renderText(loaded, sources, report, options.quiet === true));
    return report.uncovered.length + report.quoteProblems.length > 0 ? EXIT.findings : EXIT.ok;
  },
};

function renderText(loaded: LoadedMap, sources: Map<string, SourceText>, report: CoverageReport, quiet: boolean): string {
  const out: string[] = [];
  if (!quiet) {
    for (const doc of report.documents) {
      out.push(`${doc.path} (document ${doc.id}): ${doc.locators.length} locator(s)`);
      const width = Math.max(...doc.locators.map((l) => l.locator.length));
      for (const l of doc.locators) out.push(`  ${l.locator.padEnd(width)}  ${l.nodes.length > 0 ? l.nodes.join(', ') : '(no node)'}`);
    }
  }
  const errors = coverageDiagnostics(loaded, sources, report);
  if (errors.length > 0 && !quiet) out.push('');
  for (const d of errors) out.push(formatDiagnostic(d));
  const units = report.documents.reduce((n, d) => n + d.locators.length, 0);
  out.push(
    `${units} locator(s) in ${report.documents.length} document(s): ${units - report.uncovered.length} covered, ` +
      `${report.uncovered.length} uncovered; ${report.quoteProblems.length} quote problem(s)`,
  );
  return out.map((l) => visibleText(l, true)).join('\n') + '\n';
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
