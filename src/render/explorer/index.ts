import type { LoadedMap } from '../../io/load.js';
import { readSourceTexts, type SourceText } from '../../io/sources.js';
import type { ExplorerFinding } from './data-types.js';
import { checkMap } from '../../rules/index.js';
import { renderSvg } from '../render.js';
import { buildExplorerPage } from './page.js';

export { buildExplorerPage, readClientScript, CLIENT_BUNDLE, type ExplorerPageInput } from './page.js';
export type { ExplorerData, ExplorerFinding, ExplorerNode } from './data-types.js';

export interface ExplorerOptions {
  sources?: Map<string, SourceText>;
  /** The bundled browser script, when not read from `dist/explorer-client.js`. */
  clientScript?: string;
}

function checkFindings(loaded: LoadedMap, sources: Map<string, SourceText>): ExplorerFinding[] {
  return checkMap(loaded, { sources }).map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    nodes: f.nodes,
    where: `${f.location.file}:${f.location.line}:${f.location.column}`,
  }));
}

// Seam: the ACH matrices' HTML tables come from src/render/ach/ once it lands.

function achFragment(_loaded: LoadedMap): string | undefined {
  return undefined;
}

/** The explorer page for a loaded map: its drawing, its checks' findings and its ACH matrices, all inline. */
export async function explorerPage(loaded: LoadedMap, options: ExplorerOptions = {}): Promise<string> {
  const sources = options.sources ?? readSourceTexts(loaded);
  const findings = checkFindings(loaded, sources);
  const achHtml = achFragment(loaded);
  return buildExplorerPage({
    loaded,
    svg: (await renderSvg(loaded)).svg,
    sources,
    findings,
    ...(achHtml ? { achHtml } : {}),
    ...(options.clientScript !== undefined ? { clientScript: options.clientScript } : {}),
  });
}
