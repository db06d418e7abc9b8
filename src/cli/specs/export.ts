import { defineSpec } from '../command.js';
import { EXPORT_TARGETS, type ExportTarget } from '../../app/formats.js';
import { OUTPUT_OPTION } from '../output.js';

const TARGETS = Object.keys(EXPORT_TARGETS) as ExportTarget[];

export const exportSpec = defineSpec({
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
        .map(([k, describe]) => `${k} (${describe})`)
        .join(', ')}`,
      choices: TARGETS,
    },
    output: OUTPUT_OPTION,
  },
});
