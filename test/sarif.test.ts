import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './helpers/cli.js';
import { RULES, SUPPRESSION_RULES } from '../src/rules/index.js';

const Ajv = (AjvModule as unknown as { default: typeof AjvModule.Ajv }).default;

/**
 * The SARIF 2.1.0 schema as Microsoft's @microsoft/jest-sarif ships it (lib/schemas/sarif-2.1.0-rtm.5.json,
 * the schema published for SARIF 2.1.0). It declares draft-04, whose keywords it uses (type,
 * properties, enum, $ref, items, minimum, pattern, oneOf, anyOf …) mean the same in draft-07, which
 * ajv reads; only draft-04's `id` is renamed `$id`. The test below checks that no keyword that changed
 * meaning between the drafts (exclusiveMinimum, exclusiveMaximum as booleans) is present.
 */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const path = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const text = readFileSync(path, 'utf8');
  expect(text).not.toMatch(/"exclusive(Minimum|Maximum)"/);
  const { $schema, id, ...schema } = JSON.parse(text) as Record<string, unknown>;
  expect($schema).toBe('http://json-schema.org/draft-04/schema#');
  // unicodeRegExp off: one of the schema's patterns (language tags) has a stray ] that only non-unicode regexps accept.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///') && !/[\s\\]/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...schema, $id: id as string });
}

interface Log {
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

const validate = sarifValidator();

describe('check --format sarif', () => {
  it('writes a SARIF 2.1.0 log of the memorandum that the schema accepts, one result per finding', async () => {
    const map = 'arguments/soviet-policies-1953.yaml';
    const { code, out } = await run('check', '-f', 'sarif', map);
    expect(code).toBe(1);
    const log = JSON.parse(out) as Log;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const json = JSON.parse((await run('check', '-f', 'json', map)).out) as { findings: { rule: string; message: string; location: { line: number; column: number } }[] };
    const [sarifRun] = log.runs;
    expect(sarifRun!.results).toHaveLength(json.findings.length);
    expect(sarifRun!.results.map((r) => r.ruleId)).toEqual(json.findings.map((f) => f.rule));
    const first = sarifRun!.results[0]!;
    expect(first.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: map },
      region: { startLine: json.findings[0]!.location.line, startColumn: json.findings[0]!.location.column },
    });
    expect(new Set(sarifRun!.results.map((r) => r.level))).toEqual(new Set(['error', 'warning', 'note']));
    const rules = sarifRun!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.meta.id), ...SUPPRESSION_RULES.map((m) => m.id)]);
    for (const r of sarifRun!.results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const dated = rules.find((r) => r.id === 'dated-fact-conflict')!;
    expect(dated.defaultConfiguration.level).toBe('error');
    expect(dated.shortDescription.text).toBe('two facts date one event in ways that cannot both be true');
  });

  it('carries a node suppression as a SARIF suppression with its justification, and URIs relative to the working directory', async () => {
    const dir = mkdtempSync(join(process.cwd(), '.tmp-sarif-'));
    try {
      cpSync('arguments/examples', dir, { recursive: true });
      const file = join(dir, 'harbour.yaml');
      const anchor = '  - id: closes-8-march\n    kind: prediction\n';
      writeFileSync(file, readFileSync(file, 'utf8').replace(anchor, `${anchor}    suppress: [{ rule: unhedged-judgement, reason: A schedule from the report }]\n`));
      const { code, out } = await run('check', '-f', 'sarif', file);
      expect(code).toBe(0);
      const log = JSON.parse(out) as Log;
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
      const results = log.runs[0]!.results;
      const suppressed = results.filter((r) => r.suppressions);
      expect(suppressed.map((r) => [r.ruleId, r.suppressions])).toEqual([['unhedged-judgement', [{ kind: 'inSource', justification: 'A schedule from the report' }]]]);
      expect(new Set(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set([relative(process.cwd(), file)]));
    } finally {
      // Inside the checkout so the URI is relative; removed so no stray folder is left.
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives a file outside the working directory an absolute file: URI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-sarif-'));
    cpSync('arguments/examples', dir, { recursive: true });
    const log = JSON.parse((await run('check', '-f', 'sarif', join(dir, 'harbour.yaml'))).out) as Log;
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(`file://${join(dir, 'harbour.yaml')}`);
  });

  it('is checked by a validator that does refuse a log SARIF does not allow', () => {
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'argmap' } }, results: [{ ruleId: 'x', level: 'info', message: { text: 'm' } }] }] };
    expect(validate(bad)).toBe(false);
    expect(validate.errors!.some((e) => e.instancePath === '/runs/0/results/0/level')).toBe(true);
  });
});
