import type { Finding } from '../model/findings.js';
import { visibleJson } from '../io/visible-text.js';

/** Counts of findings by severity, suppressed ones apart. */
export type FindingSummary = Record<Finding['severity'] | 'suppressed', number>;

/** Output goes out in chunks: one string for a million findings would pass V8's limit on string length. */
export const CHUNK = 2000;

/**
 * Findings per JSON chunk: about 60 KB of text, under V8's size for a large object. Strings of 2,000
 * findings (a megabyte or more each) went to the large-object space and piled up there until a full
 * collection, which raised the peak memory of a 100k-node check from 300 to 400 MB.
 */
const JSON_CHUNK = 100;
/** A finding with its keys in the order of the Finding type, whatever order its object was built in. */
function ordered(f: Finding): Finding {
  const { rule, severity, messageId, data, message, nodes, location, suppressed } = f;
  const at = { file: location.file, line: location.line, column: location.column };
  return suppressed ? { rule, severity, messageId, data, message, nodes, location: at, suppressed } : { rule, severity, messageId, data, message, nodes, location: at };
}

/**
 * The same bytes as JSON.stringify({ findings, summary }, null, 2), written a chunk at a time. Each chunk is
 * one native JSON.stringify of its findings, indented one level further by a single replace: built finding
 * by finding from small strings, the output took a quarter of the run on a million-node map.
 */
export function writeFindingsJson(findings: Finding[], summary: FindingSummary, write: (t: string) => void): void {
  if (findings.length === 0) {
    write(JSON.stringify({ findings, summary }, null, 2) + '\n');
    return;
  }
  write('{\n  "findings": [\n');
  for (let i = 0; i < findings.length; i += JSON_CHUNK) {
    const list = JSON.stringify(findings.slice(i, i + JSON_CHUNK).map(ordered), null, 2);
    // "[\n  {...},\n  {...}\n]": the items without the brackets, two spaces deeper.
    const items = '  ' + list.slice(2, -2).replace(/\n/g, '\n  ');
    write(visibleJson(items) + (i + JSON_CHUNK < findings.length ? ',\n' : '\n'));
  }
  write(`  ],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`);
}
