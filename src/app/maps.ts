import { MapLoadError } from '../io/diagnostics.js';
import { loadMap, type LoadedMap } from '../io/load.js';
import type { Diagnostic } from '../model/diagnostics.js';

/** One file of several: the loaded map, or every problem that kept it from loading. */
export type MapOutcome = { file: string; loaded: LoadedMap } | { file: string; diagnostics: Diagnostic[] };

/** Loads each file in turn, collecting load problems per file rather than stopping at the first bad one. */
export function* loadEach(files: readonly string[]): Generator<MapOutcome> {
  for (const file of files) {
    try {
      yield { file, loaded: loadMap(file) };
    } catch (e) {
      if (!(e instanceof MapLoadError)) throw e;
      yield { file, diagnostics: e.diagnostics };
    }
  }
}

/** Loads all the files, failing only after trying every one, so a user sees every file's problems in one run. */
export function loadAll(files: readonly string[]): LoadedMap[] {
  const outcomes = [...loadEach(files)];
  const problems = outcomes.flatMap((o) => ('diagnostics' in o ? o.diagnostics : []));
  if (problems.length > 0) throw new MapLoadError(problems);
  return outcomes.map((o) => (o as { loaded: LoadedMap }).loaded);
}
