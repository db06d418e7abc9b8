import type { Node } from '../model/types.js';
import type { LoadedMap } from '../io/load.js';
import type { SourceText } from '../io/sources.js';
import { buildGraph, type ArgumentGraph } from '../graph/argument-graph.js';
import { supportIndex } from '../graph/support-index.js';
import { supportOrder } from '../graph/support-order.js';
import { attackPairs } from '../graph/attack-framework.js';
import { groundedLabels, indexFramework } from '../analysis/dung-core.js';
import { computeCoverage, type CoverageReport } from '../analysis/coverage.js';
import type { EstimativeMatch } from '../analysis/estimative-language.js';
import { DEFAULT_WEIGHTS, nodePhrases, supportStrength, type StrengthWeights } from '../analysis/support-strength.js';
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
  // Most texts are one line with single spaces: the collapsing replace would hand back the same string.
  const flat = SPACING.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}

/** White space a label would change: anything but a single space between words. */
const SPACING = /[^\S ]| {2}|^ | $/;

/** An array of n holes that stays a plain fast array (`new Array(n)` of a million is a dictionary). */
function filled<T>(n: number): (T | undefined)[] {
  const a: (T | undefined)[] = [];
  for (let i = 0; i < n; i++) a.push(undefined);
  return a;
}

const NO_PHRASES = Object.freeze([]) as unknown as EstimativeMatch[];
/** Most nodes have no phrases: one shared empty list (the rules only read them) saves a million small arrays. */
const orShared = (m: EstimativeMatch[]) => (m.length === 0 ? NO_PHRASES : m);

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
  // Per node, by its place in the list: a million-entry WeakMap cost more than the phrase search it saved.
  let phrasesAt: (EstimativeMatch[] | undefined)[] | undefined;
  const node = (id: string): Node | undefined => {
    const v = support.vertex.get(id);
    return v !== undefined && v < support.nodeCount ? map.nodes[v] : undefined;
  };
  const phrases = (n: Node, v?: number): EstimativeMatch[] => {
    if (v !== undefined && map.nodes[v] === n) {
      phrasesAt ??= filled(support.nodeCount);
      return (phrasesAt[v] ??= orShared(nodePhrases(n)));
    }
    let m = phraseCache.get(n);
    if (!m) phraseCache.set(n, (m = nodePhrases(n)));
    return m;
  };
  // Labels repeat across rules and findings (a node named by five findings): each is made once.
  let labels: (string | undefined)[] | undefined;
  const labelAt = (v: number, id: string): string => {
    labels ??= filled(support.ids.length);
    return (labels[v] ??= v < support.nodeCount ? `${id} ("${shortText(map.nodes[v]!.text)}")` : `inference ${id}`);
  };
  const label = (id: string): string => {
    const v = support.vertex.get(id);
    return v === undefined ? `inference ${id}` : labelAt(v, id);
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
    label,
    nodeLabel: (v) => labelAt(v, map.nodes[v]!.id),
    restatedLabel: (ids) => ids.map(label).join(', restated as '),
    asserted: (n) => isAuthorAssertion(n, mainAuthor),
    authorsOwn: (n) => !n.analyst && (n.author === undefined || n.author === mainAuthor),
    supportOrder: once(() => supportOrder(map)),
    strength: (weights: StrengthWeights = DEFAULT_WEIGHTS) => supportStrength(map, phrases, weights),
    grounded: once((): Uint8Array => {
      const { from, to } = attackPairs(map);
      return groundedLabels(indexFramework(support.ids.length, from, to));
    }),
    coverage: once((): CoverageReport | undefined => (sources && sources.size > 0 ? computeCoverage(loaded, sources) : undefined)),
    phrases,
    dates: once((): DateAnalysis => analyseDates(map)),
  };
}
