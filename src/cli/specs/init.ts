import { defineSpec } from '../command.js';
import { OUTPUT_RULES } from '../output.js';

export const initSpec = defineSpec({
  name: 'init',
  summary: 'draft a map from a plain text: one node per paragraph, item and footnote, every guess marked for review',
  usage: '<source.txt>',
  positionals: { min: 1, max: 1 },
  options: {
    output: {
      type: 'string',
      short: 'o',
      arg: '<map.yaml>',
      description: `write the map here instead of to stdout (- for stdout), never over an existing file without --force: ${OUTPUT_RULES}`,
    },
    title: { type: 'string', arg: '<title>', description: "the map's title (default: the text's first heading)" },
    force: { type: 'boolean', description: 'overwrite the output file if it exists' },
  },
});
