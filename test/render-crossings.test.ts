import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { loadMap } from '../src/io/load.js';
import { renderSvg } from '../src/render/render.js';

const MEMO = 'arguments/soviet-policies-1953.yaml';
const EXAMPLE = 'arguments/examples/harbour.yaml';
/**
 * The memorandum's whole map had 1,705 crossings with its lines drawn apart; merged into trunks 1,104.
 * The re-read map (issue 12: more links between the parts, two more hypothesis sets) drew with 1,207; the
 * second re-read spreads D.1's and 6's caveats over every judgement they govern (12 more qualifies, 177
 * relations in all) and draws with 1,263.
 * Graphviz dot gave 797 on the earlier map (BENCHMARKS.md), not yet reached with a stable order.
 */
const MERGED_CROSSINGS = 1263;

describe.skipIf(!existsSync(MEMO))('crossings on the memorandum', () => {
  it(`draws the whole map with no more than ${MERGED_CROSSINGS} crossings`, async () => {
    const { stats } = await renderSvg(loadMap(MEMO));
    expect(stats.edges).toBeGreaterThan(350);
    expect(stats.crossings).toBeLessThanOrEqual(MERGED_CROSSINGS);
  });
});

describe('crossings in hypothesis-set views', () => {
  for (const file of [MEMO, EXAMPLE].filter((f) => existsSync(f))) {
    it(`${file}: at most one crossing per line in every set view`, async () => {
      const loaded = loadMap(file);
      for (const set of loaded.map.hypothesisSets ?? []) {
        const { stats } = await renderSvg(loaded, { hypothesisSet: set.id });
        expect(stats.crossings, set.id).toBeLessThanOrEqual(stats.edges);
      }
    });
  }
});
