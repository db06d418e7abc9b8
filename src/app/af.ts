import { extname } from 'node:path';
import { loadMap } from '../io/load.js';
import { attackFramework } from '../graph/attack-framework.js';
import { toIndexed, type NamedFramework } from '../analysis/dung.js';
import { readFramework, toNamedFramework, type FrameworkFormat } from '../interop/iccma.js';

const MAP_EXTENSIONS = ['.yaml', '.yml', '.json'];

/**
 * The framework a file stands for: an ICCMA file read as `format` (or as its extension or content say),
 * or, for a map file when no format is forced, the map's attack framework (nodes and inferences;
 * attacks, undercuts, contradictions).
 */
export function frameworkOf(file: string, format?: FrameworkFormat): NamedFramework {
  const isMap = !format && MAP_EXTENSIONS.includes(extname(file).toLowerCase());
  return isMap ? toIndexed(attackFramework(loadMap(file).map)) : toNamedFramework(readFramework(file, format));
}
