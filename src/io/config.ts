import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, parse as parsePath, resolve } from 'node:path';
import type { Diagnostic, Position } from './diagnostics.js';
import { parseJson, parseYaml, ParseFailure, type ParsedFile, type PathStep } from './parse.js';

/** The names a config file may have, in the order they are looked for in each folder. */
export const CONFIG_NAMES = ['argmap.config.json', 'argmap.config.yaml', 'argmap.config.yml'] as const;

/** A config is a few lines; anything near this size is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** A config file that cannot be used; every problem, each at its place in the file. */
export class ConfigError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'ConfigError';
    this.diagnostics = diagnostics;
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
  const fail = (message: string): never => {
    throw new ConfigError([{ file, severity: 'error', message }]);
  };
  let text = '';
  try {
    const st = statSync(file);
    if (!st.isFile()) fail('is not a regular file; expected a config file (argmap.config.json or .yaml)');
    if (st.size > MAX_CONFIG_BYTES) fail(`is ${st.size} bytes; expected a config file of at most ${MAX_CONFIG_BYTES}`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? 'file not found; expected an existing config file' : `cannot be read (${code ?? (e as Error).message})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let parsed: ParsedFile;
  try {
    parsed = extname(file).toLowerCase() === '.json' ? parseJson(text, file) : parseYaml(text, file);
  } catch (e) {
    if (e instanceof ParseFailure) throw new ConfigError(e.diagnostics);
    throw e;
  }
  return { file, data: parsed.data, locate: (path, key) => parsed.locate(path, key) };
}
