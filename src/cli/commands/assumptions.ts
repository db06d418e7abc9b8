import { loadMap } from '../../io/load.js';
import { keyAssumptions } from '../../analysis/key-assumptions.js';
import { assumptionsJson, assumptionsMarkdown, assumptionsText } from '../../render/assumptions.js';
import { visibleJson, visibleText } from '../../io/visible-text.js';
import { emit, OUTPUT_OPTION, outputFile } from '../output.js';
import { EXIT, type Command } from '../command.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const assumptionsCommand: Command = {
  name: 'assumptions',
  summary: 'key assumptions check: for each conclusion, what every line of its support passes through, what holds it up and what would undermine it',
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    format: { type: 'string', short: 'f', arg: '<format>', choices: FORMATS, default: 'text', description: 'output format' },
    output: OUTPUT_OPTION,
  },
  async run([file], options, io) {
    const out = outputFile(options.output, assumptionsCommand);
    const report = keyAssumptions(loadMap(file!).map);
    const text = options.format === 'json' ? visibleJson(assumptionsJson(report)) : options.format === 'markdown' ? visibleText(assumptionsMarkdown(report)) : visibleText(assumptionsText(report));
    emit(io, out, text);
    return EXIT.ok;
  },
};
