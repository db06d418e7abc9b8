import { existsSync } from 'node:fs';
import { dirname, extname, join, parse as parsePath, resolve } from 'node:path';
import { MapLoadError, type Diagnostic, type Position } from './diagnostics.js';
import { readTextInput } from './input.js';
import { parseJson, parseYaml, ParseFailure, type ParsedFile, type PathStep } from './parse.js';

/** The names a config file may have, in the order they are looked for in each folder. */
export const CONFIG_NAMES = ['argmap.config.json', 'argmap.config.yaml', 'argmap.config.yml'] as const;

/** A config file that cannot be used; every problem, each at its place in the file (exit 2, as a bad map). */
export class ConfigError extends MapLoadError {
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics);
    this.name = 'ConfigError';
  }
}

/** A parsed config file: its data and the way back to positions, for error messages. */
export interface ConfigFile {
  file: string;
  data: unknown;
  locate(path: readonly PathStep[], key?: boolean): Position | undefined;
}

/**
 * The config that governs a map: the first config file found in the map's folder or a folder above it,
 * stopping after the folder that holds `.git` (the top of the project) or at the filesystem root, as
 * ESLint and Prettier look. Two config files in one folder are refused rather than one silently chosen.
 */
export function findConfig(mapFile: string): string | undefined {
  let dir = dirname(resolve(mapFile));
  for (;;) {
    const here = CONFIG_NAMES.map((name) => join(dir, name)).filter((p) => existsSync(p));
    if (here.length > 1) {
      throw new ConfigError(here.slice(1).map((file) => ({ file, severity: 'error', message: `is a second config file beside ${here[0]}; expected one config file per folder` })));
    }
    if (here.length === 1) return here[0];
    if (existsSync(join(dir, '.git')) || dir === parsePath(dir).root) return undefined;
    dir = dirname(dir);
  }
}

/** Reads and parses a config file (JSON, or YAML for .yaml and .yml), keeping positions. */
export function readConfig(file: string): ConfigFile {
  // The one input reader: a regular file, within its size limit, UTF-8; its refusals name the file.
  const text = readTextInput(file, 'config');
  let parsed: ParsedFile;
  try {
    parsed = extname(file).toLowerCase() === '.json' ? parseJson(text, file) : parseYaml(text, file);
  } catch (e) {
    if (e instanceof ParseFailure) throw new ConfigError(e.diagnostics);
    throw e;
  }
  return { file, data: parsed.data, locate: (path, key) => parsed.locate(path, key) };
}
