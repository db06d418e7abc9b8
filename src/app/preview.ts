import { dirname, resolve } from 'node:path';
import { loadMap } from '../io/load.js';
import { MapLoadError, type Diagnostic } from '../io/diagnostics.js';
import { InputError } from '../io/input-error.js';
import { readSourceTexts } from '../io/sources.js';
import { checkMap } from '../rules/index.js';
import { RenderInputError } from '../render/render.js';
import { explorerPage } from './explorer.js';

/** One build of a live preview: the page with its count of error findings, or the map's problems; and the files to follow. */
export type PreviewBuild = { kind: 'page'; html: string; files: string[]; errors: number } | { kind: 'problems'; problems: Diagnostic[]; files: string[] };

/** The map and the texts it names, resolved as the reader resolves them; read or not, they are followed. */
function namedFiles(mapFile: string, documents: readonly { path: string }[] = []): string[] {
  const base = dirname(resolve(mapFile));
  return [resolve(mapFile), ...documents.map((d) => resolve(base, d.path))];
}

/** One build of the explorer page; the map's own problems become the outcome, anything else is a bug. */
export async function buildPreview(mapFile: string, allowOutside: boolean): Promise<PreviewBuild> {
  let files = namedFiles(mapFile);
  try {
    const loaded = loadMap(mapFile);
    files = namedFiles(mapFile, loaded.map.documents);
    const sources = readSourceTexts(loaded, { allowOutside });
    const findings = checkMap(loaded, { sources });
    const errors = findings.filter((f) => f.severity === 'error').length;
    return { kind: 'page', html: await explorerPage(loaded, { sources, findings }), files, errors };
  } catch (e) {
    if (e instanceof MapLoadError) return { kind: 'problems', problems: e.diagnostics, files };
    if (e instanceof InputError || e instanceof RenderInputError) return { kind: 'problems', problems: [{ file: mapFile, severity: 'error', message: e.message }], files };
    throw e;
  }
}
