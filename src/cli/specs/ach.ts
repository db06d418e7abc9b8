import { defineSpec } from '../command.js';
import { ACH_FORMATS } from '../../app/formats.js';
import { OUTPUT_OPTION } from '../output.js';

export const achSpec = defineSpec({
  name: 'ach',
  summary: 'analysis of competing hypotheses (Heuer): matrix, scores, diagnosticity, sensitivity, from a map or a CSV',
  usage: '<map.yaml | matrix.csv>',
  positionals: { min: 1, max: 1 },
  options: {
    set: { type: 'string', arg: '<id>', description: 'only this hypothesis set of the map' },
    format: { type: 'string', short: 'f', arg: '<format>', choices: ACH_FORMATS, default: 'text', description: 'output format' },
    output: OUTPUT_OPTION,
  },
});
