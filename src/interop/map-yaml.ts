/**
 * A map as YAML laid out for people who will edit it: one block per node, the small parts of a node
 * (`source`, `hedge`, `review`, each date) on one line each, long lines never folded. A diagnostic's
 * `line:col` then points at one node's one field.
 *
 * argmap reads YAML 1.2, but PyYAML and many other readers still follow YAML 1.1, where a plain `no`,
 * `on`, `~`, `1_000`, `1:20`, `0x1F`, `.5` or `2024-01-01` is a boolean, null, number or date. Every
 * string that a YAML 1.1 reader would take for anything but a string is written quoted.
 */
import { Document, isMap, isSeq, visit, Scalar } from 'yaml';
import type { ArgumentMap } from '../model/types.js';

const INLINE_PARTS = ['source', 'hedge', 'review'];

// YAML 1.1's implicit types (yaml.org/type: bool, null, int, float, timestamp, merge, value), read as
// loosely as any 1.1 reader does: case-insensitive, with `_` separators and base-60 parts.
const YAML11_NOT_A_STRING = [
  /^(?:y|yes|n|no|true|false|on|off)$/i,
  /^(?:~|null)$/i,
  /^[-+]?(?:0b[01_]+|0x[0-9a-f_]+|0o?[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)$/i,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:e[-+]?[0-9]+)?$/i,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?e[-+]?[0-9]+$/i,
  /^[-+]?\.(?:inf|nan)$/i,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
  /^(?:<<|=)$/,
];

// Controls the yaml package leaves raw even inside double quotes: C1 and the bidi embeddings, overrides and isolates.
const RAW_CONTROL = /[\u0080-\u009F\u202A-\u202E\u2066-\u2069]/;
const RAW_CONTROL_ALL = new RegExp(RAW_CONTROL.source, 'g');

/** True when a YAML 1.1 reader would load this plain scalar as something other than the string. */
export function yaml11Reads(text: string): boolean {
  return YAML11_NOT_A_STRING.some((re) => re.test(text));
}

/** Quotes, in place, every string value of the document that a YAML 1.1 reader would mistake. */
export function quoteForYaml11(doc: Document): void {
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && (yaml11Reads(node.value) || RAW_CONTROL.test(node.value))) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

export function mapToYaml(map: ArgumentMap, header = ''): string {
  const doc = new Document(map);
  const inline = (node: unknown): void => {
    if (isMap(node) || isSeq(node)) node.flow = true;
  };
  for (const key of ['documents', 'sections', 'relations', 'inferences']) {
    const list = doc.get(key);
    if (isSeq(list)) list.items.forEach(inline);
  }
  const nodes = doc.get('nodes');
  if (isSeq(nodes))
    for (const node of nodes.items) {
      if (!isMap(node)) continue;
      for (const part of INLINE_PARTS) inline(node.get(part));
      const dates = node.get('dates');
      if (isSeq(dates)) dates.items.forEach(inline);
    }
  quoteForYaml11(doc);
  // The yaml package escapes C0 in a double-quoted scalar but writes C1 and the bidi overrides raw; a terminal
  // obeys those (CSI U+009B, U+202E reversal). Such strings were double-quoted above, where \x and \u escapes
  // read back as the same characters.
  return (
    header + doc.toString({ lineWidth: 0 }).replace(RAW_CONTROL_ALL, (c) => (c.charCodeAt(0) <= 0xff ? `\\x${c.charCodeAt(0).toString(16)}` : `\\u${c.charCodeAt(0).toString(16)}`))
  );
}
