import graphology from 'graphology';
import type { DirectedGraph as DirectedGraphType } from 'graphology';
import { stronglyConnectedComponents } from 'graphology-components';
import { bidirectional } from 'graphology-shortest-path';
import { supportGraph, type ArgumentGraph, type SupportGraph, type Vertex } from './argument-graph.js';

const { DirectedGraph } = graphology as unknown as { DirectedGraph: typeof DirectedGraphType };

/** The support graph in an order where every vertex comes after all that it rests on, plus its cycles. */
export interface SupportOrder {
  /** Vertices (node and inference ids) not on or downstream of a cycle, premises before what they support. */
  order: string[];
  /** Vertices on a cycle of support or resting on one; analyses that need an order skip them. */
  cyclic: Set<string>;
  /** Each cycle of support, starting at its earliest vertex in the map and returning to it (last → first). */
  cycles: string[][];
}

const cache = new WeakMap<ArgumentGraph, SupportOrder>();

/** Rank of a vertex in the map: nodes in file order, then inferences. */
export function mapRank(v: Vertex, nodeCount: number): number {
  return v.type === 'node' ? v.index : nodeCount + v.index;
}

/**
 * Kahn's algorithm over the support graph. Written here rather than taken from graphology-dag because
 * its topologicalSort throws on the first cycle, and the rules need the acyclic part ordered and the
 * cycles named. Vertices are seeded in map order, so the order is deterministic.
 */
export function supportOrder(g: ArgumentGraph): SupportOrder {
  const hit = cache.get(g);
  if (hit) return hit;
  const s = supportGraph(g);
  const indeg = new Map<string, number>();
  const queue: string[] = [];
  s.forEachNode((key) => {
    const d = s.inDegree(key);
    indeg.set(key, d);
    if (d === 0) queue.push(key);
  });
  for (let head = 0; head < queue.length; head++) {
    s.forEachOutNeighbor(queue[head]!, (next) => {
      const d = indeg.get(next)! - 1;
      indeg.set(next, d);
      if (d === 0) queue.push(next);
    });
  }
  const cyclic = new Set<string>();
  if (queue.length < s.order) s.forEachNode((key) => void (indeg.get(key)! > 0 && cyclic.add(key)));
  const result: SupportOrder = { order: queue, cyclic, cycles: cyclic.size > 0 ? findCycles(s, cyclic) : [] };
  cache.set(g, result);
  return result;
}

/** One shortest cycle per strongly connected component of the left-over vertices. */
function findCycles(s: SupportGraph, left: Set<string>): string[][] {
  const sub = new DirectedGraph<Vertex>();
  for (const key of left) sub.addNode(key, s.getNodeAttributes(key));
  for (const key of left) s.forEachOutNeighbor(key, (next) => void (left.has(next) && sub.mergeEdge(key, next)));
  const nodeCount = countNodes(s);
  const rank = (key: string) => mapRank(s.getNodeAttributes(key), nodeCount);
  const cycles: string[][] = [];
  for (const component of stronglyConnectedComponents(sub)) {
    if (component.length < 2) continue;
    const members = new Set(component);
    const start = component.reduce((a, b) => (rank(a) <= rank(b) ? a : b));
    const inner = new DirectedGraph<Vertex>();
    for (const key of component) inner.addNode(key);
    for (const key of component) sub.forEachOutNeighbor(key, (next) => void (members.has(next) && inner.mergeEdge(key, next)));
    let best: string[] | undefined;
    const successors = inner.outNeighbors(start).sort((a, b) => rank(a) - rank(b));
    for (const next of successors) {
      const path = bidirectional(inner, next, start);
      if (path && (!best || path.length + 1 < best.length)) best = [start, ...path.slice(0, -1)];
    }
    if (best) cycles.push(best);
  }
  return cycles.sort((a, b) => rank(a[0]!) - rank(b[0]!));
}

function countNodes(s: SupportGraph): number {
  let n = 0;
  s.forEachNode((_k, v) => void (v.type === 'node' && n++));
  return n;
}
