import { defineSpec } from '../command.js';
import type { CompareFormat } from '../../render/compare-report.js';
import { OUTPUT_OPTION } from '../output.js';

const FORMATS = ['text', 'markdown', 'json', 'html'] as const satisfies readonly CompareFormat[];

export const compareSpec = defineSpec({
  name: 'compare',
  summary: "grade a student's map against a reference map: found, missed, added, disagreements, recall/precision",
  usage: '<student.yaml> <reference.yaml>',
  positionals: { min: 2, max: 2 },
  options: {
    section: { type: 'string', arg: '<id>', description: 'compare with only this section of the reference (and its subsections), e.g. the annex a student mapped' },
    format: { type: 'string', short: 'f', arg: '<format>', choices: FORMATS, default: 'text', description: 'output format' },
    output: OUTPUT_OPTION,
  },
});
