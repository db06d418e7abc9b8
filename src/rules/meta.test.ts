import { describe, expect, it } from 'vitest';
import { loadMap } from '../io/load.js';
import { readSourceTexts } from '../io/sources.js';
import { RULES, SUPPRESSION_RULES, checkMap, formatMessage } from './index.js';
import { PRESETS, resolveConfig } from './config.js';

const metas = [...RULES.map((r) => r.meta), ...SUPPRESSION_RULES];

describe('rule meta', () => {
  it('gives every rule a unique id, a description, docs and at least one message', () => {
    expect(new Set(metas.map((m) => m.id)).size).toBe(metas.length);
    for (const m of metas) {
      expect(m.description.length, m.id).toBeGreaterThan(10);
      expect(m.docs.length, m.id).toBeGreaterThan(40);
      expect(Object.keys(m.messages).length, m.id).toBeGreaterThan(0);
    }
  });

  it('has defaults that its own options schema accepts, naming every option the schema has', () => {
    for (const m of metas) {
      const settings = resolveConfig(metas, { file: 'c.json', data: { rules: { [m.id]: [m.severity, m.defaults] } }, locate: () => undefined });
      expect(settings.get(m.id)!.options, m.id).toEqual(m.defaults);
      const names = Object.keys((m.schema?.properties ?? {}) as object);
      expect(names.sort(), m.id).toEqual(Object.keys(m.defaults).sort());
    }
  });

  it('resolves every preset without error', () => {
    for (const name of Object.keys(PRESETS)) {
      expect(() => resolveConfig(metas, { file: 'c.json', data: { extends: name }, locate: () => undefined }), name).not.toThrow();
    }
  });

  it('fills every placeholder of every message reported on the memorandum and the harbour example', () => {
    for (const file of ['arguments/soviet-policies-1953.yaml', 'arguments/examples/harbour.yaml']) {
      const loaded = loadMap(file);
      const findings = checkMap(loaded, { sources: readSourceTexts(loaded) });
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) expect(f.message, `${f.rule} ${f.messageId}`).not.toMatch(/\{\{/);
    }
  });

  it('fills message templates from data, leaving an unknown placeholder visible', () => {
    expect(formatMessage('{{node}} rests on {{ evidence }}.', { node: 'a', evidence: 'e' })).toBe('a rests on e.');
    expect(formatMessage('{{node}} and {{missing}}', { node: 'a' })).toBe('a and {{missing}}');
    expect(formatMessage('{{constructor}}', {})).toBe('{{constructor}}');
  });
});
