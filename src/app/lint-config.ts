import { findConfig, readConfig, type ConfigFile } from '../io/config.js';
import { RULES, SUPPRESSION_RULES, type RuleSetting } from '../rules/index.js';
import { resolveConfig, type Override } from '../rules/config.js';

export type { Override };

/**
 * The rule settings for one map: from `--config` when given, else from the config file found upward
 * from the map (each file read once per run, however many maps share it), else every rule's defaults;
 * `--rule id=severity` overrides either.
 */
export function settingsLookup(configFile: string | undefined, overrides: readonly Override[]): (mapFile: string) => Map<string, RuleSetting> {
  const resolved = new Map<string, Map<string, RuleSetting>>();
  return (mapFile) => settingsFor(mapFile, configFile, overrides, resolved);
}

function settingsFor(mapFile: string, configFile: string | undefined, overrides: readonly Override[], resolved: Map<string, Map<string, RuleSetting>>): Map<string, RuleSetting> {
  const file = configFile ?? findConfig(mapFile);
  const key = file ?? '';
  let settings = resolved.get(key);
  if (!settings) {
    const config: ConfigFile | undefined = file === undefined ? undefined : readConfig(file);
    settings = resolveConfig([...RULES.map((r) => r.meta), ...SUPPRESSION_RULES], config, overrides);
    resolved.set(key, settings);
  }
  return settings;
}
