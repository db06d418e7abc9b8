import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ArgumentMap } from '../model/types.js';
import type { Diagnostic } from './diagnostics.js';
import { echoText, showValue } from './diagnostics.js';
import { offCalendar } from './dates.js';
import type { ParsedFile, PathStep } from './parse.js';

// ajv is CommonJS; under nodenext its default export arrives as the module object.
const Ajv = (AjvModule as unknown as { default: typeof AjvModule.Ajv }).default;

/** The generated schema, read from the package (the same relative path from src/ and dist/); a path, not a URL, so the published types need no @types/node. */
export const SCHEMA_PATH: string = fileURLToPath(new URL('../../schemas/argument-map.schema.json', import.meta.url));

let compiled: ValidateFunction<ArgumentMap> | undefined;

export function loadSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
}

function validator(): ValidateFunction<ArgumentMap> {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, discriminator: true, allowUnionTypes: true, verbose: true });
    compiled = ajv.compile<ArgumentMap>(loadSchemaCached());
  }
  return compiled!;
}

/** Validates parsed data against the generated schema; returns positioned diagnostics. */
export function validateShape(parsed: ParsedFile): Diagnostic[] {
  const validate = validator();
  if (validate(parsed.data)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const err of validate.errors ?? []) {
    // A discriminator failure already says everything about its node; skip the branch noise under it.
    const d = describe(err, parsed);
    if (!d) continue;
    const key = `${d.position?.line}:${d.position?.column}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

function pointerToPath(pointer: string): PathStep[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: PathStep[]): unknown {
  let v: unknown = data;
  for (const step of path) {
    // Own properties only: a step named `constructor` must not reach Object.prototype.
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, step)) return undefined;
    v = (v as Record<string, unknown>)[String(step)];
  }
  return v;
}

function where(path: PathStep[]): string {
  if (path.length === 0) return 'the map';
  let s = '';
  for (const step of path) s += typeof step === 'number' ? `[${step}]` : s ? `.${step}` : step;
  return s;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${showValue(v)}`;
  return `${typeof v} ${String(v)}`;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

function describe(err: ErrorObject, parsed: ParsedFile): Diagnostic | undefined {
  const path = pointerToPath(err.instancePath);
  const value = valueAt(parsed.data, path);
  const at = where(path);
  const diag = (message: string, p: PathStep[] = path, key = false): Diagnostic => {
    const position = parsed.locate(p, key);
    return { file: parsed.file, ...(position ? { position } : {}), severity: 'error', message };
  };
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'discriminator': {
      const tag = String(params.tag);
      const allowed = allowedKinds(err);
      if (params.error === 'tag') return diag(`${at} has no \`${tag}\`; expected \`${tag}\`: one of ${allowed}`);
      return diag(`unknown ${tag} ${showValue(params.tagValue)} at ${at}; expected one of ${allowed}`, [...path, tag]);
    }
    case 'required':
      return diag(`${at} is missing \`${String(params.missingProperty)}\`; expected it to be present`);
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys((err.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return diag(`unknown property \`${echoText(extra)}\` in ${at}; expected one of ${known.join(', ')}`, [...path, extra], true);
    }
    case 'type':
      return diag(`${at} is ${typeName(value)}; expected ${TYPE_WORDS[String(params.type)] ?? String(params.type)}`);
    case 'enum':
    case 'const': {
      const allowed = err.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue];
      return diag(`${at} is ${showValue(value)}; expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
    }
    case 'pattern': {
      const expected = patternWords(String(params.pattern));
      // A date the pattern refuses for its month or day says which, not just the form expected.
      const why = typeof value === 'string' && expected.includes('ISO 8601 date') ? offCalendar(value) : undefined;
      return diag(`${at} is ${showValue(value)}${why ? ` (${why})` : ''}; expected ${expected}`);
    }
    case 'minLength':
      return diag(`${at} is empty; expected some text`);
    case 'minItems':
      return diag(`${at} has ${Array.isArray(value) ? value.length : 0} item(s); expected at least ${String(params.limit)}`);
    case 'oneOf':
    case 'anyOf':
      // Their branches' errors are reported on their own; this summary adds nothing.
      return undefined;
    default:
      return diag(`${at}: ${err.message ?? 'invalid'}`);
  }
}

/** The values a discriminated union accepts, read from the branches the schema names. */
function allowedKinds(err: ErrorObject): string {
  const schema = loadSchemaCached();
  const defs = (schema.definitions ?? {}) as Record<string, { properties?: Record<string, { const?: unknown }> }>;
  const tag = String((err.params as { tag?: unknown }).tag);
  const branches = ((err.parentSchema as { oneOf?: { $ref?: string }[] } | undefined)?.oneOf ?? []).map((b) => {
    const name = (b.$ref ?? '').split('/').pop() ?? '';
    return defs[name]?.properties?.[tag]?.const;
  });
  return branches
    .filter((b) => b !== undefined)
    .map(String)
    .join(', ');
}

let schemaCache: Record<string, unknown> | undefined;
function loadSchemaCached(): Record<string, unknown> {
  return (schemaCache ??= loadSchema());
}

function patternWords(pattern: string): string {
  if (pattern.includes('A-Za-z0-9_.')) return 'an id of letters, digits, `_`, `.`, `-` (starting with a letter or digit)';
  if (pattern.startsWith('^-?P')) return 'an ISO 8601 duration such as P1Y, P2W or -P3D';
  if (pattern.includes('{4}')) return 'an ISO 8601 date such as 1953, 1953-03 or 1953-03-05, or a range such as 1952-10-05/1952-10-14';
  if (pattern.includes('a-z0-9')) return 'an event key of lower-case letters, digits and `-`';
  return `text matching ${pattern}`;
}
