import { join } from 'node:path';
import type { LoadedMap } from '../io/load.js';
import { readSourceTexts, type SourceText } from '../io/sources.js';
import { analyseMatrix, matricesFromMap } from '../analysis/ach/index.js';
import { checkMap, type Finding } from '../rules/index.js';
import { renderSvg } from '../render/render.js';
import { mapName } from '../render/views.js';
import { achFragment, buildExplorerPage, explorerFindings } from '../render/explorer/index.js';
import { readClientScript } from './client-bundle.js';
import { explorerViews } from './explorer-views.js';

export interface ExplorerOptions {
  /** Source texts already read; by default read beside the map. */
  sources?: Map<string, SourceText>;
  /** The bundled browser script; by default `dist/explorer-client.js`. */
  clientScript?: string;
  /** The map's findings when the caller has already checked it; by default checked here. */
  findings?: readonly Finding[];
}

/** The explorer page for a loaded map: its drawing, its checks' findings and its ACH matrices, all inline. */
export async function explorerPage(loaded: LoadedMap, options: ExplorerOptions = {}): Promise<string> {
  const sources = options.sources ?? readSourceTexts(loaded);
  const findings = explorerFindings(options.findings ?? checkMap(loaded, { sources }));
  const achHtml = achFragment(matricesFromMap(loaded.map).map(analyseMatrix));
  const svg = (await renderSvg(loaded)).svg;
  const views = await explorerViews(loaded);
  return buildExplorerPage({
    loaded,
    svg,
    ...views,
    sources,
    findings,
    ...(achHtml ? { achHtml } : {}),
    clientScript: options.clientScript ?? readClientScript(),
  });
}

/** Default output: `render/<map name>.html`, beside the map's other drawings. */
export function defaultHtmlPath(mapFile: string): string {
  return join('render', `${mapName(mapFile)}.html`);
}
