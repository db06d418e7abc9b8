import { loadMap } from '../../src/io/load.js';
import { MapLoadError, formatDiagnostic } from '../../src/io/diagnostics.js';

/** The formatted messages a load fails with; the test fails if the load succeeds. */
export function failures(file: string): string[] {
  try {
    loadMap(file);
  } catch (e) {
    if (e instanceof MapLoadError) return e.diagnostics.map(formatDiagnostic);
    throw e;
  }
  throw new Error(`${file} loaded without error`);
}
