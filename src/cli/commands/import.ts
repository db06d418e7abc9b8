import { MapLoadError, formatDiagnostic, type Diagnostic } from '../../io/diagnostics.js';
import type { ArgumentMap } from '../../model/types.js';
import { formatOf, loadMapText } from '../../io/load.js';
import { readTextInput } from '../../io/input.js';
import { emit, outputFile, OUTPUT_RULES } from '../output.js';
import { schemaLine } from '../schema-line.js';
import { fromAif } from '../../interop/aif-read.js';
import { mapToYaml } from '../../interop/map-yaml.js';
import { EXIT, InputError, type Command } from '../command.js';

const SOURCES = ['aif', 'argdown'] as const;

export const importCommand: Command = {
  name: 'import',
  summary: "read another tool's file as an argmap map (aif: AIFdb or OVA3 JSON; argdown: an Argdown document)",
  usage: '<file.json | file.argdown>',
  positionals: { min: 1, max: 1 },
  options: {
    from: {
      type: 'string',
      short: 'f',
      arg: '<format>',
      description: 'source format: aif (AIFdb export or OVA3 save, JSON) or argdown; default: argdown for .argdown/.ad files, else aif',
      choices: SOURCES,
    },
    output: { type: 'string', short: 'o', arg: '<map.yaml>', description: `write the map here (.json writes JSON) instead of YAML to stdout (- for stdout): ${OUTPUT_RULES}` },
    'merge-identical': { type: 'boolean', description: 'merge I-nodes with the same text into one node, as AIFdb does on import' },
    title: { type: 'string', arg: '<title>', description: 'title for the map when the file carries none' },
    lenient: { type: 'boolean', description: "aif: repair or drop each defective node or edge (one warning each, listed in the map's `notes`) instead of refusing the file" },
  },
  async run([file], options, io) {
    const out = outputFile(options.output, importCommand);
    const title = typeof options.title === 'string' ? { title: options.title } : {};
    const from = typeof options.from === 'string' ? options.from : /\.(argdown|ad)$/i.test(file!) ? 'argdown' : 'aif';
    // Argdown's parser takes about a second to load: only an Argdown import pays for it.
    const { map, notes, repairs }: { map: ArgumentMap; notes: string[]; repairs?: Diagnostic[] } =
      from === 'argdown'
        ? (await import('../../interop/argdown-read.js')).fromArgdown(readTextInput(file!, 'argdown'), file!, title)
        : fromAif(readTextInput(file!, 'aif'), file!, { mergeIdentical: options['merge-identical'] === true, lenient: options.lenient === true, ...title });
    const json = out !== undefined && formatOf(out) === 'json';
    const text = json ? JSON.stringify(map, null, 2) + '\n' : mapToYaml(map, out ? schemaLine(out) : '');
    // The map is checked as `argmap validate` would before anything is written: an `argmap` block
    // edited by hand could otherwise smuggle in an invalid map. The text checked is never written, so
    // its line numbers would point nowhere: the problems are named against the input file.
    try {
      loadMapText(text, file!, json ? 'json' : 'yaml');
    } catch (e) {
      if (!(e instanceof MapLoadError)) throw e;
      throw new InputError(e.diagnostics.map((d) => `${file}: ${d.severity}: converts to a map that is not valid: ${d.message}`).join('\n'));
    }
    for (const r of repairs ?? []) io.stderr(`${formatDiagnostic(r)}\n`);
    for (const note of notes) io.stderr(`${file}: note: ${note}\n`);
    emit(io, out, text);
    return EXIT.ok;
  },
};
