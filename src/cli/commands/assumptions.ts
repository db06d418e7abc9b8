import { assumptionsReport } from '../../app/assumptions.js';
import { emit, OUTPUT_OPTION, outputFile } from '../output.js';
import { EXIT, defineCommand } from '../command.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const assumptionsCommand = defineCommand({
  name: 'assumptions',
  summary: 'key assumptions check: for each conclusion, what every line of its support passes through, what holds it up and what would undermine it',
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    format: { type: 'string', short: 'f', arg: '<format>', choices: FORMATS, default: 'text', description: 'output format' },
    output: OUTPUT_OPTION,
  },
  async run([file], options, io) {
    const out = outputFile(options.output);
    emit(io, out, assumptionsReport(file!, options.format));
    return EXIT.ok;
  },
});
