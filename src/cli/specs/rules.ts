import { defineSpec } from '../command.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const rulesSpec = defineSpec({
  name: 'rules',
  summary: 'list the rules `argmap check` applies, with their ids, severities and descriptions',
  usage: '',
  positionals: { min: 0, max: 0 },
  options: {
    format: { type: 'string', short: 'f', arg: '<format>', description: 'output format', choices: FORMATS, default: 'text' },
    verbose: { type: 'boolean', short: 'v', description: "also print each rule's method and sources, options and messages" },
  },
});
