import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { MapLoadError } from '../../io/diagnostics.js';
import { SourceStructureError } from '../../io/source-structure.js';
import { scaffoldMap } from '../../analysis/scaffold/index.js';
import { mapToYaml } from '../../interop/map-yaml.js';
import { readTextInput } from '../../io/input.js';
import { emit, outputFile } from '../output.js';
import { schemaLine } from '../schema-line.js';
import { initSpec } from '../specs/init.js';
import { EXIT, InputError, defineCommand } from '../command.js';

export const initCommand = defineCommand({
  ...initSpec,
  async run([file], options, io) {
    const out = outputFile(options.output);
    if (out !== undefined && !options.force && existsSync(out)) throw new InputError(`${out}: already exists; expected a new file (pass --force to overwrite it)`);
    const text = readTextInput(file!, 'source-text');
    const documentPath = relative(dirname(resolve(out ?? 'map.yaml')), resolve(file!))
      .split(sep)
      .join('/');
    let draft;
    try {
      draft = scaffoldMap(text, { documentPath, ...(options.title !== undefined ? { title: options.title } : {}) });
    } catch (e) {
      if (!(e instanceof SourceStructureError)) throw e;
      const position = e.line !== undefined ? { line: e.line, column: e.column ?? 1 } : undefined;
      throw new MapLoadError([{ file: file!, ...(position ? { position } : {}), severity: 'error', message: e.message }]);
    }
    const { map, structure } = draft;
    emit(io, out, mapToYaml(map, out ? schemaLine(out) : ''));
    // Other commands read a map's texts only inside its folder; say so now rather than at the first check.
    if (documentPath.startsWith('../') || isAbsolute(documentPath))
      io.stderr(
        `${file}: note: the text is outside the map's folder; coverage, check and html read it only with --allow-outside (or keep the map in a folder that holds the text)\n`,
      );
    io.stderr(`${file}: drafted ${map.nodes.length} nodes for ${structure.units.length} locators; every node is marked review: draft until you check it\n`);
    return EXIT.ok;
  },
});
