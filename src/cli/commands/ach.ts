import { basename, extname } from 'node:path';
import { loadMap } from '../../io/load.js';
import { analyseMatrix, matricesFromMap, type AchMatrix, type AchResult } from '../../analysis/ach/index.js';
import { achCsv, readAchCsv } from '../../interop/ach-csv.js';
import { achText } from '../../render/ach/text.js';
import { achMarkdown } from '../../render/ach/markdown.js';
import { achHtmlPage } from '../../render/ach/html.js';
import { achSvg } from '../../render/ach/svg.js';
import { achJson } from '../../render/ach/json.js';
import { emit, OUTPUT_OPTION, outputFile } from '../output.js';
import { EXIT, InputError, UsageError, type Command } from '../command.js';

const FORMATS = ['text', 'json', 'markdown', 'html', 'svg', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/** The matrices named on the command line: every set of a map, or the one matrix of a CSV file. */
function matrices(file: string, only: string | undefined): AchMatrix[] {
  const isCsv = extname(file).toLowerCase() === '.csv';
  const all = isCsv ? [readAchCsv(file)] : matricesFromMap(loadMap(file).map);
  if (all.length === 0) throw new InputError(`${file}: the map has no hypothesisSets; expected at least one set of competing hypotheses to rate evidence against`);
  if (only === undefined || (isCsv && only === all[0]!.id)) return all;
  if (isCsv) throw new InputError(`${file}: a CSV file holds one matrix (${JSON.stringify(all[0]!.id)}); --set ${JSON.stringify(only)} picks a set of a map`);
  const picked = all.filter((m) => m.id === only);
  if (picked.length === 0) throw new InputError(`${file}: no hypothesis set ${JSON.stringify(only)}; the map has ${all.map((m) => m.id).join(', ')}`);
  return picked;
}

function render(result: AchResult, format: Format, matrixOf: () => AchMatrix): string {
  switch (format) {
    case 'text': return achText(result);
    case 'json': return achJson(result);
    case 'markdown': return achMarkdown(result);
    case 'html': return achHtmlPage(result, `Competing hypotheses: ${basename(result.file)}`);
    case 'svg': return achSvg(result);
    case 'csv': return achCsv(matrixOf());
  }
}

export const achCommand: Command = {
  name: 'ach',
  summary: 'analysis of competing hypotheses (Heuer): matrix, scores, diagnosticity, sensitivity, from a map or a CSV',
  usage: '<map.yaml | matrix.csv>',
  positionals: { min: 1, max: 1 },
  options: {
    set: { type: 'string', arg: '<id>', description: 'only this hypothesis set of the map' },
    format: { type: 'string', short: 'f', arg: '<format>', choices: FORMATS, default: 'text', description: 'output format' },
    output: OUTPUT_OPTION,
  },
  async run([file], options, io) {
    const format = options.format as Format;
    const out = outputFile(options.output, achCommand);
    const sets = matrices(file!, options.set as string | undefined);
    if (format === 'csv' && sets.length > 1) {
      throw new UsageError(`--format csv holds one matrix and ${file} has ${sets.length} hypothesis sets (${sets.map((s) => s.id).join(', ')}); choose one with --set`, achCommand);
    }
    const result: AchResult = { file: file!, sets: sets.map(analyseMatrix) };
    const text = render(result, format, () => sets[0]!);
    emit(io, out, text);
    return EXIT.ok;
  },
};
