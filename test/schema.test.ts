import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generateSchema } from '../scripts/schema.mjs';

describe('generated JSON Schema', () => {
  it('matches a fresh generation from src/model/types.ts (run `npm run schema` after changing the types)', () => {
    const committed = readFileSync(new URL('../schemas/argument-map.schema.json', import.meta.url), 'utf8');
    expect((generateSchema as () => string)()).toBe(committed);
  });
  it('discriminates nodes on kind so a bad kind gives one error', () => {
    const schema = JSON.parse(readFileSync(new URL('../schemas/argument-map.schema.json', import.meta.url), 'utf8'));
    expect(schema.definitions.Node.discriminator).toEqual({ propertyName: 'kind' });
    expect(schema.definitions.Node.oneOf).toHaveLength(8);
    expect(schema.$id).toMatch(/argument-map\.schema\.json$/);
  });
});

describe('schema drift check', () => {
  it('detects a type change that was not regenerated', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const types = readFileSync(new URL('../src/model/types.ts', import.meta.url), 'utf8');
    const edited = types.replace(
      'export interface Inference {\n  id: Id;',
      'export interface Inference {\n  id: Id;\n  /** A field added without regenerating. */\n  weight?: number;',
    );
    expect(edited).not.toBe(types);
    const dir = mkdtempSync(join(tmpdir(), 'argmap-schema-'));
    const file = join(dir, 'types.ts');
    writeFileSync(file, edited);
    const committed = readFileSync(new URL('../schemas/argument-map.schema.json', import.meta.url), 'utf8');
    const regenerated = (generateSchema as (f?: string) => string)(file);
    expect(regenerated).not.toBe(committed);
    expect(JSON.parse(regenerated).definitions.Inference.properties.weight).toEqual({ description: 'A field added without regenerating.', type: 'number' });
  });
});
