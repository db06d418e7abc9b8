import graphology from 'graphology';
import type { DirectedGraph as DirectedGraphType } from 'graphology';
import { stronglyConnectedComponents } from 'graphology-components';
import { bidirectional } from 'graphology-shortest-path';
import type { ArgumentMap } from '../model/types.js';
import { forEachSupported, supportIndex, supportSuccessors, type SupportIndex } from './support-index.js';
import { topologicalOrder } from './algorithms/topological.js';

const { DirectedGraph } = graphology as unknown as { DirectedGraph: typeof DirectedGraphType };

/** The support graph in an order where every vertex comes after all that it rests on, plus its cycles. */
export interface SupportOrder {
  index: SupportIndex;
  /** Vertices (see SupportIndex) not on or downstream of a cycle, premises before what they support. */
  order: Int32Array;
  /** 1 for vertices on a cycle of support or resting on one; analyses that need an order skip them. */
  cyclic: Uint8Array;
  /** Each cycle of support as vertex ids, starting at its earliest vertex in the map (last → first closes it). */
  cycles: string[][];
}

const cache = new WeakMap<ArgumentMap, SupportOrder>();

/**
 * The generic Kahn order (graph/algorithms) over the integer support index, which keeps the cyclic
 * remainder for the cycles to be named; vertices are seeded in map order, so the order is deterministic.
 */
export function supportOrder(map: ArgumentMap): SupportOrder {
  const hit = cache.get(map);
  if (hit) return hit;
  const s = supportIndex(map);
  const { order, cyclic } = topologicalOrder(supportSuccessors(s));
  const result: SupportOrder = { index: s, order, cyclic, cycles: order.length < s.ids.length ? findCycles(s, cyclic) : [] };
  cache.set(map, result);
  return result;
}

/**
 * One shortest cycle per strongly connected component of the left-over vertices (few, on real maps),
 * found with graphology-components and graphology-shortest-path on a small graph of just those.
 */
function findCycles(s: SupportIndex, left: Uint8Array): string[][] {
  const sub = new DirectedGraph();
  for (let v = 0; v < left.length; v++) if (left[v]) sub.addNode(v);
  for (let v = 0; v < left.length; v++) if (left[v]) forEachSupported(s, v, (w) => void (left[w] && sub.mergeEdge(v, w)));
  const cycles: number[][] = [];
  for (const component of stronglyConnectedComponents(sub)) {
    if (component.length < 2) continue;
    const members = component.map(Number).sort((a, b) => a - b);
    const inside = new Set(members);
    const inner = new DirectedGraph();
    for (const v of members) inner.addNode(v);
    for (const v of members) forEachSupported(s, v, (w) => void (inside.has(w) && inner.mergeEdge(v, w)));
    const start = members[0]!;
    let best: number[] | undefined;
    const successors = inner
      .outNeighbors(String(start))
      .map(Number)
      .sort((a, b) => a - b);
    for (const next of successors) {
      const path = bidirectional(inner, String(next), String(start));
      if (path && (!best || path.length + 1 < best.length)) best = [start, ...path.slice(0, -1).map(Number)];
    }
    if (best) cycles.push(best);
  }
  return cycles.sort((a, b) => a[0]! - b[0]!).map((c) => c.map((v) => s.ids[v]!));
}
