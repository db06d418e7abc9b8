import { defineSpec } from '../command.js';
import { ALLOW_OUTSIDE_OPTION } from '../sources.js';
import { CORPUS_OPTIONS } from '../corpus/options.js';

const FORMATS = ['text', 'json', 'markdown', 'sarif', 'jsonl'] as const;

export const checkSpec = defineSpec({
  name: 'check',
  summary: 'lint the reasoning of maps: provenance, support, contradiction and hedging rules',
  usage: '<file|folder...>',
  positionals: { min: 1, max: Infinity },
  options: {
    format: {
      type: 'string',
      short: 'f',
      arg: '<format>',
      description: 'output format; in a corpus run (--jobs, or inputs that are folders), text is a table (one line per file, then totals) and jsonl one JSON object per file',
      choices: FORMATS,
      default: 'text',
    },
    rule: { type: 'string', multiple: true, arg: '<ids>', description: "run only these rules (comma-separated or repeated); id=severity sets a rule's severity instead" },
    ignore: { type: 'string', multiple: true, arg: '<ids>', description: 'skip these rules (comma-separated or repeated)' },
    'allow-outside': ALLOW_OUTSIDE_OPTION,
    config: { type: 'string', short: 'c', arg: '<file>', description: 'use this config file instead of the argmap.config.json/.yaml found upward from each map' },
    ...CORPUS_OPTIONS,
  },
});
