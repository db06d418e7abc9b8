import { emit, OUTPUT_OPTION, outputFile } from '../output.js';
import { EXPORT_TARGETS, exportMap, type ExportTarget } from '../../app/export.js';
import { EXIT, UsageError, defineCommand } from '../command.js';

const TARGETS = Object.keys(EXPORT_TARGETS) as ExportTarget[];

export const exportCommand = defineCommand({
  name: 'export',
  summary: "write a map in another tool's format: AIF JSON (AIFdb, OVA), Argdown, GraphML or DOT, or its attack framework as apx or tgf for Dung solvers",
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    to: {
      type: 'string',
      short: 't',
      arg: '<format>',
      description: `target format: ${Object.entries(EXPORT_TARGETS)
        .map(([k, t]) => `${k} (${t.describe})`)
        .join(', ')}`,
      choices: TARGETS,
    },
    output: OUTPUT_OPTION,
  },
  async run([file], options, io) {
    if (options.to === undefined) throw new UsageError(`missing --to <format>; expected one of ${TARGETS.join(', ')}`);
    const out = outputFile(options.output);
    emit(io, out, await exportMap(file!, options.to));
    return EXIT.ok;
  },
});
