import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { ArgumentMap } from '../model/types.js';
import { MapLoadError, sortDiagnostics, type Diagnostic, type Position } from './diagnostics.js';
import { parseJson, parseYaml, ParseFailure, type ParsedFile, type PathStep } from './parse.js';
import { validateShape } from './schema.js';
import { checkReferences } from './references.js';

/** A valid map and the way back from any part of it to its place in the file. */
export interface LoadedMap {
  /** The path the map was read from, as given. */
  file: string;
  map: ArgumentMap;
  /** Position of the value at `path` (e.g. `['nodes', 3, 'text']`); with `key`, of the property name. */
  locate(path: readonly PathStep[], key?: boolean): Position | undefined;
}

export type MapFormat = 'yaml' | 'json';

/** Maps larger than this are refused before parsing; a generous bound for machine-made maps. */
export const MAX_MAP_BYTES = 512 * 1024 * 1024;

/** Reads, parses, validates and cross-checks a map file; throws MapLoadError listing every problem. */
export function loadMap(file: string): LoadedMap {
  const fail = (message: string): never => {
    throw new MapLoadError([{ file, severity: 'error', message }]);
  };
  let bytes: Buffer;
  try {
    const st = statSync(file);
    if (st.isDirectory()) fail('is a directory; expected a map file (.yaml, .yml or .json)');
    if (st.size > MAX_MAP_BYTES) fail(`is ${st.size} bytes; expected at most ${MAX_MAP_BYTES}`);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof MapLoadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'file not found; expected an existing map file' : `cannot be read (${code ?? (e as Error).message}); expected a readable file`);
  }
  return loadMapText(decode(bytes, file), file, formatOf(file));
}

export function formatOf(file: string): MapFormat {
  return extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

function decode(bytes: Buffer, file: string): string {
  // A NUL byte never appears in a text map; it marks an image, archive or other binary file.
  if (bytes.includes(0)) throw new MapLoadError([{ file, severity: 'error', message: 'is a binary file; expected UTF-8 text (YAML or JSON)' }]);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new MapLoadError([{ file, severity: 'error', message: 'is not valid UTF-8; expected UTF-8 text (YAML or JSON)' }]);
  }
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
    const found = Array.isArray(parsed.data) ? 'a list' : parsed.data === null ? 'nothing' : `a single value (${JSON.stringify(parsed.data)})`;
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
