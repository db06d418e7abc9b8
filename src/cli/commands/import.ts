import { formatDiagnostic } from '../../io/diagnostics.js';
import { formatOf } from '../../io/load.js';
import { importFile } from '../../app/import.js';
import { emit, outputFile, OUTPUT_RULES } from '../output.js';
import { schemaLine } from '../schema-line.js';
import { EXIT, defineCommand } from '../command.js';
import { CORPUS_FORMAT_OPTION, CORPUS_OPTIONS } from '../corpus/options.js';

const SOURCES = ['aif', 'argdown'] as const;

export const importCommand = defineCommand({
  name: 'import',
  summary: "read another tool's file as an argmap map (aif: AIFdb or OVA3 JSON; argdown: an Argdown document)",
  usage: '<file.json | file.argdown | folder...>',
  positionals: { min: 1, max: Infinity },
  options: {
    from: {
      type: 'string',
      short: 'f',
      arg: '<format>',
      description: 'source format: aif (AIFdb export or OVA3 save, JSON) or argdown; default: argdown for .argdown/.ad files, else aif',
      choices: SOURCES,
    },
    output: {
      type: 'string',
      short: 'o',
      arg: '<map.yaml>',
      description: `write the map here (.json writes JSON) instead of YAML to stdout (- for stdout): ${OUTPUT_RULES}`,
    },
    'merge-identical': { type: 'boolean', description: 'merge I-nodes with the same text into one node, as AIFdb does on import' },
    title: { type: 'string', arg: '<title>', description: 'title for the map when the file carries none' },
    'out-dir': {
      type: 'string',
      arg: '<dir>',
      description: 'with several inputs or a folder: write one .yaml per input into this folder, at the same relative names (created if missing)',
    },
    format: CORPUS_FORMAT_OPTION,
    ...CORPUS_OPTIONS,
    lenient: { type: 'boolean', description: "aif: repair or drop each defective node or edge (one warning each, listed in the map's `notes`) instead of refusing the file" },
  },
  async run([file], options, io) {
    const out = outputFile(options.output);
    const from = options.from ?? (/\.(argdown|ad)$/i.test(file!) ? 'argdown' : 'aif');
    const json = out !== undefined && formatOf(out) === 'json';
    const { text, notes, repairs } = await importFile(file!, {
      from,
      json,
      header: out ? schemaLine(out) : '',
      ...(options.title !== undefined ? { title: options.title } : {}),
      mergeIdentical: options['merge-identical'] === true,
      lenient: options.lenient === true,
    });
    for (const r of repairs) io.stderr(`${formatDiagnostic(r)}\n`);
    for (const note of notes) io.stderr(`${file}: note: ${note}\n`);
    emit(io, out, text);
    return EXIT.ok;
  },
});
