import { formatDiagnostic } from '../../io/diagnostics.js';
import { coverageOf, type Coverage } from '../../app/coverage.js';
import { visibleJson, visibleText } from '../../io/visible-text.js';
import { coverageSpec } from '../specs/coverage.js';
import { EXIT, defineCommand } from '../command.js';

export const coverageCommand = defineCommand({
  ...coverageSpec,
  async run([file], options, io) {
    const coverage = coverageOf(file!, { allowOutside: options['allow-outside'] === true });
    const { report } = coverage;
    if (options.format === 'json') io.stdout(visibleJson(JSON.stringify(report, null, 2)) + '\n');
    else io.stdout(renderText(coverage, options.quiet === true));
    return report.uncovered.length + report.quoteProblems.length > 0 ? EXIT.findings : EXIT.ok;
  },
});

function renderText({ report, diagnostics: errors }: Coverage, quiet: boolean): string {
  const out: string[] = [];
  if (!quiet) {
    for (const doc of report.documents) {
      out.push(`${doc.path} (document ${doc.id}): ${doc.locators.length} locator(s)`);
      const width = Math.max(...doc.locators.map((l) => l.locator.length));
      for (const l of doc.locators) out.push(`  ${l.locator.padEnd(width)}  ${l.nodes.length > 0 ? l.nodes.join(', ') : '(no node)'}`);
    }
  }
  if (errors.length > 0 && !quiet) out.push('');
  for (const d of errors) out.push(formatDiagnostic(d));
  const units = report.documents.reduce((n, d) => n + d.locators.length, 0);
  out.push(
    `${units} locator(s) in ${report.documents.length} document(s): ${units - report.uncovered.length} covered, ` +
      `${report.uncovered.length} uncovered; ${report.quoteProblems.length} quote problem(s)`,
  );
  return out.map((l) => visibleText(l, true)).join('\n') + '\n';
}
