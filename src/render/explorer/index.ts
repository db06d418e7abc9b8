import type { AchSetResult } from '../../model/ach.js';
import type { Finding } from '../../model/findings.js';
import type { ExplorerFinding } from './data-types.js';
import { ACH_CSS, achHtmlKey, achHtmlTable } from '../ach/html.js';
import { HOW_TO_READ } from '../ach/common.js';
import { escapeXml } from '../xml.js';

export { buildExplorerPage, type ExplorerPageInput } from './page.js';
export type { ExplorerData, ExplorerFinding, ExplorerNode } from './data-types.js';

/** The checks' findings as the page's script lists them. */
export function explorerFindings(findings: readonly Finding[]): ExplorerFinding[] {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    nodes: f.nodes,
    where: place(f.location),
    ...(f.suppressed ? { suppressed: { reason: f.suppressed.reason, where: place(f.suppressed.location) } } : {}),
  }));
}

function place(at: Finding['location']): string {
  return `${at.file}:${at.line}:${at.column}`;
}

/** Scored ACH matrices as the page's ACH tab shows them; undefined when there are none. */
export function achFragment(sets: readonly AchSetResult[]): string | undefined {
  if (sets.length === 0) return undefined;
  return [
    `<style>${ACH_CSS}</style>`,
    `<p class="note">${escapeXml(HOW_TO_READ)}</p>`,
    achHtmlKey(),
    ...sets.map((set) => `<section class="ach-set" data-set="${escapeXml(set.id)}">\n<h3>${escapeXml(set.id)}</h3>\n${achHtmlTable(set)}\n</section>`),
  ].join('\n');
}
