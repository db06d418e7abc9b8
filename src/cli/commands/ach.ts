import { achMatrices, achReport } from '../../app/ach.js';
import { emit, outputFile } from '../output.js';
import { achSpec } from '../specs/ach.js';
import { EXIT, UsageError, defineCommand } from '../command.js';

export const achCommand = defineCommand({
  ...achSpec,
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
