import type { ArgumentMap } from '../model/types.js';
import { supportIndex } from './support-index.js';
import { forEachDefeat } from '../model/defeats.js';

import type { ArgumentationFramework } from '../model/framework.js';

export type { ArgumentationFramework };

/**
 * A map's attack graph as an abstract framework: every node, then every inference, is an argument (in
 * map order); `attacks` (from → to), `undercuts` (node → inference) and `contradicts` (both ways) are
 * attacks; an attack marked `outweighed` (conceded by the author) is not (model/defeats.ts). Support does
 * not enter a Dung framework. An attack given twice (say an `attacks` and a `contradicts` between the same
 * pair) is listed once, where it first occurs.
 */
export function attackFramework(map: ArgumentMap): ArgumentationFramework {
  const args = [...map.nodes.map((n) => n.id), ...(map.inferences ?? []).map((i) => i.id)];
  const attacks: [string, string][] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string): void => {
    // Ids cannot hold a space (types.ts pattern), so a space separates the pair unambiguously.
    const key = `${from} ${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    attacks.push([from, to]);
  };
  forEachDefeat(map.relations ?? [], add);
  return { arguments: args, attacks };
}

/**
 * The same attacks over SupportIndex vertices (nodes, then inferences: the framework's argument order),
 * as two integer arrays. The named framework holds every id twice more (a list and the solver's name
 * map), and on a million-node map building it cost more than the grounded labelling itself.
 */
export function attackPairs(map: ArgumentMap): { from: Int32Array; to: Int32Array } {
  const { vertex, ids } = supportIndex(map);
  const n = ids.length;
  const from: number[] = [];
  const to: number[] = [];
  const seen = new Set<number>();
  const add = (a: string, b: string): void => {
    const f = vertex.get(a);
    const t = vertex.get(b);
    if (f === undefined || t === undefined) throw new Error(`attack (${JSON.stringify(a)}, ${JSON.stringify(b)}) names an argument the map does not define`);
    const key = f * n + t;
    if (seen.has(key)) return;
    seen.add(key);
    from.push(f);
    to.push(t);
  };
  forEachDefeat(map.relations ?? [], add);
  return { from: Int32Array.from(from), to: Int32Array.from(to) };
}
