import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { MapLoadError } from '../../io/diagnostics.js';
import { SourceStructureError } from '../../io/source-structure.js';
import { scaffoldMap } from '../../analysis/scaffold/index.js';
import { mapToYaml } from '../../interop/map-yaml.js';
import { emit } from '../output.js';
import { schemaLine } from '../schema-line.js';
import { EXIT, InputError, type Command } from '../command.js';

/** Source texts larger than this are not assessments; refuse them rather than draft a huge map. */
const MAX_TEXT_BYTES = 20 * 1024 * 1024;

function readSource(file: string): string {
  let bytes: Buffer;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(`${file}: is a directory; expected a plain-text file`);
    if (st.size > MAX_TEXT_BYTES) throw new InputError(`${file}: is ${st.size} bytes; expected a text of at most ${MAX_TEXT_BYTES}`);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'file not found; expected an existing plain-text file' : `cannot be read (${code}); expected a readable file`}`);
  }
  try {
    // The BOM is kept, as `coverage` reads the text with it, so offsets agree.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: is not valid UTF-8; expected UTF-8 plain text`);
  }
}

export const initCommand: Command = {
  name: 'init',
  summary: 'draft a map from a plain text: one node per paragraph, item and footnote, every guess marked for review',
  usage: '<source.txt>',
  positionals: { min: 1, max: 1 },
  options: {
    output: { type: 'string', short: 'o', arg: '<map.yaml>', description: 'write the map here instead of to stdout (never over an existing file without --force)' },
    title: { type: 'string', arg: '<title>', description: "the map's title (default: the text's first heading)" },
    force: { type: 'boolean', description: 'overwrite the output file if it exists' },
  },
  async run([file], options, io) {
    const out = typeof options.output === 'string' ? options.output : undefined;
    if (out !== undefined && options.force !== true && existsSync(out))
      throw new InputError(`${out}: already exists; expected a new file (pass --force to overwrite it)`);
    const text = readSource(file!);
    const documentPath = relative(dirname(resolve(out ?? 'map.yaml')), resolve(file!)).split(sep).join('/');
    let draft;
    try {
      draft = scaffoldMap(text, { documentPath, ...(typeof options.title === 'string' ? { title: options.title } : {}) });
    } catch (e) {
      if (!(e instanceof SourceStructureError)) throw e;
      const position = e.line !== undefined ? { line: e.line, column: e.column ?? 1 } : undefined;
      throw new MapLoadError([{ file: file!, ...(position ? { position } : {}), severity: 'error', message: e.message }]);
    }
    const { map, structure } = draft;
    emit(io, out, mapToYaml(map, out ? schemaLine(out) : ''));
    io.stderr(`${file}: drafted ${map.nodes.length} nodes for ${structure.units.length} locators; every node is marked review: draft until you check it\n`);
    return EXIT.ok;
  },
};
