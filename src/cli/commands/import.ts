import { formatDiagnostic } from '../../io/diagnostics.js';
import { formatOf } from '../../io/load.js';
import { importFile } from '../../app/import.js';
import { emit, outputFile } from '../output.js';
import { schemaLine } from '../schema-line.js';
import { importSpec } from '../specs/import.js';
import { EXIT, defineCommand } from '../command.js';

export const importCommand = defineCommand({
  ...importSpec,
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
