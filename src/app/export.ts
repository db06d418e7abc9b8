import { loadMap } from '../io/load.js';
import type { ArgumentMap } from '../model/types.js';
import { attackFramework } from '../graph/attack-framework.js';
import { writeApx, writeTgf } from '../interop/iccma.js';
import { writeAif } from '../interop/aif.js';
import { writeGraphml } from '../interop/graphml.js';
import { writeDot } from '../interop/dot.js';
import type { ExportTarget } from './formats.js';

export { EXPORT_TARGETS, type ExportTarget } from './formats.js';

/** A writer per export target: each turns a valid map into the text of one file. Add a format here and in formats.ts. */
const WRITERS: Record<ExportTarget, (map: ArgumentMap) => string | Promise<string>> = {
  apx: (map) => writeApx(attackFramework(map)),
  tgf: (map) => writeTgf(attackFramework(map)),
  aif: writeAif,
  // Argdown's parser (for its shortcode table) takes about a second to load: only this target pays for it.
  argdown: async (map) => (await import('../interop/argdown-write.js')).writeArgdown(map),
  graphml: writeGraphml,
  dot: writeDot,
};

/** The map in `file`, loaded and checked, as the text of a `target` file. */
export async function exportMap(file: string, target: ExportTarget): Promise<string> {
  return WRITERS[target](loadMap(file).map);
}
