import type { Finding } from '../model/findings.js';
import { visibleJson } from '../io/visible-text.js';

/** Counts of findings by severity, suppressed ones apart. */
export type FindingSummary = Record<Finding['severity'] | 'suppressed', number>;

/** Output goes out in chunks: one string for a million findings would pass V8's limit on string length. */
export const CHUNK = 2000;

/**
 * Findings per written chunk: about 60 KB of text, under V8's size for a large object. Strings of 2,000
 * findings (a megabyte or more each) went to the large-object space and piled up there until a full
 * collection, which raised the peak memory of a 100k-node check from 300 to 400 MB.
 */
const JSON_CHUNK = 100;

// What JSON.stringify escapes but a double quote (backslash, C0, lone surrogates: the whole surrogate range is
// tested, so a pair takes the slow path too), and what visibleJson spells out after it (DEL, C1, bidi controls).
const NEEDS_ESCAPE = /[\\\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;
const QUOTE = /"/g;

/**
 * A string as JSON, inert on a terminal (visibleJson), as the whole-document stringify would give it. Most
 * strings need no escape but their double quotes (every node label has two): one native test and a replace
 * cost half of the call into JSON.stringify and the test of its result. The tests run on the string in its
 * quotes, a new string: a message or label is kept as pieces (a rope) until written, and testing it in place
 * would make it whole and keep it so, 250 MB for the million findings of a million-node map.
 */
function quote(s: string): string {
  const quoted = '"' + s + '"';
  if (NEEDS_ESCAPE.test(quoted)) return visibleJson(JSON.stringify(s));
  return quoted.indexOf('"', 1) < quoted.length - 1 ? '"' + quoted.slice(1, -1).replace(QUOTE, '\\"') + '"' : quoted;
}

/**
 * One finding at the depth of the findings list, byte for byte what JSON.stringify(…, null, 2) of the whole
 * report gives for it, or undefined when it holds anything but the usual shapes (a suppression, a value that
 * is not a string or a finite number), which the generic path then writes. Written field by field: the native
 * stringify of every finding plus an indenting replace and a scan for controls over all of it took 5 s of a
 * million-node check; quoting only the strings leaves the fixed parts as constants.
 */
function plainFinding(f: Finding, once: (s: string) => string): string | undefined {
  const { data: values, location } = f;
  if (
    f.suppressed !== undefined ||
    typeof f.message !== 'string' ||
    typeof values !== 'object' ||
    values === null ||
    !Number.isInteger(location.line) ||
    !Number.isInteger(location.column)
  )
    return undefined;
  let data = '';
  for (const key of Object.keys(values)) {
    const v = values[key];
    let value: string;
    if (typeof v === 'string') value = quote(v);
    else if (typeof v === 'number' && Number.isFinite(v)) value = String(v);
    else return undefined;
    data += (data === '' ? '\n        ' : ',\n        ') + once(key) + ': ' + value;
  }
  let nodes = '';
  for (const id of f.nodes) {
    if (typeof id !== 'string') return undefined;
    nodes += (nodes === '' ? '\n        ' : ',\n        ') + quote(id);
  }
  return (
    '    {\n      "rule": ' +
    once(f.rule) +
    ',\n      "severity": ' +
    once(f.severity) +
    ',\n      "messageId": ' +
    once(f.messageId) +
    ',\n      "data": {' +
    (data === '' ? '}' : data + '\n      }') +
    ',\n      "message": ' +
    quote(f.message) +
    ',\n      "nodes": [' +
    (nodes === '' ? ']' : nodes + '\n      ]') +
    ',\n      "location": {\n        "file": ' +
    once(location.file) +
    ',\n        "line": ' +
    String(location.line) +
    ',\n        "column": ' +
    String(location.column) +
    '\n      }\n    }'
  );
}

/** A finding with its keys in the order of the Finding type, whatever order its object was built in. */
function ordered(f: Finding): Finding {
  const { rule, severity, messageId, data, message, nodes, location, suppressed } = f;
  const at = { file: location.file, line: location.line, column: location.column };
  return suppressed ? { rule, severity, messageId, data, message, nodes, location: at, suppressed } : { rule, severity, messageId, data, message, nodes, location: at };
}

/** Any finding the field-by-field writer passes on: the native stringify, indented two levels. */
function genericFinding(f: Finding): string {
  return '    ' + visibleJson(JSON.stringify(ordered(f), null, 2)).replace(/\n/g, '\n    ');
}

/**
 * The same bytes as visibleJson(JSON.stringify({ findings, summary }, null, 2)) + '\n', a chunk at a time,
 * so a million findings never make one giant string.
 */
export function* findingsJsonChunks(findings: Finding[], summary: FindingSummary): Generator<string> {
  if (findings.length === 0) {
    yield JSON.stringify({ findings, summary }, null, 2) + '\n';
    return;
  }
  yield '{\n  "findings": [\n';
  // Rule ids, message ids, data keys, severities and file names repeat over thousands of findings: each is quoted once.
  const quoted = new Map<string, string>();
  const once = (s: string) => {
    let q = quoted.get(s);
    if (q === undefined) quoted.set(s, (q = quote(s)));
    return q;
  };
  for (let i = 0; i < findings.length; i += JSON_CHUNK) {
    const end = Math.min(findings.length, i + JSON_CHUNK);
    let chunk = '';
    for (let k = i; k < end; k++) {
      const f = findings[k]!;
      chunk += (plainFinding(f, once) ?? genericFinding(f)) + (k + 1 < findings.length ? ',\n' : '\n');
    }
    yield chunk;
  }
  yield `  ],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
}

/** {@link findingsJsonChunks}, each chunk handed to `write` as it is made. */
export function writeFindingsJson(findings: Finding[], summary: FindingSummary, write: (t: string) => void): void {
  for (const chunk of findingsJsonChunks(findings, summary)) write(chunk);
}
