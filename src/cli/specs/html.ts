import { defineSpec } from '../command.js';
import { OUTPUT_RULES } from '../output.js';
import { ALLOW_OUTSIDE_OPTION } from '../sources.js';

export const htmlSpec = defineSpec({
  name: 'html',
  summary: 'write a self-contained interactive page (map, source quotes, findings, ACH) that works offline',
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    output: { type: 'string', short: 'o', arg: '<file>', description: `where to write the page (default render/<map name>.html; - for stdout): ${OUTPUT_RULES}` },
    'allow-outside': ALLOW_OUTSIDE_OPTION,
  },
});
