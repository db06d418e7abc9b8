import { defineSpec } from '../command.js';
import { OUTPUT_OPTION } from '../output.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const assumptionsSpec = defineSpec({
  name: 'assumptions',
  summary: 'key assumptions check: for each conclusion, the assumptions every line of its support needs, stated or unstated, what would undermine each, and what else it rests on',
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    format: { type: 'string', short: 'f', arg: '<format>', choices: FORMATS, default: 'text', description: 'output format' },
    output: OUTPUT_OPTION,
  },
});
