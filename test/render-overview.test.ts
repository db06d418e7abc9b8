import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { loadMap } from '../src/io/load.js';
import type { ArgumentMap } from '../src/model/types.js';
import { runElk } from '../src/render/elk-run.js';
import { MIN_SCREEN_FONT, SCREEN, renderOverview } from '../src/render/overview/overview.js';
import { overviewModel, overviewUnits } from '../src/render/overview/sections.js';

const EXAMPLE = 'arguments/examples/harbour.yaml';
const MEMO = 'arguments/soviet-policies-1953.yaml';

const overview = (map: ArgumentMap) => renderOverview(map, (g) => runElk(g));

/** The smallest label on a 1440 × 900 screen when the SVG is scaled to fit it (never enlarged). */
function smallestOnScreen(svg: string): number {
  const [, , w, h] = svg
    .match(/viewBox="([^"]+)"/)![1]!
    .split(' ')
    .map(Number) as number[];
  const scale = Math.min(1, SCREEN.width / w!, SCREEN.height / h!);
  const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(sizes.length).toBeGreaterThan(0);
  return Math.min(...sizes) * scale;
}

function sectionIds(svg: string): string[] {
  return [...svg.matchAll(/<g class="section" data-section="([^"]+)"/g)].map((m) => m[1]!);
}

/** A map of `n` sections in a row, each with a claim resting on two items of evidence and on the section before. */
function longMap(n: number): ArgumentMap {
  const map: ArgumentMap = { title: `${n} sections`, sections: [], nodes: [], inferences: [], relations: [] };
  for (let i = 0; i < n; i++) {
    map.sections!.push({ id: `s${i}`, title: `Part ${i + 1} of the report` });
    map.nodes.push({ id: `c${i}`, kind: i === n - 1 ? 'conclusion' : 'claim', text: `Judgement of part ${i + 1}`, section: `s${i}` });
    map.nodes.push({ id: `e${i}a`, kind: 'evidence', text: `Report ${i + 1}a`, section: `s${i}` }, { id: `e${i}b`, kind: 'evidence', text: `Report ${i + 1}b`, section: `s${i}` });
    map.inferences!.push({ id: `i${i}`, premises: [`e${i}a`, `e${i}b`, ...(i > 0 ? [`c${i - 1}`] : [])], conclusion: `c${i}` });
    if (i % 3 === 2) map.relations!.push({ type: 'attacks', from: `c${i}`, to: `c${i - 2}` });
  }
  return map;
}

describe.skipIf(!existsSync(MEMO))('overview of the memorandum', () => {
  // One drawing shared by the checks below: each layout tries several depths.
  let drawn: ReturnType<typeof overview> | undefined;
  const memo = () => (drawn ??= overview(loadMap(MEMO).map));
  it('shows the main body, Annex C, Annex D and the footnotes, each named with its locator range and counts', async () => {
    const { svg, model } = await memo();
    const ids = sectionIds(svg);
    for (const part of ['annex-d', 'footnotes']) expect(ids).toContain(part);
    expect(ids.some((id) => id === 'main' || id.startsWith('main-'))).toBe(true);
    expect(ids.some((id) => id === 'annex-c' || id.startsWith('annex-c'))).toBe(true);
    // Every node of the map is in exactly one box.
    const all = model.groups.flatMap((g) => g.nodes);
    expect(all.length).toBe(loadMap(MEMO).map.nodes.length);
    expect(new Set(all).size).toBe(all.length);
    expect(svg).toContain('D.1 – D.7');
    expect(svg).toMatch(/\d+ conclusions? · \d+ claims/);
  });

  it('names conclusions with their full text in the tooltip, in the markup the map uses', async () => {
    const map = loadMap(MEMO).map;
    const { svg } = await memo();
    const named = [...svg.matchAll(/<g class="node" data-id="([^"]+)" data-kind="conclusion"><title>([^<]+)<\/title>/g)];
    expect(named.length).toBeGreaterThan(0);
    for (const [, id, title] of named) {
      const node = map.nodes.find((n) => n.id === id)!;
      expect(title).toBe(node.text.replace(/\s+/g, ' ').trim().replace(/'/g, '&#39;'));
    }
    expect(svg).toMatch(/<g class="edge" data-type="[a-z ]*support[a-z ]*" data-from="[^"]+" data-to="[^"]+">/);
  });

  it(`keeps every label at least ${MIN_SCREEN_FONT} px on a 1440 × 900 screen`, async () => {
    const { svg } = await memo();
    expect(smallestOnScreen(svg)).toBeGreaterThanOrEqual(MIN_SCREEN_FONT);
  });

  it('is current in render/ (run `npm start` to refresh)', async () => {
    const { svg } = await memo();
    expect(svg === readFileSync('render/soviet-policies-1953--overview.svg', 'utf8')).toBe(true);
  });
});

describe('overview of other maps', () => {
  it('draws the harbour example by its sections, labels readable', async () => {
    const map = loadMap(EXAMPLE).map;
    const { svg } = await overview(map);
    expect(sectionIds(svg).length).toBeGreaterThan(0);
    expect(svg === readFileSync('render/harbour--overview.svg', 'utf8'), 'render/harbour--overview.svg is stale: run `npm start`').toBe(true);
    expect(smallestOnScreen(svg)).toBeGreaterThanOrEqual(MIN_SCREEN_FONT);
  });

  it.skipIf(!existsSync(MEMO))('groups a map without sections by locator: main text, annexes, footnotes', async () => {
    const map = structuredClone(loadMap(MEMO).map);
    delete map.sections;
    for (const n of map.nodes) delete n.section;
    const units = overviewUnits(map, 12);
    expect(units.map((u) => u.id)).toEqual(expect.arrayContaining(['main', 'C', 'D', 'footnotes']));
    const { svg } = await overview(map);
    expect(svg).toContain('Annex D');
    expect(smallestOnScreen(svg)).toBeGreaterThanOrEqual(MIN_SCREEN_FONT);
  });

  it('counts in plain English: hypotheses, and thousands grouped', async () => {
    const map: ArgumentMap = {
      title: 'Counts',
      sections: [
        { id: 's', title: 'Only part' },
        { id: 't', title: 'Other part' },
      ],
      nodes: [],
    };
    for (let i = 0; i < 1200; i++) map.nodes.push({ id: `c${i}`, kind: 'claim', text: `Claim ${i}`, section: 's' });
    for (let i = 0; i < 2; i++) map.nodes.push({ id: `h${i}`, kind: 'hypothesis', text: `Hypothesis ${i}`, section: 't' });
    const { svg } = await overview(map);
    expect(svg).toContain('1,200 claims');
    expect(svg).toContain('2 hypotheses');
    expect(svg).not.toContain('hypothesises');
  });

  it('merges neighbouring parts of a map with 30 sections so the drawing still fits', async () => {
    const map = longMap(30);
    const { svg, model } = await overview(map);
    expect(model.groups.length).toBeLessThanOrEqual(12);
    expect(model.groups.flatMap((g) => g.nodes).length).toBe(90);
    expect(smallestOnScreen(svg)).toBeGreaterThanOrEqual(MIN_SCREEN_FONT);
    // Each merged box says which parts it holds.
    expect(svg).toContain('Part 1 of the report …');
  });
});

/** Nine sections, each resting on every one before it: a chain of links as long as the map, so laid out in layers it stands nine layers tall. */
function chainedMap(n: number): ArgumentMap {
  const map: ArgumentMap = { title: `${n} chained sections`, sections: [], nodes: [], inferences: [] };
  for (let i = 0; i < n; i++) {
    map.sections!.push({ id: `s${i}`, title: `Chapter ${i + 1}` });
    map.nodes.push(
      { id: `c${i}`, kind: 'claim', text: `Finding of chapter ${i + 1}`, section: `s${i}` },
      { id: `e${i}`, kind: 'evidence', text: `Source ${i + 1}`, section: `s${i}` },
    );
    map.inferences!.push({ id: `i${i}`, premises: [`e${i}`, ...Array.from({ length: i }, (_, j) => `c${j}`)], conclusion: `c${i}` });
  }
  return map;
}

describe('overview of densely linked sections', () => {
  it('keeps one box per section by laying them out as a grid in document order, labels readable', async () => {
    const { svg, model, stats } = await overview(chainedMap(9));
    expect(sectionIds(svg)).toEqual(Array.from({ length: 9 }, (_, i) => `s${i}`));
    expect(model.links.length).toBe(36);
    expect(smallestOnScreen(svg)).toBeGreaterThanOrEqual(MIN_SCREEN_FONT);
    // Shaped for the screen, wider than tall, where nine layers would stand far taller than wide.
    expect(stats.width).toBeGreaterThan(stats.height);
  });
});

describe('overview counts', () => {
  it('counts a step of support once however many premises cross, and relations by type', () => {
    const map: ArgumentMap = {
      title: 't',
      sections: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
      nodes: [
        { id: 'e1', kind: 'evidence', text: 'e1', section: 'a' },
        { id: 'e2', kind: 'evidence', text: 'e2', section: 'a' },
        { id: 'c', kind: 'conclusion', text: 'c', section: 'b' },
        { id: 'x', kind: 'claim', text: 'x', section: 'b' },
      ],
      inferences: [{ id: 'i', premises: ['e1', 'e2'], conclusion: 'c' }],
      relations: [
        { type: 'attacks', from: 'x', to: 'e1' },
        { type: 'attacks', from: 'x', to: 'e2' },
      ],
    };
    const model = overviewModel(map, overviewUnits(map, 12));
    expect(model.links).toEqual([
      { from: 'a', to: 'b', counts: { support: 1 } },
      { from: 'b', to: 'a', counts: { attacks: 2 } },
    ]);
    const b = model.groups.find((g) => g.id === 'b')!;
    expect(b.named.map((n) => n.id)).toEqual(['c']);
    expect(b.counts).toEqual({ conclusion: 1, claim: 1 });
  });

  it('splits the largest section into its parts while the budget allows', () => {
    const map: ArgumentMap = {
      title: 't',
      sections: [
        { id: 'big', title: 'Big' },
        { id: 'p1', title: 'P1', parent: 'big' },
        { id: 'p2', title: 'P2', parent: 'big' },
        { id: 'small', title: 'Small' },
      ],
      nodes: [
        { id: 'a', kind: 'claim', text: 'a', section: 'p1' },
        { id: 'b', kind: 'claim', text: 'b', section: 'p2' },
        { id: 'c', kind: 'claim', text: 'c', section: 'small' },
      ],
    };
    expect(overviewUnits(map, 3).map((u) => u.id)).toEqual(['p1', 'p2', 'small']);
    expect(overviewUnits(map, 2).map((u) => u.id)).toEqual(['big', 'small']);
  });
});

describe('argmap render --overview', () => {
  it('writes <dir>/<map>--overview.svg, or prints it with -o -, and refuses it beside another view', async () => {
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runCli } = await import('./helpers/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'argmap-overview-'));
    try {
      const written = await runCli('render', EXAMPLE, '--overview', '--out-dir', dir, '--stats');
      expect(written.code).toBe(0);
      expect(written.out).toMatch(/harbour--overview\.svg: \d+ nodes, 0 inferences, \d+ edges, \d+ crossings/);
      expect(readdirSync(dir)).toEqual(['harbour--overview.svg']);
      const printed = await runCli('render', EXAMPLE, '--overview', '-o', '-');
      expect(printed.code).toBe(0);
      expect(printed.out).toBe(readFileSync(join(dir, 'harbour--overview.svg'), 'utf8'));
      const both = await runCli('render', EXAMPLE, '--overview', '--focus', 'watch');
      expect(both.code).toBe(2);
      expect(both.err).toMatch(/--focus, --set, --overview and --views each choose what to draw/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
