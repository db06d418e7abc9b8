import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EDGE_STYLES, KIND_STYLES } from '../src/render/palette.js';
import { useExplorerPages, type OpenedPage } from './helpers/explorer-pages.js';

/*
 * What a reader of the explorer sees at 1440 × 900, measured in Chromium: the size on screen of every
 * label drawn, in each view the page offers; the legend against the drawing; where the selection stays
 * when zooming.
 */

const MEMORANDUM = 'arguments/soviet-policies-1953.yaml';
const EXAMPLE = 'arguments/examples/harbour.yaml';
const SECTIONS = 'test/fixtures/views/sections.yaml';
const maps = [SECTIONS, EXAMPLE, ...(existsSync(MEMORANDUM) ? [MEMORANDUM] : [])];

const explorer = useExplorerPages(maps, { viewport: { width: 1440, height: 900 }, warnings: true, prefix: 'argmap-nav-' });
const open = (file: string, hash = ''): Promise<OpenedPage> => explorer.open(file, hash);

interface Labels {
  /** On-screen sizes (CSS px) of the labels drawn and at least partly inside the pane. */
  shown: number[];
  /** Labels of the drawing left undrawn by the semantic zoom. */
  hidden: number;
}

/** Every label of the drawing in the pane: its type size times the drawing's scale on screen. */
function labels(page: Page): Promise<Labels> {
  return page.evaluate(() => {
    const pane = document.getElementById('map-pane')!.getBoundingClientRect();
    const shown: number[] = [];
    let hidden = 0;
    for (const t of document.querySelectorAll<SVGTextElement>('#map-pane svg text')) {
      if (t.getClientRects().length === 0 || getComputedStyle(t).display === 'none') {
        hidden++;
        continue;
      }
      const r = t.getBoundingClientRect();
      if (r.right < pane.left || r.left > pane.right || r.bottom < pane.top || r.top > pane.bottom || !t.textContent?.trim()) continue;
      const m = t.getScreenCTM()!;
      shown.push(parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b));
    }
    return { shown, hidden };
  });
}

const crumbs = (page: Page): Promise<string[]> => page.$$eval('#crumbs ol li', (lis) => lis.map((li) => li.textContent!.trim()));

describe.each(maps)('navigating %s at 1440 × 900', (file) => {
  it('opens on the overview, every label at least 11 px on screen and the whole drawing in the pane', async () => {
    const { page, errors } = await open(file);
    expect(await crumbs(page)).toEqual(['Overview']);
    const boxes = await page.$$eval('#map-pane svg g.section', (gs) => gs.map((g) => g.getAttribute('data-section')));
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    const { shown, hidden } = await labels(page);
    expect(hidden).toBe(0);
    expect(shown.length).toBeGreaterThan(boxes.length);
    expect(Math.min(...shown)).toBeGreaterThanOrEqual(11);
    // Nothing of the overview is off screen: every box lies inside the pane.
    const outside = await page.evaluate(() => {
      const pane = document.getElementById('map-pane')!.getBoundingClientRect();
      return [...document.querySelectorAll('#map-pane g.section')].filter((g) => {
        const r = g.getBoundingClientRect();
        return r.left < pane.left - 1 || r.right > pane.right + 1 || r.top < pane.top - 1 || r.bottom > pane.bottom + 1;
      }).length;
    });
    expect(outside).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens each box as its own drawing, readable (9 px or more) from its conclusions, with a breadcrumb back', async () => {
    const { loaded } = explorer.written(file);
    const { page, errors } = await open(file);
    const boxes = await page.$$eval('#map-pane svg g.section', (gs) =>
      gs.map((g) => ({ id: g.getAttribute('data-section')!, title: g.querySelector('title')!.textContent!, nodes: Number(g.getAttribute('data-nodes')) })),
    );
    for (const box of boxes) {
      await page.click(`#map-pane g.section[data-section="${box.id}"] > rect`);
      expect(await crumbs(page)).toEqual(['Overview', box.title]);
      // Laid out for itself: exactly the box's nodes, no others.
      // The section's own drawing (a click on a conclusion named in the box also opens that node's chain view over it).
      const drawn = await page.$$eval('#map-pane > svg g.node', (gs) => gs.map((g) => g.getAttribute('data-id')!));
      expect(drawn.length).toBe(box.nodes);
      expect(drawn.every((id) => loaded.map.nodes.some((n) => n.id === id))).toBe(true);
      const { shown } = await labels(page);
      expect(shown.length).toBeGreaterThan(0);
      expect(Math.min(...shown)).toBeGreaterThanOrEqual(9);
      await page.click('#crumbs button.crumb[data-view="overview"]');
      expect(await crumbs(page)).toEqual(['Overview']);
    }
    expect(errors).toEqual([]);
  });

  it('reaches the whole map in one click and never draws a label under 9 px on it, however far it zooms', async () => {
    const { loaded } = explorer.written(file);
    const { page, errors } = await open(file);
    await page.click('#crumbs .views button[data-view="map"]');
    expect(await crumbs(page)).toEqual(['Overview', 'Whole map']);
    expect(await page.$$eval('#map-pane svg g.node', (gs) => gs.length)).toBe(loaded.map.nodes.length);
    const first = await labels(page);
    expect(first.shown.every((px) => px >= 9)).toBe(true);
    await page.focus('#map-pane');
    // Each press zooms by 1.25, so the labels come back at the first press that makes them 9 px or more:
    // the smallest then reads under 9 × 1.25. How many presses that takes depends on the drawing's width
    // (the memorandum's fit scale is under 0.1), so the loop runs until text shows, up to a bound.
    let presses = 0;
    let firstSeen: number[] = first.shown;
    while (firstSeen.length === 0 && presses < 20) {
      await page.keyboard.press('+');
      presses++;
      const now = await labels(page);
      expect(now.shown.filter((px) => px < 9)).toEqual([]);
      firstSeen = now.shown;
    }
    expect(firstSeen.length).toBeGreaterThan(0);
    if (presses > 0) expect(Math.min(...firstSeen)).toBeLessThan(9 * 1.25);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('+');
      expect((await labels(page)).shown.filter((px) => px < 9)).toEqual([]);
    }
    for (let i = 0; i < presses + 8; i++) await page.keyboard.press('-');
    const out = await labels(page);
    expect(out.shown.filter((px) => px < 9)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows a legend in HTML whose shapes and lines are painted as the drawing paints them', async () => {
    const { page } = await open(file, '#view=map');
    await page.click('#legend summary');
    const legendPx = await page.$eval('#legend li', (li) => parseFloat(getComputedStyle(li).fontSize));
    const kinds = await page.$$eval('#legend li[data-kind]', (lis) =>
      lis.map((li) => {
        const shape = li.querySelector('.shape')!;
        return { kind: li.getAttribute('data-kind')!, fill: shape.getAttribute('fill'), stroke: shape.getAttribute('stroke') };
      }),
    );
    const drawnKinds = await page.$$eval('#map-pane svg g.node[data-kind] .shape', (ss) =>
      ss.map((s) => ({ kind: s.closest('g.node')!.getAttribute('data-kind')!, fill: getComputedStyle(s).fill, stroke: getComputedStyle(s).stroke })),
    );
    const legendComputed = await page.$$eval('#legend li[data-kind] .shape', (ss) => ss.map((s) => ({ fill: getComputedStyle(s).fill, stroke: getComputedStyle(s).stroke })));
    expect(kinds.map((k) => k.kind).sort()).toEqual([...new Set(drawnKinds.map((d) => d.kind))].sort());
    kinds.forEach((k, i) => {
      expect({ fill: k.fill, stroke: k.stroke }).toEqual({
        fill: KIND_STYLES[k.kind as keyof typeof KIND_STYLES].fill,
        stroke: KIND_STYLES[k.kind as keyof typeof KIND_STYLES].stroke,
      });
      const inDrawing = drawnKinds.find((d) => d.kind === k.kind)!;
      expect(legendComputed[i]).toEqual({ fill: inDrawing.fill, stroke: inDrawing.stroke });
    });
    const edges = await page.$$eval('#legend li[data-edge]', (lis) =>
      lis.map((li) => {
        const p = li.querySelector('svg > path')!;
        return { look: li.getAttribute('data-edge')!, stroke: getComputedStyle(p).stroke, dash: p.getAttribute('stroke-dasharray') ?? '', text: li.textContent! };
      }),
    );
    const drawnEdges = await page.$$eval('#map-pane svg g.edge[data-type]:not([data-rating]) > path', (ps) =>
      ps.map((p) => ({ look: p.parentElement!.getAttribute('data-type')!, stroke: getComputedStyle(p).stroke, dash: p.getAttribute('stroke-dasharray') ?? '' })),
    );
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      const inDrawing = drawnEdges.find((d) => d.look === e.look);
      if (inDrawing) expect({ stroke: e.stroke, dash: e.dash }).toEqual({ stroke: inDrawing.stroke, dash: inDrawing.dash });
      expect(e.dash).toBe(EDGE_STYLES[e.look as keyof typeof EDGE_STYLES].dash);
      // Every line says which way it points.
      expect(e.text).toMatch(/from |both ways/);
    }
    // Set in the page's own type, not scaled with the drawing: the same size zoomed in or out.
    await page.focus('#map-pane');
    await page.keyboard.press('+');
    expect(await page.$eval('#legend li', (li) => parseFloat(getComputedStyle(li).fontSize))).toBe(legendPx);
    expect(legendPx).toBeGreaterThanOrEqual(12);
    await page.click('#legend summary');
    expect(await page.isVisible('#legend li')).toBe(false);
  });

  it('zooms about the selected node with + and - (keys and buttons), and about the pointer with the wheel', async () => {
    const { loaded } = explorer.written(file);
    // A node away from the middle of the pane (moved off it below), so zooming about the centre would move it.
    const target = loaded.map.nodes[loaded.map.nodes.length - 1]!.id;
    const { page } = await open(file, `#node=${encodeURIComponent(target)}&view=map`);
    const centre = (): Promise<{ x: number; y: number }> =>
      page.$eval(`#map-pane g.node.selected[data-id="${target}"]`, (g) => {
        const r = g.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
    await page.focus('#map-pane');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    const before = await centre();
    const pane = (await page.$eval('#map-pane', (p) => p.getBoundingClientRect().toJSON())) as DOMRect;
    expect(Math.abs(before.x - (pane.left + pane.width / 2)) + Math.abs(before.y - (pane.top + pane.height / 2))).toBeGreaterThan(20);
    const key = async (k: string): Promise<void> => {
      await page.focus('#map-pane');
      await page.keyboard.press(k);
    };
    for (const act of [() => key('+'), () => page.click('#zoom-in'), () => key('-'), () => page.click('#zoom-out')]) {
      const viewBox = await page.$eval('#map-pane svg', (s) => s.getAttribute('viewBox'));
      await act();
      expect(await page.$eval('#map-pane svg', (s) => s.getAttribute('viewBox'))).not.toBe(viewBox);
      const after = await centre();
      expect(Math.abs(after.x - before.x)).toBeLessThan(1.5);
      expect(Math.abs(after.y - before.y)).toBeLessThan(1.5);
    }
    // The wheel keeps the drawing's point under the pointer where it is.
    const at = { x: pane.left + pane.width * 0.3, y: pane.top + pane.height * 0.7 };
    const under = (): Promise<{ x: number; y: number }> =>
      page.evaluate(({ x, y }) => {
        const svg = document.querySelector<SVGSVGElement>('#map-pane svg')!;
        const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!.inverse());
        return { x: p.x, y: p.y };
      }, at);
    const point = await under();
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -240);
    const moved = await under();
    expect(Math.abs(moved.x - point.x)).toBeLessThan(1);
    expect(Math.abs(moved.y - point.y)).toBeLessThan(1);
  });
});

describe('moving between views', () => {
  it('opens a node found from the overview in its own section, keeps the address, and Back returns to the overview', async () => {
    const { loaded } = explorer.written(SECTIONS);
    const { page, errors } = await open(SECTIONS);
    const node = loaded.map.nodes.find((n) => n.id === 'labour-2')!;
    await page.fill('#search', node.id);
    await page.press('#search', 'Enter');
    expect(await crumbs(page)).toEqual(['Overview', 'Labour market']);
    expect(await page.$$eval('#map-pane g.node.selected', (gs) => gs.map((g) => g.getAttribute('data-id')))).toEqual([node.id]);
    expect(new URL(page.url()).hash).toBe(`#node=${node.id}`);
    // The same node on the whole map: marked there too, and the address says which view.
    await page.click('#crumbs .views button[data-view="map"]');
    expect(await page.$$eval('#map-pane g.node.selected', (gs) => gs.map((g) => g.getAttribute('data-id')))).toEqual([node.id]);
    expect(new URL(page.url()).hash).toBe(`#node=${node.id}&view=map`);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await crumbs(page)).toEqual(['Overview', 'Whole map']);
    expect(await page.$$eval('#map-pane g.node.selected', (gs) => gs.map((g) => g.getAttribute('data-id')))).toEqual([node.id]);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#crumbs [aria-current]')?.textContent === 'Labour market');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#crumbs [aria-current]')?.textContent === 'Overview');
    expect(errors).toEqual([]);
  });

  it('opens a section by keyboard, and a conclusion named in an overview box selected in its section', async () => {
    const { page } = await open(SECTIONS);
    await page.focus('#map-pane g.section[data-section="politics"]');
    await page.keyboard.press('Enter');
    expect(await crumbs(page)).toEqual(['Overview', 'Politics']);
    await page.click('#crumbs button.crumb[data-view="overview"]');
    await page.click('#map-pane g.section[data-section="outlook"] g.node[data-id="outlook-c2"] text');
    expect(await crumbs(page)).toEqual(['Overview', 'Outlook']);
    expect(await page.$$eval('#map-pane g.node.selected', (gs) => gs.map((g) => g.getAttribute('data-id')))).toEqual(['outlook-c2']);
    expect(await page.$eval('#panel-node h2', (h) => h.textContent)).toContain('early election');
  });

  it('shows a long hedge phrase as whole words, the full phrase in its tooltip and in the panel', async () => {
    const { page } = await open(SECTIONS, '#node=outlook-h');
    const badge = await page.$eval('#map-pane g.node[data-id="outlook-h"] g.badge[data-tone="phrase"]', (g) => ({
      text: g.querySelector('text')!.textContent!,
      title: g.querySelector('title')?.textContent,
    }));
    const phrase = 'these expectations are provisional and should be revisited';
    expect(badge.title).toBe(`“${phrase}”`);
    expect(badge.text).toMatch(/…”$/);
    const words = badge.text.slice(1, -2).split(' ');
    expect(words).toEqual(phrase.split(' ').slice(0, words.length));
    expect(await page.$eval('#panel-node', (p) => p.textContent)).toContain(phrase);
    // Selected, the node's outline turns heavy; its badge's pill keeps its own thin line.
    const widths = await page.$eval('#map-pane g.node.selected[data-id="outlook-h"]', (g) => ({
      shape: getComputedStyle(g.querySelector('.shape')!).strokeWidth,
      badge: getComputedStyle(g.querySelector('g.badge rect')!).strokeWidth,
    }));
    expect(widths).toEqual({ shape: '4px', badge: '1px' });
  });
});
