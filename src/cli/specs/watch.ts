import { defineSpec } from '../command.js';
import { ALLOW_OUTSIDE_OPTION } from '../sources.js';

export const DEFAULT_WATCH_PORT = 4173;

export const watchSpec = defineSpec({
  name: 'watch',
  summary: 'preview a map in the browser at http://127.0.0.1:4173/, rebuilt and reloaded on every save',
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    port: { type: 'string', arg: '<n>', description: 'port on 127.0.0.1 to serve the preview on (0: any free port)', default: String(DEFAULT_WATCH_PORT) },
    'allow-outside': ALLOW_OUTSIDE_OPTION,
  },
});
