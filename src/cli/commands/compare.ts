import { gradeMap } from '../../app/compare.js';
import { compareReport, type CompareFormat } from '../../render/compare-report.js';
import { emit, OUTPUT_OPTION, outputFile } from '../output.js';
import { EXIT, defineCommand } from '../command.js';

const FORMATS = ['text', 'markdown', 'json', 'html'] as const satisfies readonly CompareFormat[];

export const compareCommand = defineCommand({
  name: 'compare',
  summary: "grade a student's map against a reference map: found, missed, added, disagreements, recall/precision",
  usage: '<student.yaml> <reference.yaml>',
  positionals: { min: 2, max: 2 },
  options: {
    section: { type: 'string', arg: '<id>', description: 'compare with only this section of the reference (and its subsections), e.g. the annex a student mapped' },
    format: { type: 'string', short: 'f', arg: '<format>', choices: FORMATS, default: 'text', description: 'output format' },
    output: OUTPUT_OPTION,
  },
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
