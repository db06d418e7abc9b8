import type { PathStep } from '../io/parse.js';
import { formatMessage, type Finding, type MessageData, type RuleContext, type RuleMeta, type RuleSetting } from './rule.js';

const unknownSuppression: RuleMeta<object> = {
  id: 'unknown-suppression',
  severity: 'error',
  description: 'a node suppresses a rule that does not exist',
  docs: 'A `suppress` entry must name a rule `argmap rules` lists. A misspelt id would otherwise silence nothing while looking as if it did, so it is an error, as ESLint treats a disable comment for an undefined rule.',
  messages: { unknown: '{{node}} suppresses "{{rule}}", which is not a rule; expected one of the ids `argmap rules` lists.' },
  defaults: {},
};

const unusedSuppression: RuleMeta<object> = {
  id: 'unused-suppression',
  severity: 'info',
  description: 'a suppression on a node that no longer suppresses anything',
  docs: 'A suppression is a judgement about one finding. When the rule no longer reports that node (the map or the rule changed), the suppression is stale and should go, or it will hide a later finding nobody has weighed. Reported only for rules that ran: a rule turned off or left out with --rule says nothing about its suppressions.',
  messages: { unused: '{{node}} suppresses {{rule}} ("{{reason}}"), but that rule reports nothing about it; remove the stale suppression.' },
  defaults: {},
};

/** The checks on suppressions themselves: listed, configured and reported like rules. */
export const SUPPRESSION_RULES: readonly RuleMeta<object>[] = [unknownSuppression, unusedSuppression];

export interface SuppressionScope {
  /** Every rule id a suppression may name. */
  known: ReadonlySet<string>;
  /** The rules that ran on this map: only their suppressions can be judged unused. */
  ran: ReadonlySet<string>;
  settings: ReadonlyMap<string, RuleSetting> | undefined;
}

/**
 * Marks each finding that a `suppress` entry of its subject node (its first node) covers, and adds a
 * finding for every entry naming an unknown rule or covering nothing. Suppressed findings keep their
 * place in the list: reports show them, with the reason, and exit status ignores them.
 */
export function applySuppressions(ctx: RuleContext, findings: Finding[], scope: SuppressionScope): Finding[] {
  const { map, loaded } = ctx;
  const entries = new Map<string, { reason: string; at: PathStep[]; used: boolean }>();
  const extra: Finding[] = [];
  const report = (meta: RuleMeta<object>, messageId: string, data: MessageData, node: string, at: PathStep[]) => {
    const severity = scope.settings?.get(meta.id)?.severity ?? meta.severity;
    if (severity === 'off') return;
    const position = loaded.locate(at) ?? { line: 1, column: 1 };
    const location = { file: loaded.file, line: position.line, column: position.column };
    extra.push({ rule: meta.id, severity, messageId, data, message: formatMessage(meta.messages[messageId]!, data), nodes: [node], location });
  };
  map.nodes.forEach((n, v) => {
    n.suppress?.forEach((s, k) => {
      const at = ['nodes', v, 'suppress', k];
      if (!scope.known.has(s.rule)) report(unknownSuppression, 'unknown', { node: ctx.label(n.id), rule: s.rule }, n.id, at);
      else entries.set(`${n.id}\u0000${s.rule}`, { reason: s.reason, at, used: false });
    });
  });
  if (entries.size === 0 && extra.length === 0) return findings;
  const out = findings.map((f) => {
    const entry = f.nodes.length > 0 ? entries.get(`${f.nodes[0]}\u0000${f.rule}`) : undefined;
    if (!entry) return f;
    entry.used = true;
    const position = loaded.locate(entry.at) ?? { line: 1, column: 1 };
    return { ...f, suppressed: { reason: entry.reason, location: { file: loaded.file, line: position.line, column: position.column } } };
  });
  for (const [key, entry] of entries) {
    const [node, rule] = key.split('\u0000') as [string, string];
    if (!entry.used && scope.ran.has(rule)) report(unusedSuppression, 'unused', { node: ctx.label(node), rule, reason: entry.reason }, node, entry.at);
  }
  for (const f of extra) out.push(f);
  return out;
}
