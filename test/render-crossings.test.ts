import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadMap, loadMapText } from '../src/io/load.js';
import type { ArgumentMap } from '../src/model/types.js';
import { renderSvg, viewLayoutInput } from '../src/render/render.js';
import { countCrossings } from '../src/render/stats.js';
import { toDot, readDotPlain } from '../scripts/bench/_dot.mjs';
import { MODEL_ORDER_LIMIT, elkGraph } from '../src/render/layout.js';
import { tieredMap } from './helpers/tiered-map.js';
import { cachedRender } from './helpers/render-cache.js';

const MEMO = 'arguments/soviet-policies-1953.yaml';
const EXAMPLE = 'arguments/examples/harbour.yaml';
/**
 * Issue 10's bound: the whole map with no more crossings than Graphviz dot draws given the same boxes and
 * edges. dot runs here on the map as it is now: a count fixed from an older map (797) went stale as the
 * map grew (dot drew 1,111 on the 247-node map of the nineteenth revision, ELK 951). Reading order alone
 * once gave 1,263 with merged trunks; layers re-sorted by barycentres held towards the reading order
 * (src/render/layer-order.ts) gave 626 on the map of the third re-read.
 */
const hasDot = spawnSync('dot', ['-V']).status === 0;
describe.skipIf(!existsSync(MEMO) || !hasDot)('crossings on the memorandum', () => {
  it('draws the whole map with no more crossings than Graphviz dot on the same boxes and edges', async () => {
    const loaded = loadMap(MEMO);
    const { stats } = await cachedRender(MEMO);
    const { input } = viewLayoutInput(loaded, {});
    const plain = spawnSync('dot', ['-Tplain'], { input: toDot(elkGraph(input).root), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(plain.status, plain.stderr).toBe(0);
    const dot = countCrossings(readDotPlain(plain.stdout).edges);
    expect(stats.edges).toBeGreaterThan(350);
    expect(dot).toBeGreaterThan(100);
    expect(stats.crossings).toBeLessThanOrEqual(dot);
  });
});

/**
 * Past MODEL_ORDER_LIMIT ELK orders the layers itself. On this made map (450 nodes, 77 junctions, 491
 * lines) Graphviz dot, given the same boxes and lines, draws 2,152 crossings; ELK 2,589 with separate
 * lines and 2,950 when the lines into a node share a trunk, as they once did at every size (the bench's
 * 1,000-node map went from 7,610 to 24,080, dot 7,628). The bound is a quarter over dot's count.
 */
describe('crossings on a big machine-made map', () => {
  it('stays within a quarter of dot on a 450-node map ELK orders itself', async () => {
    const map = tieredMap(450, 7);
    expect(map.nodes.length + map.inferences!.length).toBeGreaterThan(MODEL_ORDER_LIMIT);
    const { stats } = await renderSvg(loadMapText(JSON.stringify(map), 'tiered-450.json', 'json'));
    expect(stats.edges).toBe(491);
    expect(stats.crossings).toBeLessThanOrEqual(Math.round(2152 * 1.25));
  });
});

describe('crossings in hypothesis-set views', () => {
  for (const file of [MEMO, EXAMPLE].filter((f) => existsSync(f))) {
    it(`${file}: at most one crossing per line in every set view`, async () => {
      const loaded = loadMap(file);
      for (const set of loaded.map.hypothesisSets ?? []) {
        const { stats } = await cachedRender(file, { hypothesisSet: set.id });
        expect(stats.crossings, set.id).toBeLessThanOrEqual(stats.edges);
      }
    });
  }
});

/**
 * A hypothesis set of a map made here: `h` hypotheses and `e` items of evidence, each item rated against
 * a seeded random choice of hypotheses, some items supporting others and two hypotheses contradicting each
 * other, so the lines have to cross over one another's columns.
 */
function madeSet(seed: number, h: number, e: number): ArgumentMap {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const hyps = Array.from({ length: h }, (_, i) => `h${i}`);
  const evidence = Array.from({ length: e }, (_, i) => `e${i}`);
  const ratings = evidence.flatMap((ev) =>
    hyps.filter(() => rand() < 0.45).map((hyp) => ({ evidence: ev, hypothesis: hyp, rating: (['CC', 'C', 'I', 'II'] as const)[Math.floor(rand() * 4)]! })),
  );
  const inferences = evidence.slice(1).flatMap((ev, i) => (rand() < 0.3 ? [{ id: `s${i}`, premises: [ev], conclusion: evidence[Math.floor(rand() * (i + 1))]! }] : []));
  return {
    title: `Made set ${seed}`,
    nodes: [
      ...hyps.map((id) => ({ id, kind: 'hypothesis' as const, text: `Hypothesis ${id}: one answer among ${h}` })),
      ...evidence.map((id) => ({ id, kind: 'evidence' as const, text: `Report ${id} that bears on some of the answers` })),
    ],
    inferences,
    relations: [{ type: 'contradicts', from: 'h0', to: `h${h - 1}` }],
    hypothesisSets: [{ id: 'made', question: 'Which answer?', hypotheses: hyps, evidence, ratings }],
  } as ArgumentMap;
}

describe('crossings in set views of maps made here', () => {
  for (const [seed, h, e] of [
    [1, 3, 8],
    [2, 4, 12],
    [3, 5, 16],
    [4, 6, 20],
  ] as const) {
    it(`${h} hypotheses, ${e} items of evidence (seed ${seed}): at most one crossing per line`, async () => {
      const loaded = loadMapText(JSON.stringify(madeSet(seed, h, e)), `made-${seed}.json`, 'json');
      const { stats } = await renderSvg(loaded, { hypothesisSet: 'made' });
      expect(stats.edges).toBeGreaterThan(e);
      expect(stats.crossings).toBeLessThanOrEqual(stats.edges);
    });
  }
});
