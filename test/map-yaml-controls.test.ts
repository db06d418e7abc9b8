import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mapToYaml } from '../src/interop/map-yaml.js';

// Found by the fuzzer (seed 1218800968): `argmap import` of an Argdown file with U+009B in a statement printed it raw.
describe('maps written as YAML', () => {
  it('escape the C1 controls and bidi overrides the yaml package leaves raw, and read back the same', () => {
    const map = { title: 't\u009b2J \u202e', nodes: [{ id: 'a', kind: 'claim' as const, text: 'plain \u0085 x \u2066' }] };
    const text = mapToYaml(map);
    expect(text).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('"t\\x9b2J \\u202e"');
    expect(parse(text)).toEqual(map);
  });
});
