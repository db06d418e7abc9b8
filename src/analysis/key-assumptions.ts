/**
 * A Key Assumptions Check (Heuer and Pherson, Structured Analytic Techniques, ch. 8): for each
 * conclusion, the nodes every line of its support passes through, with what holds each up, what would
 * undermine it, and where an ACH matrix rates it.
 */
import type { ArgumentMap, Node } from '../model/types.js';
import { supportIndex } from '../graph/support-index.js';
import { supportDominators } from './dominators.js';

export interface KeyAssumption {
  id: string;
  text: string;
  kind: Node['kind'];
  /** Stated in the text, or implicit: added by the analyst. */
  status: 'stated' | 'implicit';
  /** The inferences that support it, each with its premises. */
  supportedBy: { inference: string; premises: string[] }[];
  /** What would undermine it: nodes that attack or contradict it, and undercutters of its inferences. */
  underminedBy: { node: string; how: 'attacks' | 'contradicts' | 'undercuts'; inference?: string }[];
  /** Hypothesis sets that rate it as a row. */
  rowIn: string[];
}

export interface ConclusionAssumptions {
  conclusion: string;
  text: string;
  assumptions: KeyAssumption[];
}

/**
 * Every conclusion's key assumptions. A dominating node is needed; a dominating inference needs all its
 * linked premises; and whatever every line of a needed node's support passes through is needed in
 * turn, so linked premises are expanded to any depth.
 */
export function keyAssumptions(map: ArgumentMap): ConclusionAssumptions[] {
  const s = supportIndex(map);
  const dom = supportDominators(map);
  const inferences = map.inferences ?? [];
  const nodeOf = new Map(map.nodes.map((n) => [n.id, n]));
  const out: ConclusionAssumptions[] = [];
  map.nodes.forEach((conclusion, v) => {
    if (conclusion.kind !== 'conclusion') return;
    const needed: string[] = [];
    const seen = new Set<string>([conclusion.id]);
    const queue: number[] = [v];
    const need = (id: string) => {
      if (seen.has(id) || !nodeOf.has(id)) return;
      seen.add(id);
      needed.push(id);
      queue.push(s.vertex.get(id)!);
    };
    while (queue.length > 0) {
      for (const d of dom.dominatorsOf(queue.shift()!)) {
        if (d >= s.nodeCount) inferences[d - s.nodeCount]!.premises.forEach(need);
        else need(s.ids[d]!);
      }
    }
    if (needed.length > 0) out.push({ conclusion: conclusion.id, text: conclusion.text, assumptions: needed.map((id) => describe(map, nodeOf.get(id)!)) });
  });
  return out;
}

function describe(map: ArgumentMap, node: Node): KeyAssumption {
  const into = (map.inferences ?? []).filter((i) => i.conclusion === node.id);
  const intoIds = new Set(into.map((i) => i.id));
  const underminedBy: KeyAssumption['underminedBy'] = [];
  for (const r of map.relations ?? []) {
    if ((r.type === 'attacks' || r.type === 'contradicts') && r.to === node.id) underminedBy.push({ node: r.from, how: r.type });
    else if (r.type === 'contradicts' && r.from === node.id) underminedBy.push({ node: r.to, how: 'contradicts' });
    else if (r.type === 'undercuts' && intoIds.has(r.to)) underminedBy.push({ node: r.from, how: 'undercuts', inference: r.to });
  }
  return {
    id: node.id,
    text: node.text,
    kind: node.kind,
    status: node.analyst ? 'implicit' : 'stated',
    supportedBy: into.map((i) => ({ inference: i.id, premises: [...i.premises] })),
    underminedBy,
    rowIn: (map.hypothesisSets ?? []).filter((set) => set.evidence?.includes(node.id)).map((set) => set.id),
  };
}
