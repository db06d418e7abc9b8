import graphology from 'graphology';
import type { MultiDirectedGraph as MultiDirectedGraphType, DirectedGraph as DirectedGraphType } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import type { ArgumentMap, Inference, Node, Relation, RelationType } from '../model/types.js';

// graphology is CommonJS; under nodenext its classes hang off the default export.
const { MultiDirectedGraph, DirectedGraph } = graphology as unknown as {
  MultiDirectedGraph: typeof MultiDirectedGraphType;
  DirectedGraph: typeof DirectedGraphType;
};

/** A vertex of the argument graph: a map node, or an inference drawn as its own vertex so it can be undercut. */
export type Vertex = { type: 'node'; node: Node; index: number } | { type: 'inference'; inference: Inference; index: number };

/**
 * Edge types: `premise` runs premise → inference, `conclusion` runs inference → conclusion
 * (so support flows along edge direction); the rest are the map's relations, from → to.
 */
export type EdgeType = 'premise' | 'conclusion' | RelationType;

export interface Link {
  type: EdgeType;
  /** Index of the relation in `map.relations`, or of the inference for support edges. */
  index: number;
  relation?: Relation;
}

export type ArgumentGraph = MultiDirectedGraphType<Vertex, Link>;
/** Support edges only: premise → inference → conclusion. */
export type SupportGraph = DirectedGraphType<Vertex>;

type NodeDataClass = new (key: string, attributes: unknown) => { clear(): void; in: object; out: object };

/**
 * graphology 0.26 keeps each vertex's neighbours in plain objects keyed by the neighbour's id, so an id
 * such as `constructor` or `toString` finds a function of Object.prototype there: adding an edge to it
 * writes onto the global `Object` and later lookups crash. Ids are the map author's text, so every graph
 * built here gets neighbour tables without a prototype (through graphology's per-graph NodeDataClass).
 */
function withSafeNeighbours<G extends object>(g: G): G {
  const internal = g as unknown as { NodeDataClass: NodeDataClass };
  const Base = internal.NodeDataClass;
  internal.NodeDataClass = class extends Base {
    override clear() {
      super.clear();
      this.in = Object.create(null) as object;
      this.out = Object.create(null) as object;
    }
  };
  return g;
}

/** Builds the full typed graph of a (valid) map. */
export function buildGraph(map: ArgumentMap): ArgumentGraph {
  const g: ArgumentGraph = withSafeNeighbours(new MultiDirectedGraph<Vertex, Link>());
  map.nodes.forEach((node, index) => g.addNode(node.id, { type: 'node', node, index }));
  (map.inferences ?? []).forEach((inference, index) => {
    g.addNode(inference.id, { type: 'inference', inference, index });
    for (const p of inference.premises) g.addDirectedEdge(p, inference.id, { type: 'premise', index });
    g.addDirectedEdge(inference.id, inference.conclusion, { type: 'conclusion', index });
  });
  (map.relations ?? []).forEach((relation, index) => {
    g.addDirectedEdge(relation.from, relation.to, { type: relation.type, index, relation });
  });
  return g;
}

const supportCache = new WeakMap<ArgumentGraph, SupportGraph>();

/** The support skeleton of the graph (premise and conclusion edges only), built once per graph. */
export function supportGraph(g: ArgumentGraph): SupportGraph {
  let s = supportCache.get(g);
  if (s) return s;
  s = withSafeNeighbours(new DirectedGraph<Vertex>());
  const sg = s;
  g.forEachNode((key, attrs) => sg.addNode(key, attrs));
  g.forEachEdge((_e, attrs, source, target) => {
    if (attrs.type === 'premise' || attrs.type === 'conclusion') sg.mergeEdge(source, target);
  });
  supportCache.set(g, s);
  return s;
}

function closure(g: ArgumentGraph, id: string, mode: 'in' | 'out'): Set<string> {
  const s = supportGraph(g);
  const out = new Set<string>();
  if (!s.hasNode(id)) return out;
  bfsFromNode(
    s,
    id,
    (key) => {
      if (key !== id) out.add(key);
    },
    { mode },
  );
  return out;
}

/** Everything `id` rests on, transitively through inferences (node and inference ids). */
export function restsOn(g: ArgumentGraph, id: string): Set<string> {
  return closure(g, id, 'in');
}

/** Everything that rests on `id`, transitively (node and inference ids). */
export function supportedBy(g: ArgumentGraph, id: string): Set<string> {
  return closure(g, id, 'out');
}

/** The map node behind a vertex id, if it is a node and not an inference. */
export function nodeOf(g: ArgumentGraph, id: string): Node | undefined {
  const v = g.getNodeAttributes(id);
  return v.type === 'node' ? v.node : undefined;
}

/** Inferences whose conclusion is `id`. */
export function inferencesFor(g: ArgumentGraph, id: string): Inference[] {
  const out: Inference[] = [];
  g.forEachInEdge(id, (_e, attrs, source) => {
    if (attrs.type === 'conclusion') {
      const v = g.getNodeAttributes(source);
      if (v.type === 'inference') out.push(v.inference);
    }
  });
  return out;
}
