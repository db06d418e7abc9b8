import * as AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { showValue, sortDiagnostics, type Diagnostic, type Severity } from '../io/diagnostics.js';
import { ConfigError, type ConfigFile } from '../io/config.js';
import type { PathStep } from '../io/parse.js';
import type { RuleMeta, RuleSetting } from './rule.js';

// ajv is CommonJS; under nodenext its default export arrives as the module object.
const Ajv = (AjvModule as unknown as { default: typeof AjvModule.Ajv }).default;

/** What a config may say of a rule: a severity, ESLint's numbers, or `off`. */
const SEVERITY_WORDS: Readonly<Record<string, Severity | 'off'>> = { off: 'off', info: 'info', warning: 'warning', warn: 'warning', error: 'error' };
const SEVERITY_NUMBERS: readonly (Severity | 'off')[] = ['off', 'warning', 'error'];
const EXPECTED_SEVERITY = '"off", "info", "warning" or "error" (or 0, 1, 2)';

type Entry = Severity | 'off' | [Severity | 'off', Record<string, unknown>?];

/**
 * Presets a config can extend. `argmap:recommended` is every rule at its own severity. `argmap:imported`
 * suits maps imported from AIF dialogue corpora: the importer infers kinds from structure (a node only
 * ever offered as a reason is a premise, the rest are claims), but nothing there is evidence or hedged,
 * speakers build on each other's reasons as a matter of course, and a dialogue's open disagreements are
 * its content rather than faults. What a reader of a debate still wants listed, as information: claims
 * asserted with no reason given, claims left defeated, and statements nobody took up.
 */
export const PRESETS: Readonly<Record<string, Readonly<Record<string, Entry>>>> = {
  'argmap:recommended': {},
  'argmap:imported': {
    'unsupported-conclusion': 'info',
    'single-point-of-evidence': 'off',
    'unhedged-judgement': 'off',
    'overconfident-conclusion': 'off',
    'borrowed-support': 'off',
    'orphan-node': 'info',
    'explicit-contradiction': 'info',
    'unaccepted-claim': 'info',
  },
};

const TOP_KEYS = ['extends', 'rules'];

/** Reads a severity word or number; undefined when it is neither. */
export function parseSeverity(value: unknown): Severity | 'off' | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? SEVERITY_NUMBERS[value] : undefined;
  return typeof value === 'string' && Object.hasOwn(SEVERITY_WORDS, value) ? SEVERITY_WORDS[value] : undefined;
}

export interface Override {
  rule: string;
  severity: string;
}

/**
 * Each rule's severity and options: its defaults, then the presets the config extends, then the
 * config's own `rules`, then overrides from the command line. Every problem in the config is
 * collected and thrown at once as a ConfigError, each at its line and column.
 */
export function resolveConfig(metas: readonly RuleMeta<object>[], config: ConfigFile | undefined, overrides: readonly Override[] = []): Map<string, RuleSetting> {
  const byId = new Map(metas.map((m) => [m.id, m]));
  const settings = new Map(metas.map((m) => [m.id, { severity: m.severity, options: m.defaults } as RuleSetting]));
  const problems: Diagnostic[] = [];
  const apply = (id: string, entry: unknown, at: PathStep[], report: (path: PathStep[], message: string, key?: boolean) => void) => {
    const meta = byId.get(id);
    if (!meta) return report(at, `${JSON.stringify(id)} is not a rule; expected one of the ids \`argmap rules\` lists`, true);
    const [level, options] = Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined];
    const severity = parseSeverity(level);
    if (severity === undefined) return report(Array.isArray(entry) ? [...at, 0] : at, `found ${showValue(level)} as the severity of ${id}; expected ${EXPECTED_SEVERITY}`);
    if (Array.isArray(entry) && entry.length > 2) return report([...at, 2], `found a third item in the setting of ${id}; expected [severity] or [severity, {options}]`);
    const previous = settings.get(id)!;
    if (options === undefined) return void settings.set(id, { severity, options: previous.options });
    const optionErrors = validateOptions(meta, options);
    if (optionErrors === undefined) return void settings.set(id, { severity, options: { ...meta.defaults, ...(options as object) } });
    for (const e of optionErrors) {
      const path = [...at, 1, ...pointerSteps(e.instancePath)];
      if (e.keyword === 'additionalProperties') {
        const name = (e.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys(meta.defaults);
        const expected = known.length > 0 ? `expected one of: ${known.join(', ')}` : 'expected no options (it takes none)';
        report([...path, name], `${id} has no option ${JSON.stringify(name)}; ${expected}`, true);
      } else {
        report(
          path,
          `found ${showValue(pick(options, e.instancePath))} for ${id}${e.instancePath ? ` option ${e.instancePath.slice(1).replace(/\//g, '.')}` : ' options'}; expected ${expectation(e)}`,
        );
      }
    }
  };
  if (config) {
    const report = (path: PathStep[], message: string, key?: boolean) => {
      const position = config.locate(path, key) ?? config.locate(path) ?? config.locate([]);
      problems.push({ file: config.file, severity: 'error', message, ...(position ? { position } : {}) });
    };
    const data = config.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      report([], `found ${showValue(data)}; expected a mapping with \`extends\` and/or \`rules\``);
    } else {
      const record = data as Record<string, unknown>;
      for (const key of Object.keys(record)) if (!TOP_KEYS.includes(key)) report([key], `found the key ${JSON.stringify(key)}; expected only \`extends\` and \`rules\``, true);
      const presets = record.extends === undefined ? [] : Array.isArray(record.extends) ? record.extends : [record.extends];
      presets.forEach((name: unknown, i) => {
        const at: PathStep[] = Array.isArray(record.extends) ? ['extends', i] : ['extends'];
        if (typeof name !== 'string' || !Object.hasOwn(PRESETS, name))
          return report(
            at,
            `found ${showValue(name)} in extends; expected ${Object.keys(PRESETS)
              .map((p) => JSON.stringify(p))
              .join(' or ')}`,
          );
        for (const [id, entry] of Object.entries(PRESETS[name]!)) apply(id, entry, at, report);
      });
      // `rules:` with nothing under it is YAML's null: an empty list of settings, not a mistake.
      const rules = record.rules ?? undefined;
      if (rules !== undefined && (typeof rules !== 'object' || Array.isArray(rules)))
        report(['rules'], `found ${showValue(rules)} as rules; expected a mapping from rule id to severity`);
      else for (const [id, entry] of Object.entries((rules ?? {}) as Record<string, unknown>)) apply(id, entry, ['rules', id], report);
    }
  }
  const cliProblems: string[] = [];
  for (const o of overrides) apply(o.rule, o.severity, [], (_path, message) => void cliProblems.push(`--rule ${o.rule}=${o.severity}: ${message}`));
  if (problems.length > 0 || cliProblems.length > 0) {
    throw new ConfigError([...sortDiagnostics(problems), ...cliProblems.map((message): Diagnostic => ({ file: '(command line)', severity: 'error', message }))]);
  }
  return settings;
}

const validators = new WeakMap<RuleMeta<object>, ValidateFunction>();

function validateOptions(meta: RuleMeta<object>, options: unknown): ErrorObject[] | undefined {
  if (!meta.schema) {
    const empty = options !== null && typeof options === 'object' && !Array.isArray(options) && Object.keys(options).length === 0;
    if (empty) return undefined;
    return [
      { keyword: 'additionalProperties', instancePath: '', schemaPath: '', params: { additionalProperty: Object.keys(options as object)[0] ?? '' }, message: 'takes no options' },
    ];
  }
  let validate = validators.get(meta);
  if (!validate) {
    validate = new Ajv({ allErrors: true, strict: true }).compile(meta.schema);
    validators.set(meta, validate);
  }
  return validate(options) ? undefined : (validate.errors ?? []);
}

/** ajv's "must be <= 1" as what a reader should have written: "a value <= 1". */
function expectation(e: ErrorObject): string {
  const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues;
  if (allowed) return `one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'required') return `a mapping that also gives ${(e.params as { missingProperty: string }).missingProperty}`;
  const text = e.message ?? 'a value its schema allows';
  return text.replace(/^must be /, 'a value ').replace(/^must /, 'a value that must ');
}

function pointerSteps(pointer: string): PathStep[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => {
      const step = s.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(step) ? Number(step) : step;
    });
}

function pick(value: unknown, pointer: string): unknown {
  let v = value;
  for (const step of pointerSteps(pointer)) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[step] : undefined;
  return v;
}
