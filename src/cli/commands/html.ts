import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { loadMap } from '../../io/load.js';
import { explorerPage } from '../../render/explorer/index.js';
import { EXIT, InputError, type Command } from '../command.js';

/** Default output: `render/<map name>.html`, beside the other drawings. */
export function defaultHtmlPath(mapFile: string): string {
  return join('render', `${basename(mapFile, extname(mapFile))}.html`);
}

/** Writes beside the target and renames, so a reader never sees half a page. */
function writeWhole(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The directory itself is unusable; there is no temp file to remove.
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write ${file} (${code ?? (e as Error).message}); expected a writable path`);
  }
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
    writeWhole(out, page);
    io.stderr(`wrote ${out} (${Math.round(Buffer.byteLength(page) / 1024)} KiB, ${loaded.map.nodes.length} nodes)\n`);
    return EXIT.ok;
  },
};
