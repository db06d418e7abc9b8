import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadMap } from '../../io/load.js';
import { explorerPage } from '../../render/explorer/index.js';
import { mapName } from '../../render/views.js';
import { writeOutput } from '../output.js';
import { EXIT, type Command } from '../command.js';

/** Default output: `render/<map name>.html`, beside the map's other drawings. */
export function defaultHtmlPath(mapFile: string): string {
  return join('render', `${mapName(mapFile)}.html`);
}

export const htmlCommand: Command = {
  name: 'html',
  summary: 'write a self-contained interactive page (map, source quotes, findings, ACH) that works offline',
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    output: { type: 'string', short: 'o', arg: '<file>', description: 'where to write the page (default render/<map name>.html)' },
  },
  async run([file], options, io) {
    const loaded = loadMap(file!);
    const out = typeof options.output === 'string' ? options.output : defaultHtmlPath(file!);
    const page = await explorerPage(loaded);
    try {
      mkdirSync(dirname(out), { recursive: true });
    } catch {
      // writeOutput below names the path and the reason.
    }
    writeOutput(out, page);
    io.stderr(`wrote ${out} (${Math.round(Buffer.byteLength(page) / 1024)} KiB, ${loaded.map.nodes.length} nodes); open it in any browser, no network needed\n`);
    return EXIT.ok;
  },
};
