import { MapLoadError, type Diagnostic } from '../io/diagnostics.js';
import { InputError } from '../io/input-error.js';
import { readTextInput } from '../io/input.js';
import { loadMapText } from '../io/load.js';
import type { ArgumentMap } from '../model/types.js';
import { fromAif } from '../interop/aif-read.js';
import { mapToYaml } from '../interop/map-yaml.js';

export interface ImportRequest {
  from: 'aif' | 'argdown';
  /** Write JSON rather than YAML. */
  json: boolean;
  /** A first line for the YAML (the schema comment editors read), or ''. */
  header: string;
  title?: string;
  mergeIdentical?: boolean;
  lenient?: boolean;
}

export interface Imported {
  text: string;
  /** What had no place in the map, one line each. */
  notes: string[];
  /** Defects repaired or dropped under --lenient, at their place in the input. */
  repairs: Diagnostic[];
}

/**
 * Reads another tool's file and writes it as a map's text, checked as `argmap validate` would check it
 * before anything is written: an `argmap` block edited by hand could otherwise smuggle in an invalid map.
 * The checked text is never written as such, so its line numbers would point nowhere: problems are named
 * against the input file.
 */
export async function importFile(file: string, request: ImportRequest): Promise<Imported> {
  const title = request.title !== undefined ? { title: request.title } : {};
  // Argdown's parser takes about a second to load: only an Argdown import pays for it.
  const { map, notes, repairs }: { map: ArgumentMap; notes: string[]; repairs?: Diagnostic[] } =
    request.from === 'argdown'
      ? (await import('../interop/argdown-read.js')).fromArgdown(readTextInput(file, 'argdown'), file, title)
      : fromAif(readTextInput(file, 'aif'), file, { mergeIdentical: request.mergeIdentical === true, lenient: request.lenient === true, ...title });
  const text = request.json ? JSON.stringify(map, null, 2) + '\n' : mapToYaml(map, request.header);
  try {
    loadMapText(text, file, request.json ? 'json' : 'yaml');
  } catch (e) {
    if (!(e instanceof MapLoadError)) throw e;
    throw new InputError(e.diagnostics.map((d) => `${file}: ${d.severity}: converts to a map that is not valid: ${d.message}`).join('\n'));
  }
  return { text, notes, repairs: repairs ?? [] };
}
