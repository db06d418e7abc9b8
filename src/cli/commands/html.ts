import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadMap } from '../../io/load.js';
import { defaultHtmlPath, explorerPage } from '../../app/explorer.js';
import { emit, outputFile } from '../output.js';
import { readSourceTexts } from '../../io/sources.js';
import { htmlSpec } from '../specs/html.js';
import { EXIT, defineCommand } from '../command.js';

export const htmlCommand = defineCommand({
  ...htmlSpec,
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
