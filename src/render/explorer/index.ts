import type { LoadedMap } from '../../io/load.js';
import { readSourceTexts, type SourceText } from '../../io/sources.js';
import type { ExplorerFinding } from './data-types.js';
import { checkMap } from '../../rules/index.js';
import { analyseMatrix, matricesFromMap } from '../../analysis/ach/index.js';
import { ACH_CSS, achHtmlKey, achHtmlTable } from '../ach/html.js';
import { HOW_TO_READ } from '../ach/common.js';
import { renderSvg } from '../render.js';
import { escapeXml } from '../xml.js';
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

/** Every hypothesis set's ACH matrix, scored, as the ACH renderer draws it for HTML; undefined for a map without sets. */
function achFragment(loaded: LoadedMap): string | undefined {
  const sets = matricesFromMap(loaded.map).map(analyseMatrix);
  if (sets.length === 0) return undefined;
  return [
    `<style>${ACH_CSS}</style>`,
    `<p class="note">${escapeXml(HOW_TO_READ)}</p>`,
    achHtmlKey(),
    ...sets.map((set) => `<section class="ach-set" data-set="${escapeXml(set.id)}">\n<h3>${escapeXml(set.id)}</h3>\n${achHtmlTable(set)}\n</section>`),
  ].join('\n');
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
