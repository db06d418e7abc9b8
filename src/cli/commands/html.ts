import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadMap } from '../../io/load.js';
import { defaultHtmlPath, explorerPage } from '../../app/explorer.js';
import { emit, outputFile, OUTPUT_RULES } from '../output.js';
import { readSourceTexts } from '../../io/sources.js';
import { ALLOW_OUTSIDE_OPTION } from '../sources.js';
import { EXIT, defineCommand } from '../command.js';

export const htmlCommand = defineCommand({
  name: 'html',
  summary: 'write a self-contained interactive page (map, source quotes, findings, ACH) that works offline',
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    output: { type: 'string', short: 'o', arg: '<file>', description: `where to write the page (default render/<map name>.html; - for stdout): ${OUTPUT_RULES}` },
    'allow-outside': ALLOW_OUTSIDE_OPTION,
  },
  async run([file], options, io) {
    const given = outputFile(options.output);
    const loaded = loadMap(file!);
    const sources = readSourceTexts(loaded, { allowOutside: options['allow-outside'] === true });
    const page = await explorerPage(loaded, { sources });
    if (given === undefined && options.output === '-') {
      io.stdout(page);
      return EXIT.ok;
    }
    const out = given ?? defaultHtmlPath(file!);
    try {
      mkdirSync(dirname(out), { recursive: true });
    } catch {
      // writeOutput below names the path and the reason.
    }
    emit(io, out, page);
    io.stderr(`wrote ${out} (${Math.round(Buffer.byteLength(page) / 1024)} KiB, ${loaded.map.nodes.length} nodes); open it in any browser, no network needed\n`);
    return EXIT.ok;
  },
});
