import { loadMap } from '../io/load.js';
import { InputError } from '../io/input-error.js';
import { keyAssumptions, nothingToExamine } from '../analysis/key-assumptions.js';
import { hasSupport } from '../analysis/key-judgements.js';
import { strayPresumptions } from '../analysis/presumptions.js';
import { visibleJson, visibleText } from '../io/visible-text.js';
import { assumptionsJson, assumptionsMarkdown, assumptionsText } from '../render/assumptions.js';

export type AssumptionsFormat = 'text' | 'json' | 'markdown';

/**
 * A map's key assumptions check as one report text: loaded, analysed, written in the format asked for.
 * `nodes` narrows it to those nodes, each of which must be a node of the map with support of its own.
 */
export function assumptionsReport(file: string, format: AssumptionsFormat, nodes?: readonly string[]): string {
  const { map } = loadMap(file);
  const ids = new Set(map.nodes.map((n) => n.id));
  for (const id of nodes ?? []) {
    if (!ids.has(id)) throw new InputError(`${file}: no node ${JSON.stringify(id)}; --node names a node of the map`);
    if (!hasSupport(map, id))
      throw new InputError(
        `${file}: node ${JSON.stringify(id)} has no support of its own, so it rests on nothing the check could list; --node names a node some inference concludes`,
      );
  }
  const report = keyAssumptions(map, nodes);
  // Asked for some nodes, the reader wants those: the presumptions the rest of the map leaves unexamined are not the question.
  const notes = { nothingTagged: nothingToExamine(map, report), stray: nodes ? [] : strayPresumptions(map, report), asked: nodes !== undefined };
  if (format === 'json') return visibleJson(assumptionsJson(report, notes));
  return visibleText(format === 'markdown' ? assumptionsMarkdown(report, notes) : assumptionsText(report, notes));
}
