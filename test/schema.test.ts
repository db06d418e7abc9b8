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
