/**
 * A map as YAML laid out for people who will edit it: one block per node, the small parts of a node
 * (`source`, `hedge`, `review`, each date) on one line each, long lines never folded. A diagnostic's
 * `line:col` then points at one node's one field.
 */
import { Document, isMap, isSeq } from 'yaml';
import type { ArgumentMap } from '../model/types.js';

const INLINE_PARTS = ['source', 'hedge', 'review'];

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
  return header + doc.toString({ lineWidth: 0 });
}
