import { defineSpec } from '../command.js';
import { OUTPUT_OPTION } from '../output.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const assumptionsSpec = defineSpec({
  name: 'assumptions',
  summary:
    'key assumptions check: for each conclusion, then each key judgement (a supported claim or prediction of the author that nothing but a conclusion builds on), the assumptions every line of its support needs, stated or unstated, what would undermine each, and what else it rests on',
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    node: { type: 'string', multiple: true, arg: '<id>', description: 'check only this node, which needs support of its own (repeatable)' },
    format: { type: 'string', short: 'f', arg: '<format>', choices: FORMATS, default: 'text', description: 'output format' },
    output: OUTPUT_OPTION,
  },
});
