import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/argument-graph.js';
import { chainSelection } from '../src/render/chain.js';
import { drawnCrossings, edgesOfSvg, type DrawnEdge } from './helpers/drawn-edges.js';
import { useExplorerPages, type OpenedPage } from './helpers/explorer-pages.js';
import { cachedRender } from './helpers/render-cache.js';

/*
 * What a reader sees of a chain view at 1440 × 900: every text of the drawing measured on screen (its
 * computed font size times the drawing's scale), the crossings of its drawn paths against those of the
 * node's focus SVG, and the drawing no wider than its pane.
 */

const MEMORANDUM = 'arguments/soviet-policies-1953.yaml';
const MAPS = [MEMORANDUM, 'arguments/examples/harbour.yaml', 'test/fixtures/explorer/river-swimming.yaml'].filter((f) => existsSync(f));

const explorer = useExplorerPages(MAPS, { viewport: { width: 1440, height: 900 }, warnings: true, prefix: 'argmap-chain-' });
const open = (file: string): Promise<OpenedPage> => explorer.open(file);

/** Selects a node as a link to it does, and waits for its chain view to be drawn. */
async function showChain(page: Page, id: string): Promise<void> {
  await page.evaluate((i) => (location.hash = `#node=${encodeURIComponent(i)}`), id);
  await page.waitForFunction(
    (i) => document.querySelector('#chain-view')?.getAttribute('data-node') === i && document.querySelector('#chain-view')?.getAttribute('aria-busy') === 'false',
    id,
  );
}

interface Seen {
  /** Smallest on-screen font size of any text in the drawing, and of the node labels alone, px. */
  smallest: number;
  smallestLabel: number;
  texts: number;
  drawnWidth: number;
  paneWidth: number;
  nodes: string[];
  edges: DrawnEdge[];
}

async function seen(page: Page): Promise<Seen> {
  return page.$eval('#chain-view', (view) => {
    const svg = view.querySelector('svg')!;
    const sizes = (selector: string): number[] =>
      [...svg.querySelectorAll<SVGTextElement>(selector)]
        .filter((t) => (t.textContent ?? '').trim() !== '' && t.getBoundingClientRect().width > 0)
        .map((t) => {
          const m = t.getScreenCTM()!;
          return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
        });
    const all = sizes('text');
    return {
      smallest: Math.min(...all),
      smallestLabel: Math.min(...sizes('text.label')),
      texts: all.length,
      drawnWidth: svg.getBoundingClientRect().width,
      paneWidth: view.querySelector<HTMLElement>('.chain-scroll')!.clientWidth,
      nodes: [...svg.querySelectorAll('g.node')].map((g) => g.getAttribute('data-id')!).sort(),
      edges: [...svg.querySelectorAll('g.edge')].map((g) => ({
        from: g.getAttribute('data-from')!,
        to: g.getAttribute('data-to')!,
        d: g.querySelector('path')!.getAttribute('d')!,
      })),
    };
  });
}

describe.each(MAPS)('chain views of %s at 1440 × 900', (file) => {
  it('each conclusion: readable labels, the pane’s width, no more crossings than its focus SVG, exactly its chain drawn', async () => {
    const { loaded } = explorer.written(file);
    const graph = buildGraph(loaded.map);
    const conclusions = loaded.map.nodes.filter((n) => n.kind === 'conclusion');
    expect(conclusions.length).toBeGreaterThan(file === MEMORANDUM ? 7 : 0);
    const { page, errors } = await open(file);
    for (const c of conclusions) {
      await showChain(page, c.id);
      const s = await seen(page);
      const focus = drawnCrossings(edgesOfSvg((await cachedRender(file, { focus: c.id })).svg));
      expect(s.texts, c.id).toBeGreaterThan(0);
      expect(s.smallest, `${c.id}: smallest text on screen`).toBeGreaterThanOrEqual(9);
      expect(s.smallestLabel, `${c.id}: smallest node label on screen`).toBeGreaterThanOrEqual(11);
      expect(s.drawnWidth, c.id).toBeLessThanOrEqual(s.paneWidth + 0.5);
      expect(drawnCrossings(s.edges), `${c.id}: crossings against its focus SVG's ${focus}`).toBeLessThanOrEqual(focus);
      const ids = new Set(loaded.map.nodes.map((n) => n.id));
      expect(s.nodes, c.id).toEqual([...chainSelection(graph, c.id)].filter((id) => ids.has(id)).sort());
    }
    expect(errors).toEqual([]);
  });
});

describe('moving in and out of a chain view', () => {
  const RIVER = 'test/fixtures/explorer/river-swimming.yaml';

  it('walks on by clicking, narrows by depth, shows a finding in place, and is one click from the whole map', async () => {
    const { loaded } = explorer.written(RIVER);
    const graph = buildGraph(loaded.map);
    const drawn = (page: Page): Promise<string[]> => page.$$eval('#chain-view svg g.node', (gs) => gs.map((g) => g.getAttribute('data-id')!).sort());
    const only = (ids: Set<string>): string[] =>
      loaded.map.nodes
        .map((n) => n.id)
        .filter((id) => ids.has(id))
        .sort();
    const { page, errors } = await open(RIVER);
    await showChain(page, 'reopen');
    expect(await page.$eval('#chain-view g[data-chain="selected"]', (g) => g.getAttribute('data-id'))).toBe('reopen');

    // A node clicked in the chain view is selected (the panel follows) and its own chain laid out.
    await page.click('#chain-view g.node[data-id="water-safe"]');
    await page.waitForFunction(
      () => document.querySelector('#chain-view')?.getAttribute('data-node') === 'water-safe' && document.querySelector('#chain-view')?.getAttribute('aria-busy') === 'false',
    );
    expect(await page.$eval('#panel-node h2', (h) => h.textContent)).toBe(loaded.map.nodes.find((n) => n.id === 'water-safe')!.text);
    expect(await drawn(page)).toEqual(only(chainSelection(graph, 'water-safe')));

    await page.selectOption('#chain-depth', '1');
    await page.waitForFunction(
      () => document.querySelector('#chain-view')?.getAttribute('aria-busy') === 'false' && document.querySelectorAll('#chain-view svg g.node').length < 10,
    );
    expect(await drawn(page)).toEqual(only(chainSelection(graph, 'water-safe', 1)));

    // A finding whose nodes are all in the view is marked there; the chain view stays.
    await page.click('#tab-findings');
    const inView = new Set(await drawn(page));
    const finding = await page.$$eval('#panel-findings button.finding', (bs) =>
      bs.map((b, i) => ({ i, ids: [...b.parentElement!.querySelectorAll('[data-goto]')].map((x) => x.getAttribute('data-goto')!) })),
    );
    const shown = finding.find((f) => f.ids.length > 0 && f.ids.every((id) => inView.has(id)));
    expect(shown, 'a finding on nodes of this view').toBeDefined();
    await page.locator('#panel-findings button.finding').nth(shown!.i).click();
    expect(await page.isVisible('#chain-view')).toBe(true);
    expect(await page.$$eval('#chain-view g.node[data-chain="selected"]', (gs) => gs.map((g) => g.getAttribute('data-id')!).sort())).toEqual([...shown!.ids].sort());

    // One click back to the whole map, the selection still marked on it.
    await page.click('#chain-leave');
    expect(await page.isVisible('#chain-view')).toBe(false);
    expect(await page.isVisible('#map-pane > svg')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('draws the kinds unticked under "Show" as the whole map does, faint, ticked or not before the chain is laid out', async () => {
    const { page, errors } = await open(RIVER);
    const faint = (page: Page): Promise<{ kind: string; hidden: boolean }[]> =>
      page.$$eval('#chain-view svg g.node', (gs) => gs.map((g) => ({ kind: g.getAttribute('data-kind')!, hidden: g.classList.contains('kind-hidden') })));
    await page.uncheck('#kinds input[data-kind="evidence"]');
    await showChain(page, 'water-safe');
    const before = await faint(page);
    expect(before.filter((n) => n.kind === 'evidence').length).toBeGreaterThan(0);
    expect(before.every((n) => n.hidden === (n.kind === 'evidence'))).toBe(true);
    // The edges from a hidden node fade with it.
    expect(await page.$$eval('#chain-view svg g.edge.kind-hidden', (es) => es.length)).toBeGreaterThan(0);
    await page.check('#kinds input[data-kind="evidence"]');
    expect((await faint(page)).some((n) => n.hidden)).toBe(false);
    await page.uncheck('#kinds input[data-kind="premise"]');
    expect((await faint(page)).filter((n) => n.hidden).map((n) => n.kind)).toEqual(expect.arrayContaining(['premise']));
    expect((await faint(page)).every((n) => n.hidden === (n.kind === 'premise'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('stops naming the node picked before in the address when a step junction is picked', async () => {
    const { page, errors } = await open(RIVER);
    await showChain(page, 'reopen');
    expect(await page.evaluate(() => location.hash)).toBe('#node=reopen');
    await page.click('#chain-view g.inference[data-id="i-reopen"]');
    expect(await page.$eval('#panel-node', (p) => p.textContent)).toContain(explorer.written(RIVER).loaded.map.nodes.find((n) => n.id === 'water-safe')!.text);
    expect(await page.evaluate(() => location.hash)).not.toContain('node=');
    expect(errors).toEqual([]);
  });

  it('moves the marks in the chain view from the node picked before to the junction picked', async () => {
    const { page, errors } = await open(RIVER);
    const roles = (): Promise<Record<string, string>> =>
      page.$$eval('#chain-view svg [data-chain]', (gs) => Object.fromEntries(gs.map((g) => [g.getAttribute('data-id')!, g.getAttribute('data-chain')!])));
    await showChain(page, 'reopen');
    expect((await roles())['reopen']).toBe('selected');
    await page.click('#chain-view g.inference[data-id="i-reopen"]');
    const after = await roles();
    // i-reopen: water-safe, access-safe and demand together give reopen, on which i-lifeguards and budget-lifeguards rest.
    expect(Object.entries(after).filter(([, r]) => r === 'selected')).toEqual([['i-reopen', 'selected']]);
    expect(after['reopen']).toBe('supports');
    expect(after['water-safe']).toBe('rests-on');
    // Support for reopen by the other step (i-clubs) is no part of this one's chain.
    expect(after['clubs']).toBeUndefined();
    expect(await page.isVisible('#chain-view')).toBe(true);
    // Depth 1 redraws reopen's chain with 9 of its 26 nodes; the junction, still in it, keeps the marks.
    await page.selectOption('#chain-depth', '1');
    await page.waitForFunction(
      () => document.querySelector('#chain-view')?.getAttribute('aria-busy') === 'false' && document.querySelectorAll('#chain-view svg g.node').length < 20,
    );
    const redrawn = await roles();
    expect(Object.entries(redrawn).filter(([, r]) => r === 'selected')).toEqual([['i-reopen', 'selected']]);
    expect(redrawn['reopen']).toBe('supports');
    expect(errors).toEqual([]);
  });
});

describe('an attack the author concedes, in the chain view and on the whole map', () => {
  it('marks a conceded attacker apart from a live one, in both drawings, with its own legend entry', async () => {
    const { page, errors } = await open(MEMORANDUM);
    const roles = (): Promise<Record<string, string>> =>
      page.$$eval('#chain-view svg [data-chain]', (gs) => Object.fromEntries(gs.map((g) => [g.getAttribute('data-id')!, g.getAttribute('data-chain')!])));
    const mapClass = (id: string): Promise<string> => page.$eval(`#map-pane g.node[data-id="${id}"]`, (g) => g.getAttribute('class') ?? '');
    // C.5 grants that Stalin's prestige will be missing and holds it outweighed ("More important factors, however, will remain").
    await showChain(page, 'c5-no-radical-change');
    expect((await roles())['c5-prestige-missing']).toBe('conceded');
    expect(await mapClass('c5-prestige-missing')).toMatch(/\bconceded\b/);
    expect(await mapClass('c5-prestige-missing')).not.toMatch(/\battacker\b/);
    // C.3's unchanged objectives strike at C.2's real change with nothing conceded: a live challenge.
    await showChain(page, 'c2-real-change');
    expect((await roles())['c3-objectives-unchanged']).toBe('attacker');
    expect(await mapClass('c3-objectives-unchanged')).toMatch(/\battacker\b/);
    const styles = await page.$eval('#chain-view g[data-chain="attacker"] .shape', (s) => getComputedStyle(s).strokeDasharray);
    await showChain(page, 'c5-no-radical-change');
    const conceded = await page.$eval('#chain-view g[data-chain="conceded"] .shape', (s) => getComputedStyle(s).strokeDasharray);
    expect(conceded).not.toBe(styles);
    expect(await page.$eval('footer', (f) => f.textContent)).toContain('conceded: outweighed');
    expect(errors).toEqual([]);
  });

  it('gives no conceded entry to a map with no conceded attack', async () => {
    const { page } = await open('test/fixtures/explorer/river-swimming.yaml');
    expect(await page.$eval('footer', (f) => f.textContent)).not.toContain('conceded');
  });
});
