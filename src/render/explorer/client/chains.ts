import { buildGraph, restsOn, supportedBy, type ArgumentGraph, type Link } from '../../../graph/argument-graph.js';
import type { ArgumentMap, Node, RelationType } from '../../../model/types.js';
import type { ExplorerData } from '../data-types.js';

/*
 * The page highlights with the engine's own graph code (bundled in), so what the page shows rests-on
 * is by construction what `restsOn`/`supportedBy` say in Node.
 */

export interface Chain {
  /** Map nodes and inferences the selected node rests on, transitively. */
  restsOn: Set<string>;
  /** Map nodes and inferences that rest on the selected node, transitively. */
  supports: Set<string>;
  /** Nodes that attack, undercut or contradict the selected node or anything it rests on. */
  attackers: Set<string>;
  /**
   * Of the attackers, those whose every challenge to the chain the author concedes and holds outweighed: the
   * page draws them apart, since a class shown them as live objections would be taught a defeat that is not there.
   */
  conceded: Set<string>;
}

const ATTACKS: readonly RelationType[] = ['attacks', 'undercuts', 'contradicts'];

export function graphOf(data: ExplorerData): ArgumentGraph {
  const map: ArgumentMap = {
    title: data.title,
    nodes: data.nodes.map((n) => ({ id: n.id, kind: n.kind, text: n.text }) as Node),
    inferences: data.inferences.map((i) => ({ id: i.id, premises: i.premises, conclusion: i.conclusion })),
    relations: data.relations.map((r) => ({ type: r.type as RelationType, from: r.from, to: r.to, ...(r.outweighed ? { outweighed: true } : {}) })),
  };
  return buildGraph(map);
}

export function chainOf(g: ArgumentGraph, id: string): Chain {
  const below = restsOn(g, id);
  const above = supportedBy(g, id);
  const attackers = new Set<string>();
  const live = new Set<string>();
  const add = (from: string, link: Link) => {
    attackers.add(from);
    if (link.relation?.outweighed !== true) live.add(from);
  };
  for (const target of [id, ...below]) {
    g.forEachInEdge(target, (_e, link, from) => {
      if (ATTACKS.includes(link.type as RelationType)) add(from, link);
    });
    // `contradicts` is symmetric: the other end attacks whichever way the map wrote it.
    g.forEachOutEdge(target, (_e, link, _from, to) => {
      if (link.type === 'contradicts') add(to, link);
    });
  }
  for (const k of [id, ...below]) attackers.delete(k);
  const conceded = new Set([...attackers].filter((k) => !live.has(k)));
  return { restsOn: below, supports: above, attackers, conceded };
}
