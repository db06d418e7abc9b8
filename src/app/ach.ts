import { basename, extname } from 'node:path';
import { loadMap } from '../io/load.js';
import { InputError } from '../io/input-error.js';
import type { AchMatrix, AchResult } from '../model/ach.js';
import { analyseMatrix, matricesFromMap } from '../analysis/ach/index.js';
import { achCsv, readAchCsv } from '../interop/ach-csv.js';
import { achText } from '../render/ach/text.js';
import { achMarkdown } from '../render/ach/markdown.js';
import { achHtmlPage } from '../render/ach/html.js';
import { achSvg } from '../render/ach/svg.js';
import { achJson } from '../render/ach/json.js';
import type { AchFormat } from './formats.js';

export { ACH_FORMATS, type AchFormat } from './formats.js';

/** The matrices a file holds: every set of a map, or the one matrix of a CSV file; `only` picks one. */
export function achMatrices(file: string, only?: string): AchMatrix[] {
  const isCsv = extname(file).toLowerCase() === '.csv';
  const all = isCsv ? [readAchCsv(file)] : matricesFromMap(loadMap(file).map);
  if (all.length === 0) throw new InputError(`${file}: the map has no hypothesisSets; expected at least one set of competing hypotheses to rate evidence against`);
  if (only === undefined || (isCsv && only === all[0]!.id)) return all;
  if (isCsv) throw new InputError(`${file}: a CSV file holds one matrix (${JSON.stringify(all[0]!.id)}); --set ${JSON.stringify(only)} picks a set of a map`);
  const picked = all.filter((m) => m.id === only);
  if (picked.length === 0) throw new InputError(`${file}: no hypothesis set ${JSON.stringify(only)}; the map has ${all.map((m) => m.id).join(', ')}`);
  return picked;
}

/** The scored matrices as one output format; CSV holds a single matrix, so the caller picks one first. */
export function achReport(file: string, sets: readonly AchMatrix[], format: AchFormat): string {
  const result: AchResult = { file, sets: sets.map(analyseMatrix) };
  switch (format) {
    case 'text':
      return achText(result);
    case 'json':
      return achJson(result);
    case 'markdown':
      return achMarkdown(result);
    case 'html':
      return achHtmlPage(result, `Competing hypotheses: ${basename(result.file)}`);
    case 'svg':
      return achSvg(result);
    case 'csv':
      return achCsv(sets[0]!);
  }
}
