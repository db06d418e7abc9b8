import type { ArgumentMap } from '../model/types.js';

/**
 * Every node and inference id of a map numbered once, for the reference check and every later pass: nodes
 * 0..nodeCount-1 in file order, then inferences (nodeCount + k), the numbering of graph/support-index.ts.
 * On a million-node map the reference check and the support index each built this map of 1.4 million
 * strings and each looked every premise up again; now the loader's pass serves both.
 */
export interface IdIndex {
  nodeCount: number;
  /** Each id's number where it is first defined. */
  vertex: Map<string, number>;
  /** Ids defined again, in file order (nodes, then inferences): where, and the number of the first definition. */
  duplicates: { list: 'nodes' | 'inferences'; index: number; prior: number }[];
  /** Premises of inference k as numbers: premise[premiseStart[k] .. premiseStart[k+1]); -1 for an id not defined. */
  premiseStart: Int32Array;
  premise: Int32Array;
  /** Conclusion of inference k as a number; -1 for an id not defined. */
  conclusion: Int32Array;
}

interface Cached {
  nodes: unknown[];
  inferences: unknown[] | undefined;
  nodeCount: number;
  inferenceCount: number;
  index: IdIndex;
}

const cache = new WeakMap<ArgumentMap, Cached>();

/** The id index of a map, built once per map (and again if its node or inference list was replaced or grew). */
export function idIndex(map: ArgumentMap): IdIndex {
  const inferences = map.inferences ?? [];
  const hit = cache.get(map);
  if (hit && hit.nodes === map.nodes && hit.nodeCount === map.nodes.length && hit.inferences === map.inferences && hit.inferenceCount === inferences.length) return hit.index;
  const nodeCount = map.nodes.length;
  const { vertex, duplicates } = numberIds(map.nodes, inferences);
  const premiseStart = new Int32Array(inferences.length + 1);
  for (let k = 0; k < inferences.length; k++) premiseStart[k + 1] = premiseStart[k]! + inferences[k]!.premises.length;
  const premise = new Int32Array(premiseStart[inferences.length]!);
  const conclusion = new Int32Array(inferences.length);
  for (let k = 0, at = 0; k < inferences.length; k++) {
    const inf = inferences[k]!;
    for (const p of inf.premises) premise[at++] = vertex.get(p) ?? -1;
    conclusion[k] = vertex.get(inf.conclusion) ?? -1;
  }
  const index: IdIndex = { nodeCount, vertex, duplicates, premiseStart, premise, conclusion };
  cache.set(map, { nodes: map.nodes, inferences: map.inferences, nodeCount, inferenceCount: inferences.length, index });
  return index;
}

/**
 * Each id's number where it is first defined, and the ids defined again. Ids are set once each, with no test
 * first: on a million-node map the test doubled the cost of the map of 1.4 million strings. A map that did not
 * grow on some id had a duplicate, and only then are the ids numbered again, each tested before it is set.
 */
function numberIds(nodes: readonly { id: string }[], inferences: readonly { id: string }[]): Pick<IdIndex, 'vertex' | 'duplicates'> {
  const nodeCount = nodes.length;
  const fast = new Map<string, number>();
  for (let i = 0; i < nodeCount; i++) fast.set(nodes[i]!.id, i);
  for (let k = 0; k < inferences.length; k++) fast.set(inferences[k]!.id, nodeCount + k);
  if (fast.size === nodeCount + inferences.length) return { vertex: fast, duplicates: [] };
  const vertex = new Map<string, number>();
  const duplicates: IdIndex['duplicates'] = [];
  for (let i = 0; i < nodeCount; i++) {
    const id = nodes[i]!.id;
    const prior = vertex.get(id);
    if (prior === undefined) vertex.set(id, i);
    else duplicates.push({ list: 'nodes', index: i, prior });
  }
  for (let k = 0; k < inferences.length; k++) {
    const id = inferences[k]!.id;
    const prior = vertex.get(id);
    if (prior === undefined) vertex.set(id, nodeCount + k);
    else duplicates.push({ list: 'inferences', index: k, prior });
  }
  return { vertex, duplicates };
}
