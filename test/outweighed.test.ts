import { describe, expect, it } from 'vitest';
import { loadMapText } from '../src/io/load.js';
import { MapLoadError } from '../src/io/diagnostics.js';
import { attackFramework } from '../src/graph/attack-framework.js';
import { renderSvg } from '../src/render/render.js';
import { explorerData } from '../src/render/explorer/payload.js';
import { toAif } from '../src/interop/aif.js';
import { fromAif } from '../src/interop/aif-read.js';

// C.5's shape: "will obviously make difference in detail, but there seems no reason to think that it will radically
// alter the Soviet threat. One obvious factor will be missing ... More important factors, however, will remain".
const yaml = (relation: string) => `title: Conceded
nodes:
  - { id: threat, kind: claim, text: The threat is not radically altered }
  - { id: missing, kind: claim, text: One obvious factor will be missing }
  - { id: weightier, kind: claim, text: More important factors will remain }
inferences:
  - { id: i1, premises: [weightier], conclusion: threat }
relations:
  - ${relation}
`;

describe('an attack the author concedes and holds outweighed', () => {
  it('is drawn, faded, with its own legend line and tooltip, and left out of the Dung framework', async () => {
    const loaded = loadMapText(yaml('{ type: attacks, from: missing, to: threat, outweighed: true }'), 'conceded.yaml', 'yaml');
    expect(attackFramework(loaded.map).attacks).toEqual([]);
    const { svg } = await renderSvg(loaded);
    expect(svg).toMatch(
      /<g class="edge" data-type="attacks" data-from="missing" data-to="threat" data-outweighed="true"><title>missing attacks threat \(conceded: the author holds it outweighed\)<\/title><path [^>]*stroke-opacity="0\.4"/,
    );
    expect(svg).toContain('attacks, conceded (faded)');
    const plain = loadMapText(yaml('{ type: attacks, from: missing, to: threat }'), 'plain.yaml', 'yaml');
    expect(attackFramework(plain.map).attacks).toEqual([['missing', 'threat']]);
    const plainSvg = (await renderSvg(plain)).svg;
    expect(plainSvg).not.toContain('data-outweighed');
    expect(plainSvg).not.toContain('conceded (faded)');
  });

  it("reaches the explorer's panel marked as conceded, and a plain attack does not", () => {
    const conceded = explorerData(loadMapText(yaml('{ type: attacks, from: missing, to: threat, outweighed: true }'), 'conceded.yaml', 'yaml'), new Map());
    expect(conceded.relations).toEqual([{ type: 'attacks', from: 'missing', to: 'threat', outweighed: true }]);
    const plain = explorerData(loadMapText(yaml('{ type: attacks, from: missing, to: threat }'), 'plain.yaml', 'yaml'), new Map());
    expect(plain.relations).toEqual([{ type: 'attacks', from: 'missing', to: 'threat' }]);
  });

  it('goes to AIF as a PA-node preferring the target over the attacker, and a foreign PA of that shape reads back as outweighed', () => {
    const conceded = loadMapText(yaml('{ type: attacks, from: missing, to: threat, outweighed: true }'), 'conceded.yaml', 'yaml').map;
    const aif = toAif(conceded);
    const pa = aif.nodes.filter((n) => n.type === 'PA');
    expect(pa.map((n) => n.text)).toEqual(['Default Preference']);
    expect(aif.edges.filter((e) => e.toID === pa[0]!.nodeID).map((e) => e.fromID)).toEqual(['threat']);
    expect(aif.edges.filter((e) => e.fromID === pa[0]!.nodeID).map((e) => e.toID)).toEqual(['missing']);
    expect(toAif(loadMapText(yaml('{ type: attacks, from: missing, to: threat }'), 'plain.yaml', 'yaml').map).nodes.filter((n) => n.type === 'PA')).toEqual([]);
    // As a tool with no argmap block writes it (OVA's integer ids): the PA alone carries the weighing.
    const foreign = {
      nodes: [
        { nodeID: 1, text: 'The threat is not radically altered', type: 'I' },
        { nodeID: 2, text: 'One obvious factor will be missing', type: 'I' },
        { nodeID: 3, text: 'Default Conflict', type: 'CA' },
        { nodeID: 4, text: 'Default Preference', type: 'PA' },
        { nodeID: 5, text: 'Another view', type: 'I' },
        { nodeID: 6, text: 'Default Preference', type: 'PA' },
      ],
      edges: [
        { edgeID: 1, fromID: 2, toID: 3 },
        { edgeID: 2, fromID: 3, toID: 1 },
        { edgeID: 3, fromID: 1, toID: 4 },
        { edgeID: 4, fromID: 4, toID: 2 },
        { edgeID: 5, fromID: 5, toID: 6 },
        { edgeID: 6, fromID: 6, toID: 1 },
      ],
      locutions: [],
    };
    const { map, notes } = fromAif(JSON.stringify(foreign), 'foreign.json');
    expect(map.relations).toEqual([{ type: 'attacks', from: 'aif-2', to: 'aif-1', outweighed: true }]);
    // The PA between two nodes no attack joins has no place in the model and is still reported as dropped.
    expect(notes).toContain('dropped 1 PA-node (preference): the argmap model has no dialogue or preference layer');
    // Reversed (the attacker preferred), the attack stands.
    foreign.edges[2] = { edgeID: 3, fromID: 2, toID: 4 };
    foreign.edges[3] = { edgeID: 4, fromID: 4, toID: 1 };
    expect(fromAif(JSON.stringify(foreign), 'foreign.json').map.relations).toEqual([{ type: 'attacks', from: 'aif-2', to: 'aif-1' }]);
  });

  it('is refused on a relation that is not an attack or undercut, naming file, line and column', () => {
    let error: unknown;
    try {
      loadMapText(yaml('{ type: qualifies, from: missing, to: threat, outweighed: true }'), 'bad.yaml', 'yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MapLoadError);
    expect(String((error as Error).message)).toMatch(/bad\.yaml:9:\d+: error: `outweighed` on a `qualifies` relation; expected it only on `attacks` or `undercuts`/);
  });
});
