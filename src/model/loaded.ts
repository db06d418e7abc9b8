import type { Position, PathStep } from './diagnostics.js';
import type { ArgumentMap } from './types.js';

/** A valid map and the way back from any part of it to its place in the file. */
export interface LoadedMap {
  /** The path the map was read from, as given. */
  file: string;
  map: ArgumentMap;
  /** Position of the value at `path` (e.g. `['nodes', 3, 'text']`); with `key`, of the property name. */
  locate(path: readonly PathStep[], key?: boolean): Position | undefined;
}
