import type { ArgumentMap, Node } from '../model/types.js';
import type { MessageData } from '../model/findings.js';
import type { Severity } from '../io/diagnostics.js';
import type { PathStep } from '../io/parse.js';
import type { LoadedMap } from '../io/load.js';
import type { SourceText } from '../io/sources.js';
import type { ArgumentGraph } from '../graph/argument-graph.js';
import type { SupportOrder } from '../graph/support-order.js';
import type { CoverageReport } from '../analysis/coverage.js';
import type { EstimativeMatch } from '../analysis/estimative-language.js';
import type { StrengthWeights, Strengths } from '../analysis/support-strength.js';
import type { SupportIndex } from '../graph/support-index.js';
import type { DateAnalysis } from '../analysis/dated-facts.js';

export type { Severity };

export type { Finding, MessageData } from '../model/findings.js';

/** What a rule reports; the runner adds the rule id, severity, message text and file position. */
export interface Report {
  messageId: string;
  data?: MessageData;
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
  /**
   * The label of node number `v` (its place in `map.nodes`), as `label` gives it. A rule walking the node list
   * has the number at hand: looking the id up again in the map of every id cost a second over the findings of
   * a million-node map.
   */
  nodeLabel(v: number): string;
  /** One claim said several times (`restates`), labelled as such: `a ("…"), restated as b ("…")`. */
  restatedLabel(ids: readonly string[]): string;
  /** True for a node the map's main author asserts (see `isAuthorAssertion` in context.ts). */
  asserted(node: Node): boolean;
  /** True for a node in the main author's words: not analyst-added, not another author's (editors' notes). */
  authorsOwn(node: Node): boolean;
  supportOrder(): SupportOrder;
  /** Stated and supported strength, with the default weights or those given (kept per weights for the run). */
  strength(weights?: StrengthWeights): Strengths;
  /** The grounded label of every vertex (SupportIndex numbers): dung-core's IN, OUT or UNDEC. */
  grounded(): Uint8Array;
  coverage(): CoverageReport | undefined;
  /**
   * Estimative phrases of a node: its hedge phrases, or what the lexicon finds in its quote or text. Pass
   * its index in `map.nodes` where the caller has it: kept by index, a lookup costs nothing. Read only.
   */
  phrases(node: Node, v?: number): EstimativeMatch[];
  dates(): DateAnalysis;
}

/** A JSON Schema (draft-07, as ajv reads it) for a rule's options object. */
export type OptionsSchema = Readonly<Record<string, unknown>>;

/** What a rule says about itself: for `argmap rules`, config validation and SARIF's rule list. */
export interface RuleMeta<O extends object> {
  id: string;
  /** The severity the rule reports at unless a config file says otherwise. */
  severity: Severity;
  /** One line, for `argmap rules`. */
  description: string;
  /** The method and its source (ICD 203, Heuer, Schum, ...). */
  docs: string;
  /** Message templates by id; `{{name}}` is filled from the report's data. */
  messages: Readonly<Record<string, string>>;
  /** Options schema (an object schema, no extra keys); absent when the rule takes no options. */
  schema?: OptionsSchema;
  /** The options used where a config passes none; every key the schema names. */
  defaults: O;
}

/** A check, ESLint-style. Adding one: a file in src/rules/ and a line in src/rules/index.ts. */
export interface Rule<O extends object = object> {
  meta: RuleMeta<O>;
  /** True when the rule reads source texts; such rules quietly skip maps without `documents`. */
  needsSources?: boolean;
  /** A method, not a function property, so a Rule<{margin: number}> is still a Rule in RULES. */
  check(ctx: RuleContext, options: O): Report[];
}

/** An options schema: an object with these properties and no others (a misspelt option is an error, not ignored). */
export function optionsSchema(properties: Readonly<Record<string, Readonly<Record<string, unknown>>>>): OptionsSchema {
  return { type: 'object', properties, additionalProperties: false };
}

/** The first `shown` items joined with commas, then "and N more" for the rest. */
export function listShown(items: readonly string[], shown: number): string {
  const more = items.length > shown ? ` and ${items.length - shown} more` : '';
  return items.slice(0, shown).join(', ') + more;
}

/** How one rule runs: at what severity (or not at all) and with which options. */
export interface RuleSetting {
  severity: Severity | 'off';
  options: object;
}

/** A template cut at its placeholders: text, then per placeholder its name, its words as written and the text after it. */
const compiled = new Map<string, string[]>();

function parts(template: string): string[] {
  let cut = compiled.get(template);
  if (cut) return cut;
  cut = [];
  let from = 0;
  for (const m of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
    cut.push(template.slice(from, m.index), m[1]!, m[0]);
    from = m.index + m[0].length;
  }
  cut.push(template.slice(from));
  compiled.set(template, cut);
  return cut;
}

/**
 * Fills `{{name}}` from data; a name the data lacks stays as written, so a template slip shows. Templates
 * are cut once: a regular expression replace per finding cost a second of a million-node check.
 */
export function formatMessage(template: string, data: MessageData): string {
  const cut = parts(template);
  let out = cut[0]!;
  for (let i = 1; i < cut.length; i += 3) out += (Object.hasOwn(data, cut[i]!) ? String(data[cut[i]!]) : cut[i + 1]!) + cut[i + 2]!;
  return out;
}
