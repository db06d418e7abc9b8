import { assumptionsReport } from '../../app/assumptions.js';
import { emit, outputFile } from '../output.js';
import { assumptionsSpec } from '../specs/assumptions.js';
import { EXIT, defineCommand } from '../command.js';

export const assumptionsCommand = defineCommand({
  ...assumptionsSpec,
  async run([file], options, io) {
    const out = outputFile(options.output);
    emit(io, out, assumptionsReport(file!, options.format, options.node));
    return EXIT.ok;
  },
});
