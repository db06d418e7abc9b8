import type { LoadedMap } from '../io/load.js';
import type { SourceText } from '../io/sources.js';
import { formatMessage, type Finding, type Rule, type RuleContext, type RuleSetting } from './rule.js';
import { createContext } from './context.js';
import { quoteNotInSource } from './quote-not-in-source.js';
import { uncoveredLocator } from './uncovered-locator.js';
import { unsupportedConclusion } from './unsupported-conclusion.js';
import { circularSupport } from './circular-support.js';
import { orphanNode } from './orphan-node.js';
import { loadBearingPremise } from './load-bearing-premise.js';
import { singlePointOfEvidence } from './single-point-of-evidence.js';
import { explicitContradiction } from './explicit-contradiction.js';
import { contradictionAcrossAuthors } from './contradiction-across-authors.js';
import { datedFactConflict } from './dated-fact-conflict.js';
import { factConflict } from './fact-conflict.js';
import { undatedRelativeEvent } from './undated-relative-event.js';
import { unacceptedClaim } from './unaccepted-claim.js';
import { supportsBothSides } from './supports-both-sides.js';
import { unhedgedJudgement } from './unhedged-judgement.js';
import { mixedYardstick } from './mixed-yardstick.js';
import { hedgeBandMismatch } from './hedge-band-mismatch.js';
import { inconsistentBand } from './inconsistent-band.js';
import { overconfidentConclusion } from './overconfident-conclusion.js';
import { absenceOfEvidence } from './absence-of-evidence.js';
import { borrowedSupport } from './borrowed-support.js';
import { noInconsistency } from './no-inconsistency.js';
import { unreviewedDraft } from './unreviewed-draft.js';
import { overlappingHypotheses } from './overlapping-hypotheses.js';
import { judgementAsEvidence } from './judgement-as-evidence.js';
import { hindsightRating } from './hindsight-rating.js';
import { applySuppressions } from './suppress.js';

export type { Finding, MessageData, Rule, RuleContext, RuleMeta, RuleSetting, Report } from './rule.js';
export { formatMessage } from './rule.js';
export { SUPPRESSION_RULES } from './suppress.js';
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
  contradictionAcrossAuthors,
  datedFactConflict,
  factConflict,
  undatedRelativeEvent,
  unacceptedClaim,
  supportsBothSides,
  unhedgedJudgement,
  mixedYardstick,
  hedgeBandMismatch,
  inconsistentBand,
  overconfidentConclusion,
  absenceOfEvidence,
  overlappingHypotheses,
  noInconsistency,
  judgementAsEvidence,
  hindsightRating,
  unreviewedDraft,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/** Runs one rule and turns its reports into located findings. */
export function runRule(rule: Rule, ctx: RuleContext, setting?: RuleSetting): Finding[] {
  const { loaded } = ctx;
  const locate = loaded.locate;
  const { meta } = rule;
  const severity = setting && setting.severity !== 'off' ? setting.severity : meta.severity;
  return rule.check(ctx, setting?.options ?? meta.defaults).map((r) => {
    const path = r.at ?? defaultPath(ctx, r.nodes[0]);
    const position = (path && locate(path)) ?? { line: 1, column: 1 };
    const template = meta.messages[r.messageId];
    if (template === undefined) throw new Error(`rule ${meta.id} reported message ${r.messageId}, which its meta does not define`);
    const data = r.data ?? {};
    const location = { file: loaded.file, line: position.line, column: position.column };
    return { rule: meta.id, severity, messageId: r.messageId, data, message: formatMessage(template, data), nodes: r.nodes, location };
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
  /** Severity and options by rule id (from a config file); a rule not named runs with its defaults. */
  settings?: ReadonlyMap<string, RuleSetting>;
  /** Source texts; without them the rules that need them are skipped. */
  sources?: Map<string, SourceText>;
  /** Called before each rule runs, with its id, how many ran before it and how many will run in all. */
  onRule?: (rule: string, done: number, total: number) => void;
}

/**
 * Runs the rules on a loaded map, then applies the nodes' `suppress` entries (suppressed findings stay
 * in the list, marked); findings sorted by position, then rule, then message.
 */
export function checkMap(loaded: LoadedMap, options: CheckOptions = {}): Finding[] {
  const ctx = createContext(loaded, options.sources);
  const findings: Finding[] = [];
  const ran = new Set<string>();
  const due = (options.rules ?? RULES).filter((rule) => !(rule.needsSources && !ctx.sources) && options.settings?.get(rule.meta.id)?.severity !== 'off');
  for (const rule of due) {
    options.onRule?.(rule.meta.id, ran.size, due.length);
    ran.add(rule.meta.id);
    for (const f of runRule(rule, ctx, options.settings?.get(rule.meta.id))) findings.push(f);
  }
  const known = new Set(RULES.map((r) => r.meta.id));
  return sortFindings(applySuppressions(ctx, findings, { known, ran, settings: options.settings }));
}

export function sortFindings(findings: Finding[]): Finding[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return findings.sort(
    (a, b) =>
      cmp(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || cmp(a.rule, b.rule) || cmp(a.message, b.message),
  );
}
