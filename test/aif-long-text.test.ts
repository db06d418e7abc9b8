import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMapText } from '../src/io/load.js';
import { MapLoadError } from '../src/io/diagnostics.js';
import { NODE_TEXT_LIMIT, fromAif } from '../src/interop/aif-read.js';
import { mapToYaml } from '../src/interop/map-yaml.js';

// An I-node longer than the longest label a map may hold: a transcript pasted whole, as corpora have.
const long = '😀'.repeat(10) + 'word '.repeat(400);
const aif = JSON.stringify(
  {
    nodes: [
      { nodeID: '1', type: 'I', text: long },
      { nodeID: '2', type: 'I', text: 'A short reason' },
      { nodeID: '3', type: 'RA', text: 'Default Inference' },
    ],
    edges: [
      { edgeID: 'e1', fromID: '2', toID: '3' },
      { edgeID: 'e2', fromID: '3', toID: '1' },
    ],
  },
  null,
  1,
);

describe('an AIF I-node over the label limit', () => {
  it('keeps the limit in step with the schema', () => {
    const schema = JSON.parse(readFileSync('schemas/argument-map.schema.json', 'utf8')) as { definitions: Record<string, { properties?: { text?: { maxLength?: number } } }> };
    const limits = Object.values(schema.definitions)
      .map((d) => d.properties?.text?.maxLength)
      .filter((n) => n !== undefined);
    expect(new Set(limits)).toEqual(new Set([NODE_TEXT_LIMIT]));
  });

  it('is refused by the strict import at the node, naming the limit', () => {
    expect(() => fromAif(aif, 'long.json')).toThrow(MapLoadError);
    try {
      fromAif(aif, 'long.json');
    } catch (e) {
      const [d] = (e as MapLoadError).diagnostics;
      expect(d?.file).toBe('long.json');
      expect(d?.position?.line).toBe(6); // the line of its `text`
      expect(d?.message).toContain(`expected at most ${NODE_TEXT_LIMIT}`);
    }
  });

  it('is cut with one repair line under --lenient, and the map validates', () => {
    const { map, repairs } = fromAif(aif, 'long.json', { lenient: true });
    expect(repairs).toHaveLength(1);
    expect(repairs![0]!.message).toContain(`repaired: kept its first ${NODE_TEXT_LIMIT - 1} characters and an ellipsis`);
    const node = map.nodes.find((n) => n.text.startsWith('😀'))!;
    expect(node.text.length).toBeLessThanOrEqual(NODE_TEXT_LIMIT);
    expect(node.text.endsWith('…')).toBe(true);
    expect(long.startsWith(node.text.slice(0, -1))).toBe(true);
    expect(() => loadMapText(mapToYaml(map, ''), 'long.yaml', 'yaml')).not.toThrow();
  });
});
