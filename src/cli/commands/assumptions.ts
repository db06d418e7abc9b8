import { assumptionsReport } from '../../app/assumptions.js';
import { emit, OUTPUT_OPTION, outputFile } from '../output.js';
import { EXIT, defineCommand } from '../command.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const assumptionsCommand = defineCommand({
  name: 'assumptions',
  summary: 'key assumptions check: for each conclusion, the assumptions every line of its support needs, stated or unstated, what would undermine each, and what else it rests on',
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
