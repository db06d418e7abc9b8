import { describe, expect, it } from 'vitest';
import { loadMapText } from '../src/io/load.js';
import { MapLoadError } from '../src/io/diagnostics.js';
import { attackFramework } from '../src/graph/attack-framework.js';
import { renderSvg } from '../src/render/render.js';
import { explorerData } from '../src/render/explorer/payload.js';

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
