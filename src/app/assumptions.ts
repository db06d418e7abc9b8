import { loadMap } from '../io/load.js';
import { keyAssumptions, nothingToExamine } from '../analysis/key-assumptions.js';
import { strayPresumptions } from '../analysis/presumptions.js';
import { visibleJson, visibleText } from '../io/visible-text.js';
import { assumptionsJson, assumptionsMarkdown, assumptionsText } from '../render/assumptions.js';

export type AssumptionsFormat = 'text' | 'json' | 'markdown';

/** A map's key assumptions check as one report text: loaded, analysed, written in the format asked for. */
export function assumptionsReport(file: string, format: AssumptionsFormat): string {
  const { map } = loadMap(file);
  const report = keyAssumptions(map);
  const notes = { nothingTagged: nothingToExamine(map, report), stray: strayPresumptions(map, report) };
  if (format === 'json') return visibleJson(assumptionsJson(report, notes));
  return visibleText(format === 'markdown' ? assumptionsMarkdown(report, notes) : assumptionsText(report, notes));
}
