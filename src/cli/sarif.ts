import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, RuleMeta } from '../rules/index.js';

/**
 * SARIF 2.1.0 (OASIS), the format code-scanning services read: one run, the rules from their meta
 * and one result per finding. Suppressed findings stay in, carrying a SARIF suppression with the
 * node's reason, so a scanning service shows them as dismissed rather than losing them.
 */

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export interface SarifOptions {
  version: string;
  /** The folder artifact URIs are made relative to (the working directory). */
  cwd: string;
}

/**
 * The map file as a URI reference relative to the working directory, as code-scanning services
 * resolve against the checkout; a file outside it keeps its absolute file: URI.
 */
export function artifactUri(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(resolve(cwd, file)).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}

function ruleDescriptor(meta: RuleMeta<object>) {
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.docs },
    help: { text: `${meta.description}. ${meta.docs}` },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    // argmap's templates name their fields ({{node}}), not SARIF's numbered {0}: kept as properties.
    properties: { messages: meta.messages, ...(meta.schema ? { options: meta.defaults } : {}) },
  };
}

export function sarifLog(findings: readonly Finding[], metas: readonly RuleMeta<object>[], options: SarifOptions): string {
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.location.file, options.cwd) },
          region: { startLine: f.location.line, startColumn: f.location.column },
        },
      },
    ],
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
    properties: { messageId: f.messageId, nodes: f.nodes },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'argmap', version: options.version, rules: metas.map(ruleDescriptor) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
