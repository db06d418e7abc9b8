import { ACH_FORMATS, achMatrices, achReport } from '../../app/ach.js';
import { emit, OUTPUT_OPTION, outputFile } from '../output.js';
import { EXIT, UsageError, defineCommand } from '../command.js';

export const achCommand = defineCommand({
  name: 'ach',
  summary: 'analysis of competing hypotheses (Heuer): matrix, scores, diagnosticity, sensitivity, from a map or a CSV',
  usage: '<map.yaml | matrix.csv>',
  positionals: { min: 1, max: 1 },
  options: {
    set: { type: 'string', arg: '<id>', description: 'only this hypothesis set of the map' },
    format: { type: 'string', short: 'f', arg: '<format>', choices: ACH_FORMATS, default: 'text', description: 'output format' },
    output: OUTPUT_OPTION,
  },
  async run([file], options, io) {
    const out = outputFile(options.output);
    const sets = achMatrices(file!, options.set);
    if (options.format === 'csv' && sets.length > 1) {
      throw new UsageError(`--format csv holds one matrix and ${file} has ${sets.length} hypothesis sets (${sets.map((s) => s.id).join(', ')}); choose one with --set`);
    }
    const text = achReport(file!, sets, options.format);
    emit(io, out, text);
    return EXIT.ok;
  },
});
