import type { Node } from '../model/types.js';
import type { LoadedMap } from '../io/load.js';
import type { SourceText } from '../io/sources.js';
import { buildGraph, type ArgumentGraph } from '../graph/argument-graph.js';
import { supportIndex } from '../graph/support-index.js';
import { supportOrder } from '../graph/support-order.js';
import { attackFramework } from '../graph/attack-framework.js';
import { grounded, type Label } from '../analysis/dung.js';
import { computeCoverage, type CoverageReport } from '../analysis/coverage.js';
import type { EstimativeMatch } from '../analysis/estimative-language.js';
import { DEFAULT_WEIGHTS, nodePhrases, supportStrength, type StrengthWeights } from '../analysis/support-strength.js';
import { supportDominators } from '../analysis/dominators.js';
import { analyseDates, type DateAnalysis } from '../analysis/dated-facts.js';
import type { RuleContext } from './rule.js';

const ASSERTED_KINDS = new Set<Node['kind']>(['claim', 'evidence', 'premise', 'conclusion']);

/**
 * Whether the map's main author asserts a node. Claims, evidence, premises and conclusions are
 * asserted; hypotheses are entertained, not asserted, and predictions in an assessment are
 * conditional on the judgement that predicts them, so neither counts. Nodes the analyst added
 * (`analyst: true`) are the analyst's reading, not the author's words. Nodes by another author (the
 * editors' footnotes) are not the main author's: the main author is the first entry of `authors` with
 * role `author`, else the first entry, and a node without `author` is theirs.
 */
export function isAuthorAssertion(node: Node, mainAuthor: string | undefined): boolean {
  if (!ASSERTED_KINDS.has(node.kind) || node.analyst) return false;
  return node.author === undefined || node.author === mainAuthor;
}

export function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}

/** Builds the context the rules share; every analysis runs on first use and only once. */
export function createContext(loaded: LoadedMap, sources?: Map<string, SourceText>): RuleContext {
  const { map } = loaded;
  const support = supportIndex(map);
  let graph: ArgumentGraph | undefined;
  const authors = map.authors ?? [];
  const mainAuthor = (authors.find((a) => a.role === 'author') ?? authors[0])?.id;
  const once = <T>(f: () => T): (() => T) => {
    let done = false;
    let value: T;
    return () => {
      if (!done) {
        value = f();
        done = true;
      }
      return value;
    };
  };
  const phraseCache = new WeakMap<Node, EstimativeMatch[]>();
  const node = (id: string): Node | undefined => {
    const v = support.vertex.get(id);
    return v !== undefined && v < support.nodeCount ? map.nodes[v] : undefined;
  };
  const phrases = (n: Node): EstimativeMatch[] => {
    let m = phraseCache.get(n);
    if (!m) phraseCache.set(n, (m = nodePhrases(n)));
    return m;
  };
  return {
    loaded,
    map,
    get graph() {
      return (graph ??= buildGraph(map));
    },
    support,
    sources: sources && sources.size > 0 ? sources : undefined,
    node,
    label(id) {
      const n = node(id);
      return n ? `${id} ("${shortText(n.text)}")` : `inference ${id}`;
    },
    asserted: (n) => isAuthorAssertion(n, mainAuthor),
    authorsOwn: (n) => !n.analyst && (n.author === undefined || n.author === mainAuthor),
    supportOrder: once(() => supportOrder(map)),
    strength: (weights: StrengthWeights = DEFAULT_WEIGHTS) => supportStrength(map, phrases, weights),
    dominators: once(() => supportDominators(map)),
    grounded: once((): Map<string, Label> => grounded(attackFramework(map)).labels),
    coverage: once((): CoverageReport | undefined => (sources && sources.size > 0 ? computeCoverage(loaded, sources) : undefined)),
    phrases,
    dates: once((): DateAnalysis => analyseDates(map)),
  };
}
