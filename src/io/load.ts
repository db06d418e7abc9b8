import { extname } from 'node:path';
import type { ArgumentMap } from '../model/types.js';
import { MapLoadError, showValue, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { parseJson, parseYaml, ParseFailure, type ParsedFile } from './parse.js';
import { validateShape } from './schema.js';
import { readTextInput } from './input.js';
import { checkReferences } from './references.js';

import type { LoadedMap } from '../model/loaded.js';

export type { LoadedMap };

export type MapFormat = 'yaml' | 'json';

/** Reads, parses, validates and cross-checks a map file; throws MapLoadError listing every problem. */
export function loadMap(file: string): LoadedMap {
  const format = formatOf(file);
  return loadMapText(readTextInput(file, format === 'json' ? 'json-map' : 'yaml-map'), file, format);
}

export function formatOf(file: string): MapFormat {
  return extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

/** Loads a map from text already in memory; `file` names it in messages. */
export function loadMapText(text: string, file: string, format: MapFormat = 'yaml'): LoadedMap {
  let parsed: ParsedFile;
  try {
    parsed = format === 'json' ? parseJson(text, file) : parseYaml(text, file);
  } catch (e) {
    if (e instanceof ParseFailure) throw new MapLoadError(sortDiagnostics(e.diagnostics));
    throw e;
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    const found = Array.isArray(parsed.data) ? 'a list' : parsed.data === null ? 'nothing' : `a single value (${showValue(parsed.data)})`;
    const position = parsed.locate([]) ?? { line: 1, column: 1 };
    throw new MapLoadError([{ file, position, severity: 'error', message: `the file holds ${found}; expected an argument map (a mapping with \`title\` and \`nodes\`)` }]);
  }
  const shape = validateShape(parsed);
  if (shape.length > 0) throw new MapLoadError(sortDiagnostics(shape));
  const map = parsed.data as ArgumentMap;
  const refs: Diagnostic[] = checkReferences(map, parsed);
  if (refs.length > 0) throw new MapLoadError(sortDiagnostics(refs));
  return { file, map, locate: parsed.locate };
}
