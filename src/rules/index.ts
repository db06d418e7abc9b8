import type { LoadedMap } from '../io/load.js';
import type { SourceText } from '../io/sources.js';
import type { Finding, Rule, RuleContext } from './rule.js';
import { createContext } from './context.js';
import { quoteNotInSource } from './quote-not-in-source.js';
import { uncoveredLocator } from './uncovered-locator.js';
import { unsupportedConclusion } from './unsupported-conclusion.js';
import { circularSupport } from './circular-support.js';
import { orphanNode } from './orphan-node.js';
import { loadBearingPremise } from './load-bearing-premise.js';
import { singlePointOfEvidence } from './single-point-of-evidence.js';
import { explicitContradiction } from './explicit-contradiction.js';
import { datedFactConflict } from './dated-fact-conflict.js';
import { undatedRelativeEvent } from './undated-relative-event.js';
import { unacceptedClaim } from './unaccepted-claim.js';
import { supportsBothSides } from './supports-both-sides.js';
import { unhedgedJudgement } from './unhedged-judgement.js';
import { mixedYardstick } from './mixed-yardstick.js';
import { hedgeBandMismatch } from './hedge-band-mismatch.js';
import { overconfidentConclusion } from './overconfident-conclusion.js';
import { absenceOfEvidence } from './absence-of-evidence.js';
import { borrowedSupport } from './borrowed-support.js';

export type { Finding, Rule, RuleContext, Report } from './rule.js';
export { createContext } from './context.js';

/** Every rule, grouped as `argmap rules` lists them: provenance, support, contradiction, hedging. */
export const RULES: readonly Rule[] = [
  quoteNotInSource,
  uncoveredLocator,
  unsupportedConclusion,
  circularSupport,
  orphanNode,
  loadBearingPremise,
  singlePointOfEvidence,
  borrowedSupport,
  explicitContradiction,
  datedFactConflict,
  undatedRelativeEvent,
  unacceptedClaim,
  supportsBothSides,
  unhedgedJudgement,
  mixedYardstick,
  hedgeBandMismatch,
  overconfidentConclusion,
  absenceOfEvidence,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Runs one rule and turns its reports into located findings. */
export function runRule(rule: Rule, ctx: RuleContext): Finding[] {
  const { loaded } = ctx;
  const locate = loaded.locate;
  return rule.check(ctx).map((r) => {
    const path = r.at ?? defaultPath(ctx, r.nodes[0]);
    const position = (path && locate(path)) ?? { line: 1, column: 1 };
    return { rule: rule.id, severity: rule.severity, message: r.message, nodes: r.nodes, location: { file: loaded.file, line: position.line, column: position.column } };
  });
}

function defaultPath(ctx: RuleContext, id: string | undefined): (string | number)[] | undefined {
  const v = id === undefined ? undefined : ctx.support.vertex.get(id);
  if (v === undefined) return undefined;
  const { nodeCount } = ctx.support;
  return v < nodeCount ? ['nodes', v] : ['inferences', v - nodeCount];
}

export interface CheckOptions {
  /** Rules to run (default all). */
  rules?: readonly Rule[];
  /** Source texts; without them the rules that need them are skipped. */
  sources?: Map<string, SourceText>;
}

/** Runs the rules on a loaded map; findings sorted by position, then rule, then message. */
export function checkMap(loaded: LoadedMap, options: CheckOptions = {}): Finding[] {
  const ctx = createContext(loaded, options.sources);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    if (rule.needsSources && !ctx.sources) continue;
    for (const f of runRule(rule, ctx)) findings.push(f);
  }
  return sortFindings(findings);
}

export function sortFindings(findings: Finding[]): Finding[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return findings.sort(
    (a, b) =>
      cmp(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      cmp(a.rule, b.rule) ||
      cmp(a.message, b.message),
  );
}
