import { extname } from 'node:path';
import { toIndexed, type NamedFramework } from '../analysis/dung.js';
import { readFramework, toNamedFramework, type FrameworkFormat } from '../interop/iccma.js';

const MAP_EXTENSIONS = ['.yaml', '.yml', '.json'];

/**
 * The framework a file stands for: an ICCMA file read as `format` (or as its extension or content say),
 * or, for a map file when no format is forced, the map's attack framework (nodes and inferences;
 * attacks, undercuts, contradictions). The map loader (YAML, the schema validator) and graphology are
 * imported only for a map: an ICCMA file is answered without them, at a third of the start-up.
 */
export async function frameworkOf(file: string, format?: FrameworkFormat): Promise<NamedFramework> {
  const isMap = !format && MAP_EXTENSIONS.includes(extname(file).toLowerCase());
  if (!isMap) return toNamedFramework(readFramework(file, format));
  const [{ loadMap }, { attackFramework }] = await Promise.all([import('../io/load.js'), import('../graph/attack-framework.js')]);
  return toIndexed(attackFramework(loadMap(file).map));
}
