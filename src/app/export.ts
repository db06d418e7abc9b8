import { loadMap } from '../io/load.js';
import type { ArgumentMap } from '../model/types.js';
import { attackFramework } from '../graph/attack-framework.js';
import { writeApx, writeTgf } from '../interop/iccma.js';
import { writeAif } from '../interop/aif.js';
import { writeGraphml } from '../interop/graphml.js';
import { writeDot } from '../interop/dot.js';

/** Export targets: each turns a valid map into the text of one file. Add a format by adding a row. */
export const EXPORT_TARGETS = {
  apx: { describe: 'the attack framework in ASPARTIX/ICCMA apx', write: (map: ArgumentMap) => writeApx(attackFramework(map)) },
  tgf: { describe: 'the attack framework in ICCMA tgf', write: (map: ArgumentMap) => writeTgf(attackFramework(map)) },
  aif: { describe: 'the whole map as AIF JSON for AIFdb and OVA', write: writeAif },
  // Argdown's parser (for its shortcode table) takes about a second to load: only this target pays for it.
  argdown: { describe: 'the whole map as an Argdown document', write: async (map: ArgumentMap) => (await import('../interop/argdown-write.js')).writeArgdown(map) },
  graphml: { describe: 'the graph with typed attributes as GraphML for yEd, Gephi and graphology', write: writeGraphml },
  dot: { describe: 'the graph as Graphviz DOT', write: writeDot },
} as const satisfies Record<string, { describe: string; write(map: ArgumentMap): string | Promise<string> }>;

export type ExportTarget = keyof typeof EXPORT_TARGETS;

/** The map in `file`, loaded and checked, as the text of a `target` file. */
export async function exportMap(file: string, target: ExportTarget): Promise<string> {
  return EXPORT_TARGETS[target].write(loadMap(file).map);
}
