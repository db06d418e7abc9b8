import type { ArgumentMap, Node } from '../model/types.js';
import type { Severity } from '../io/diagnostics.js';
import type { PathStep } from '../io/parse.js';
import type { LoadedMap } from '../io/load.js';
import type { SourceText } from '../io/sources.js';
import type { ArgumentGraph } from '../graph/argument-graph.js';
import type { SupportOrder } from '../graph/support-order.js';
import type { Label } from '../analysis/dung.js';
import type { CoverageReport } from '../analysis/coverage.js';
import type { EstimativeMatch } from '../analysis/estimative-language.js';
import type { Strengths } from '../analysis/support-strength.js';
import type { SupportIndex } from '../graph/support-index.js';
import type { SupportDominators } from '../analysis/dominators.js';
import type { DateAnalysis } from '../analysis/dated-facts.js';

export type { Severity };

export type { Finding } from '../model/findings.js';

/** What a rule reports; the runner adds the rule id, severity and file position. */
export interface Report {
  message: string;
  nodes: string[];
  /** Where in the map file the finding points; by default the first node's (or inference's) entry. */
  at?: readonly PathStep[];
}

/** What every rule may read. Shared analyses are computed on first use and then kept for the run. */
export interface RuleContext {
  loaded: LoadedMap;
  map: ArgumentMap;
  /** The full typed graphology graph, built on first use (the rules below need only `support`). */
  readonly graph: ArgumentGraph;
  /** Support as integer arrays: nodes 0..nodeCount-1 in file order, then inferences. */
  support: SupportIndex;
  /** Source texts of the map's documents; undefined when the map names none or they were not read. */
  sources: Map<string, SourceText> | undefined;
  node(id: string): Node | undefined;
  /** "id (“short text”)" for messages; inferences as "inference id". */
  label(id: string): string;
  /** True for a node the map's main author asserts (see `isAuthorAssertion` in context.ts). */
  asserted(node: Node): boolean;
  /** True for a node in the main author's words: not analyst-added, not another author's (editors' notes). */
  authorsOwn(node: Node): boolean;
  supportOrder(): SupportOrder;
  strength(): Strengths;
  dominators(): SupportDominators;
  grounded(): Map<string, Label>;
  coverage(): CoverageReport | undefined;
  /** Estimative phrases of a node: its hedge phrases, or what the lexicon finds in its quote or text. */
  phrases(node: Node): EstimativeMatch[];
  dates(): DateAnalysis;
}

/** A check, ESLint-style. Adding one: a file in src/rules/ and a line in src/rules/index.ts. */
export interface Rule {
  id: string;
  severity: Severity;
  /** One line, for `argmap rules`. */
  description: string;
  /** The method and its source (ICD 203, Heuer, Schum, ...). */
  docs?: string;
  /** True when the rule reads source texts; such rules quietly skip maps without `documents`. */
  needsSources?: boolean;
  check(ctx: RuleContext): Report[];
}
