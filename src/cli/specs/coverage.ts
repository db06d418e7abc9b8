import { defineSpec } from '../command.js';
import { ALLOW_OUTSIDE_OPTION } from '../sources.js';

export const coverageSpec = defineSpec({
  name: 'coverage',
  summary: 'list every paragraph, item and footnote of the source texts with the nodes that cover it; check every quote',
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    format: { type: 'string', short: 'f', arg: '<format>', description: 'output format', choices: ['text', 'json'], default: 'text' },
    quiet: { type: 'boolean', short: 'q', description: 'text format: print only the errors and the summary' },
    'allow-outside': ALLOW_OUTSIDE_OPTION,
  },
});
