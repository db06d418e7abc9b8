import type { ArgumentMap } from '../model/types.js';

import type { ArgumentationFramework } from '../model/framework.js';

export type { ArgumentationFramework };

/**
 * A map's attack graph as an abstract framework: every node, then every inference, is an argument (in
 * map order); `attacks` (from → to), `undercuts` (node → inference) and `contradicts` (both ways) are
 * attacks. Support does not enter a Dung framework. An attack given twice (say an `attacks` and a
 * `contradicts` between the same pair) is listed once, where it first occurs.
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
  for (const r of map.relations ?? []) {
    if (r.type === 'attacks' || r.type === 'undercuts') add(r.from, r.to);
    else if (r.type === 'contradicts') {
      add(r.from, r.to);
      add(r.to, r.from);
    }
  }
  return { arguments: args, attacks };
}
