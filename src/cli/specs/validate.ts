import { defineSpec } from '../command.js';

export const validateSpec = defineSpec({
  name: 'validate',
  summary: 'check that map files are well-formed: syntax, schema and references',
  usage: '<file...>',
  positionals: { min: 1, max: Infinity },
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'print nothing for valid files' },
  },
});
