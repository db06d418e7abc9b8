import { loadMap } from '../io/load.js';
import { readSourceTexts } from '../io/sources.js';
import type { Finding } from '../model/findings.js';
import { checkMap, type Rule } from '../rules/index.js';
import { settingsLookup, type Override } from './lint-config.js';

export interface CheckRun {
  /** The rules chosen on the command line (all of them unless narrowed). */
  rules: readonly Rule[];
  /** `--config`: one file for every map instead of the one found upward from each. */
  config?: string | undefined;
  /** `--rule id=severity`, applied over the config. */
  overrides?: readonly Override[];
  allowOutside?: boolean;
}

/**
 * The check of one map file: its rule settings (config found upward, then overrides), the map, its source
 * texts when a rule that is on needs them, then the rules. Throws MapLoadError (a bad map or config) for the
 * caller to report; returns the findings, suppressed ones included and marked.
 */
export function checkFile(file: string, run: CheckRun, settingsFor = settingsLookup(run.config, run.overrides ?? []), onStep?: (what: string) => void): Finding[] {
  const settings = settingsFor(file);
  onStep?.(`${file}: loading`);
  const loaded = loadMap(file);
  const needsSources = run.rules.some((r) => r.needsSources && settings.get(r.meta.id)?.severity !== 'off');
  const sources = needsSources ? readSourceTexts(loaded, { allowOutside: run.allowOutside === true }) : undefined;
  const onRule = onStep && ((rule: string, done: number, total: number) => onStep(`${file}: rule ${done + 1} of ${total} (${rule})`));
  return checkMap(loaded, { rules: [...run.rules], settings, ...(sources ? { sources } : {}), ...(onRule ? { onRule } : {}) });
}
