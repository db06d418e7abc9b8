import { gradeMap } from '../../app/compare.js';
import { compareReport } from '../../render/compare-report.js';
import { emit, outputFile } from '../output.js';
import { compareSpec } from '../specs/compare.js';
import { EXIT, defineCommand } from '../command.js';

export const compareCommand = defineCommand({
  ...compareSpec,
  async run([student, reference], options, io) {
    const out = outputFile(options.output);
    const grading = gradeMap(student!, reference!, options.section);
    const hint = grading.suggestedSection;
    if (hint !== undefined) {
      io.stderr(`argmap: every node of ${student} matches section ${JSON.stringify(hint)} of ${reference}; add --section ${hint} to grade against that part alone\n`);
    }
    emit(io, out, compareReport(grading.comparison, options.format));
    return EXIT.ok;
  },
});
