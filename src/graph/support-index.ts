import type { ArgumentMap } from '../model/types.js';
import type { Csr } from './algorithms/csr.js';
import { idIndex } from '../io/id-index.js';

/**
 * The support structure of a map as integer arrays: vertices 0..nodeCount-1 are the map's nodes in file
 * order, nodeCount.. its inferences in file order. Hand-written rather than read off the graphology
 * graph because the rules walk support several times per run and, on 100k-node maps, graphology's
 * per-edge objects and string keys cost more in allocation and garbage collection than the whole of
 * the checking; these arrays are built in one pass over the map and allocate a handful of typed arrays.
 */
export interface SupportIndex {
  ids: string[];
  nodeCount: number;
  vertex: Map<string, number>;
  /** Premises of inference k (vertex nodeCount + k): premise[premiseStart[k] .. premiseStart[k+1]). */
  premiseStart: Int32Array;
  premise: Int32Array;
  /** Conclusion (a node vertex) of inference k. */
  conclusion: Int32Array;
  /** Inferences (as k, not vertex) concluding node v: supportedBy[supportStart[v] .. supportStart[v+1]). */
  supportStart: Int32Array;
  supportedBy: Int32Array;
  /** Inferences (as k) using node v as a premise: usedBy[useStart[v] .. useStart[v+1]). */
  useStart: Int32Array;
  usedBy: Int32Array;
}

const cache = new WeakMap<ArgumentMap, SupportIndex>();

export function supportIndex(map: ArgumentMap): SupportIndex {
  const hit = cache.get(map);
  if (hit) return hit;
  const inferences = map.inferences ?? [];
  // Ids are numbered, and premises and conclusions resolved, once for the map by the loader's reference check.
  const { nodeCount, vertex, premiseStart, premise, conclusion } = idIndex(map);
  const ids: string[] = [];
  for (const n of map.nodes) ids.push(n.id);
  for (const inf of inferences) ids.push(inf.id);
  const supportStart = new Int32Array(nodeCount + 1);
  const useStart = new Int32Array(nodeCount + 1);
  // Only a map that failed its reference check has an id that is not defined (-1): it counts nowhere.
  for (let a = 0; a < premise.length; a++) if (premise[a]! >= 0) useStart[premise[a]! + 1]!++;
  for (let k = 0; k < conclusion.length; k++) if (conclusion[k]! >= 0) supportStart[conclusion[k]! + 1]!++;
  for (let v = 0; v < nodeCount; v++) {
    supportStart[v + 1]! += supportStart[v]!;
    useStart[v + 1]! += useStart[v]!;
  }
  const supportedBy = new Int32Array(supportStart[nodeCount]!);
  const usedBy = new Int32Array(useStart[nodeCount]!);
  const sFill = supportStart.slice(0, nodeCount);
  const uFill = useStart.slice(0, nodeCount);
  for (let k = 0; k < inferences.length; k++) {
    if (conclusion[k]! >= 0) supportedBy[sFill[conclusion[k]!]!++] = k;
    for (let a = premiseStart[k]!; a < premiseStart[k + 1]!; a++) if (premise[a]! >= 0) usedBy[uFill[premise[a]!]!++] = k;
  }
  const index: SupportIndex = { ids, nodeCount, vertex, premiseStart, premise, conclusion, supportStart, supportedBy, useStart, usedBy };
  cache.set(map, index);
  return index;
}

/** Calls `f` for each vertex that `v` supports directly (node → inference, inference → its conclusion). */
export function forEachSupported(s: SupportIndex, v: number, f: (w: number) => void): void {
  if (v >= s.nodeCount) f(s.conclusion[v - s.nodeCount]!);
  else for (let a = s.useStart[v]!; a < s.useStart[v + 1]!; a++) f(s.nodeCount + s.usedBy[a]!);
}

/**
 * Every vertex reached from `v` by repeated `step`s (forEachSupporter: what it rests on; forEachSupported: what
 * rests on it), `v` itself left out, in the order first reached.
 */
export function reachFrom(s: SupportIndex, v: number, step: (s: SupportIndex, v: number, f: (w: number) => void) => void): number[] {
  const seen = new Set<number>([v]);
  const queue = [v];
  for (let head = 0; head < queue.length; head++) {
    step(s, queue[head]!, (w) => {
      if (seen.has(w)) return;
      seen.add(w);
      queue.push(w);
    });
  }
  return queue.slice(1);
}

/** Calls `f` for each vertex that supports `v` directly (premises of an inference, inferences of a node). */
export function forEachSupporter(s: SupportIndex, v: number, f: (w: number) => void): void {
  if (v >= s.nodeCount) {
    const k = v - s.nodeCount;
    for (let a = s.premiseStart[k]!; a < s.premiseStart[k + 1]!; a++) f(s.premise[a]!);
  } else for (let a = s.supportStart[v]!; a < s.supportStart[v + 1]!; a++) f(s.nodeCount + s.supportedBy[a]!);
}

/** How many vertices support `v` directly (with repeats, if an inference lists a premise twice). */
export function supporterCount(s: SupportIndex, v: number): number {
  if (v >= s.nodeCount) return s.premiseStart[v - s.nodeCount + 1]! - s.premiseStart[v - s.nodeCount]!;
  return s.supportStart[v + 1]! - s.supportStart[v]!;
}

const successorCache = new WeakMap<SupportIndex, Csr>();

/** Support as a Csr (node → the inferences using it, inference → its conclusion), for the generic algorithms. */
export function supportSuccessors(s: SupportIndex): Csr {
  const hit = successorCache.get(s);
  if (hit) return hit;
  const k = s.conclusion.length;
  const uses = s.usedBy.length;
  const start = new Int32Array(s.nodeCount + k + 1);
  start.set(s.useStart);
  for (let i = 1; i <= k; i++) start[s.nodeCount + i] = uses + i;
  const succ = new Int32Array(uses + k);
  for (let a = 0; a < uses; a++) succ[a] = s.nodeCount + s.usedBy[a]!;
  succ.set(s.conclusion, uses);
  const g = { start, succ };
  successorCache.set(s, g);
  return g;
}
