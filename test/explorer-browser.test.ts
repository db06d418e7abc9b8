import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildGraph, restsOn, supportedBy } from '../src/graph/argument-graph.js';
import type { LoadedMap } from '../src/io/load.js';
import { normaliseForQuote } from '../src/io/quote.js';
import { formatLocator } from '../src/render/locator.js';
import { clickOnMap, useExplorerPages, type OpenedPage } from './helpers/explorer-pages.js';

const EXAMPLE = 'arguments/examples/harbour.yaml';
const MEMORANDUM = 'arguments/soviet-policies-1953.yaml';
const HOSTILE = 'test/fixtures/explorer/hostile.yaml';

const explorer = useExplorerPages([EXAMPLE, HOSTILE, ...(existsSync(MEMORANDUM) ? [MEMORANDUM] : [])], {
  viewport: { width: 1280, height: 800 },
  warnings: true,
  prefix: 'argmap-explorer-',
});

// These tests work on the whole map; the page opens on the overview (test/explorer-nav-browser.test.ts).
const open = (file: string): Promise<OpenedPage> => explorer.open(file, '#view=map');

/** Ids of map nodes carrying a state class on the page, sorted. */
async function marked(page: Page, cls: string): Promise<string[]> {
  return page.$$eval(`g.node.${cls}`, (els) => els.map((e) => e.getAttribute('data-id')!).sort());
}

function mapNodes(loaded: LoadedMap, ids: Set<string>): string[] {
  const nodes = new Set(loaded.map.nodes.map((n) => n.id));
  return [...ids].filter((id) => nodes.has(id)).sort();
}

const maps = [EXAMPLE, ...(existsSync(MEMORANDUM) ? [MEMORANDUM] : [])];

describe.each(maps)('explorer page for %s', (file) => {
  it('loads with no console errors and no request beyond the file itself', async () => {
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests.map((u) => u.replace(/#.*/, ''))).toEqual([explorer.written(file).url]);
    expect(await page.$$eval('g.node', (els) => els.length)).toBe(explorer.written(file).loaded.map.nodes.length);
    // With nothing selected, the panel offers the map's conclusions as places to start.
    const offered = await page.$$eval('#panel-node [data-goto]', (bs) => bs.map((b) => b.getAttribute('data-goto')));
    expect(offered).toEqual(
      explorer
        .written(file)
        .loaded.map.nodes.filter((n) => n.kind === 'conclusion')
        .map((n) => n.id),
    );
  });

  it('clicking each conclusion highlights exactly what the engine says it rests on and what rests on it', async () => {
    const { loaded } = explorer.written(file);
    const g = buildGraph(loaded.map);
    const { page, errors } = await open(file);
    const conclusions = loaded.map.nodes.filter((n) => n.kind === 'conclusion' || (loaded.map.inferences ?? []).some((i) => i.conclusion === n.id));
    expect(conclusions.length).toBeGreaterThan(0);
    for (const n of conclusions.slice(0, 8)) {
      await clickOnMap(page, `g.node[data-id="${n.id}"]`);
      expect(await marked(page, 'selected')).toEqual([n.id]);
      expect(await marked(page, 'rests-on')).toEqual(mapNodes(loaded, restsOn(g, n.id)));
      expect(await marked(page, 'supports')).toEqual(mapNodes(loaded, supportedBy(g, n.id)));
      const lit = new Set([n.id, ...restsOn(g, n.id), ...supportedBy(g, n.id)]);
      const dimmed = await marked(page, 'dimmed');
      const attackers = await marked(page, 'attacker');
      // Every map node is either lit, an attacker shown apart, or dimmed; never two of these.
      expect([...dimmed, ...attackers].filter((id) => lit.has(id))).toEqual([]);
      expect(dimmed.filter((id) => attackers.includes(id))).toEqual([]);
      expect(dimmed.length + attackers.length + mapNodes(loaded, lit).length).toBe(loaded.map.nodes.length);
    }
    expect(errors).toEqual([]);
  });

  it('shows each quoted node’s words inside <mark> within its paragraph', async () => {
    const { loaded } = explorer.written(file);
    const { page } = await open(file);
    const quoted = loaded.map.nodes.filter((n) => n.source).slice(0, 6);
    for (const n of quoted) {
      await clickOnMap(page, `g.node[data-id="${n.id}"]`);
      // A quote that runs over a footnote marker is marked in pieces, the marker left out.
      const text = await page.$$eval('#panel-node blockquote.paragraph mark', (ms) => ms.map((m) => m.textContent ?? '').join(' '));
      expect(normaliseForQuote(text)).toBe(normaliseForQuote(n.source!.quote));
      const paragraph = await page.$eval('#panel-node blockquote.paragraph', (b) => b.textContent ?? '');
      expect(paragraph.length).toBeGreaterThanOrEqual(text.length);
    }
  });

  it('search finds a node by its locator, written or printed, and by id', async () => {
    const { loaded } = explorer.written(file);
    const { page } = await open(file);
    const withLocator = loaded.map.nodes.filter((n) => n.source);
    const deep = withLocator.find((n) => n.source!.locator.split('.').length > 2) ?? withLocator[0]!;
    for (const query of [deep.source!.locator, formatLocator(deep.source!.locator)]) {
      await page.fill('input[type=search]', query);
      const found = await page.$$eval('#search-results button[data-goto]', (bs) => bs.map((b) => b.getAttribute('data-goto')));
      expect(found).toContain(deep.id);
      // Nodes at exactly that locator come first.
      const atLocator = loaded.map.nodes.filter((n) => n.source?.locator === deep.source!.locator).map((n) => n.id);
      expect(found.slice(0, atLocator.length).sort()).toEqual(atLocator.sort());
      expect(await marked(page, 'match')).toContain(deep.id);
    }
    await page.fill('input[type=search]', deep.id);
    await page.press('input[type=search]', 'Enter');
    expect(await marked(page, 'selected')).toEqual([deep.id]);
    // Arrow keys walk the result list; Enter on a result selects it.
    await page.fill('input[type=search]', deep.source!.locator);
    await page.press('input[type=search]', 'ArrowDown');
    const firstResult = await page.evaluate(() => document.activeElement?.getAttribute('data-goto'));
    await page.keyboard.press('Enter');
    expect(await marked(page, 'selected')).toEqual([firstResult]);
  });

  it('selects by keyboard: Tab to a node, Enter, Escape clears', async () => {
    const { page } = await open(file);
    await page.focus('#map-pane');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(focused).toBeTruthy();
    await page.keyboard.press('Enter');
    expect(await marked(page, 'selected')).toEqual([focused]);
    expect(await page.$eval('#panel-node h2', (h) => h.textContent)).toBeTruthy();
    // From the node's panel, a reason's scheme opens that step of reasoning.
    const step = await page.$('#panel-node [data-step]');
    if (step) {
      const id = await step.getAttribute('data-step');
      await step.focus();
      await page.keyboard.press('Enter');
      // A linked step is a junction box; a one-premise step is its line, which carries the step's id.
      expect(await page.$$eval('g.inference.selected, g.edge.selected', (els) => els.map((e) => e.getAttribute('data-id') ?? e.getAttribute('data-inference')))).toEqual([id]);
      await page.focus('#map-pane');
    }
    await page.keyboard.press('Escape');
    expect(await marked(page, 'selected')).toEqual([]);
  });

  it('pans, zooms and fits by keyboard and wheel; filters by kind', async () => {
    const { page } = await open(file);
    const viewBox = (): Promise<number[]> => page.$eval('#map-pane svg', (s) => s.getAttribute('viewBox')!.split(' ').map(Number));
    const start = await viewBox();
    await page.focus('#map-pane');
    await page.keyboard.press('+');
    const zoomed = await viewBox();
    expect(zoomed[2]!).toBeLessThan(start[2]!);
    await page.keyboard.press('ArrowRight');
    expect((await viewBox())[0]!).toBeGreaterThan(zoomed[0]!);
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 300);
    expect((await viewBox())[2]!).toBeGreaterThan(zoomed[2]!);
    await page.keyboard.press('0');
    expect(await viewBox()).toEqual(start);
    // Dragging pans and does not select what it started on.
    const box = (await page.$('#map-pane'))!;
    const r = (await box.boundingBox())!;
    const before = await viewBox();
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await page.mouse.down();
    await page.mouse.move(r.x + r.width / 2 - 120, r.y + r.height / 2 - 40, { steps: 6 });
    await page.mouse.up();
    const after = await viewBox();
    expect(after[0]!).toBeGreaterThan(before[0]!);
    expect(after[1]!).toBeGreaterThan(before[1]!);
    expect(after[2]).toBeCloseTo(before[2]!, 1);
    expect(await marked(page, 'selected')).toEqual([]);
    await page.keyboard.press('0');
    const kind = explorer.written(file).loaded.map.nodes[0]!.kind;
    await page.uncheck(`#kinds input[data-kind="${kind}"]`);
    const hidden = await marked(page, 'kind-hidden');
    expect(hidden).toEqual(
      explorer
        .written(file)
        .loaded.map.nodes.filter((n) => n.kind === kind)
        .map((n) => n.id)
        .sort(),
    );
  });
});

describe('inferences', () => {
  it('clicking a junction marks what the inference rests on and what rests on it, and names its undercutters', async () => {
    const { loaded } = explorer.written(EXAMPLE);
    const g = buildGraph(loaded.map);
    const undercut = (loaded.map.relations ?? []).find((r) => r.type === 'undercuts')!;
    const { page, errors } = await open(EXAMPLE);
    await page.click(`g.inference[data-id="${undercut.to}"]`);
    expect(await marked(page, 'rests-on')).toEqual(mapNodes(loaded, restsOn(g, undercut.to)));
    expect(await marked(page, 'supports')).toEqual(mapNodes(loaded, supportedBy(g, undercut.to)));
    expect(await marked(page, 'attacker')).toContain(undercut.from);
    expect(await page.$eval('#panel-node .related.attacker', (s) => s.textContent)).toContain(loaded.map.nodes.find((n) => n.id === undercut.from)!.text);
    expect(errors).toEqual([]);
  });
});

describe('the node panel', () => {
  it('says how each challenger bears on the node and lists its other links', async () => {
    const { loaded } = explorer.written(EXAMPLE);
    const rebut = (loaded.map.relations ?? []).find((r) => r.type === 'contradicts')!;
    const other = (loaded.map.relations ?? []).find((r) => r.type === 'predicts' && r.from === rebut.from)!;
    const { page } = await open(EXAMPLE);
    await page.click(`g.node[data-id="${rebut.from}"]`);
    const challenge = await page.$eval('#panel-node .related.attacker', (s) => s.textContent!);
    expect(challenge).toContain('contradicts this node');
    expect(challenge).toContain(rebut.rationale!);
    const links = await page.$$eval('#panel-node .related.other [data-goto]', (bs) => bs.map((b) => b.getAttribute('data-goto')));
    expect(links).toContain(other.to);
  });
});

describe('touch', () => {
  it('zooms with a two-finger pinch (pointer events) about the fingers’ midpoint', async () => {
    const { page, errors } = await open(EXAMPLE);
    const width = (): Promise<number> => page.$eval('#map-pane svg', (s) => Number(s.getAttribute('viewBox')!.split(' ')[2]));
    const before = await width();
    await page.$eval('#map-pane', (host) => {
      const r = host.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const fire = (type: string, id: number, x: number): void => {
        host.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: x, clientY: cy, bubbles: true }));
      };
      fire('pointerdown', 1, cx - 50);
      fire('pointerdown', 2, cx + 50);
      fire('pointermove', 2, cx + 150);
      fire('pointerup', 2, cx + 150);
      fire('pointerup', 1, cx - 50);
    });
    // Fingers twice as far apart: half as much of the drawing in view.
    expect(await width()).toBeCloseTo(before / 2, 0);
    expect(await marked(page, 'selected')).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('links and context', () => {
  it('opens with the node a #node= link names selected', async () => {
    const { loaded } = explorer.written(EXAMPLE);
    const target = loaded.map.nodes.find((n) => n.kind === 'conclusion')!;
    const { page } = await explorer.open(EXAMPLE, `#node=${encodeURIComponent(target.id)}&view=map`);
    expect(await marked(page, 'selected')).toEqual([target.id]);
    await page.click('#fit');
    await clickOnMap(page, `g.node[data-id="${loaded.map.nodes[0]!.id}"]`);
    expect(new URL(page.url()).hash).toBe(`#node=${loaded.map.nodes[0]!.id}&view=map`);
    // Back retraces the walk.
    await page.goBack();
    await page.waitForFunction((id) => document.querySelector(`g.node.selected`)?.getAttribute('data-id') === id, target.id);
    expect(await marked(page, 'selected')).toEqual([target.id]);
  });

  it.runIf(existsSync(MEMORANDUM))('shows an item’s quote after the lead-in of the paragraph it belongs to', async () => {
    const { loaded } = explorer.written(MEMORANDUM);
    const item = loaded.map.nodes.find((n) => /^[A-Z]?\.?\d+\.[ivx]+$/.test(n.source?.locator ?? ''))!;
    expect(item).toBeDefined();
    const { page } = await open(MEMORANDUM);
    await page.fill('input[type=search]', item.id);
    await page.press('input[type=search]', 'Enter');
    expect(await page.$eval('#panel-node blockquote.lead', (b) => b.textContent!.length)).toBeGreaterThan(20);
    expect(normaliseForQuote(await page.$$eval('#panel-node blockquote.paragraph mark', (ms) => ms.map((m) => m.textContent).join(' ')))).toBe(
      normaliseForQuote(item.source!.quote),
    );
  });
});

describe('without script', () => {
  it('still shows the whole drawing, scrollable, and says why nothing is interactive', async () => {
    const { url, loaded } = explorer.written(EXAMPLE);
    const context = await explorer.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    expect(await page.isVisible('noscript p, p.noscript')).toBe(true);
    expect(await page.isVisible('#search')).toBe(false);
    expect(await page.$$eval('g.node', (els) => els.filter((e) => e.getBoundingClientRect().width > 0).length)).toBe(loaded.map.nodes.length);
    await context.close();
  });
});

describe('a hostile map', () => {
  it('renders inert: no dialog, no script run, no injected element, the text shown literally', async () => {
    const { loaded } = explorer.written(HOSTILE);
    const { page, errors, requests, dialogs } = await open(HOSTILE);
    for (const n of loaded.map.nodes) await clickOnMap(page, `g.node[data-id="${n.id}"]`);
    await page.click('#tab-findings');
    await page.click('#tab-ach');
    await page.fill('input[type=search]', '<script>');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.map((u) => u.replace(/#.*/, ''))).toEqual([explorer.written(HOSTILE).url]);
    expect(await page.title()).toBe(loaded.map.title);
    // Exactly the page's own two script elements, no images, iframes or nested svg from the map.
    expect(await page.$$eval('script', (s) => s.length)).toBe(2);
    expect(await page.$$eval('img, iframe, svg svg, [onerror], [onload], [onmouseover]', (e) => e.length)).toBe(0);
    await clickOnMap(page, 'g.node[data-id="script"]');
    expect(await page.$eval('#panel-node h2', (h) => h.textContent)).toBe(loaded.map.nodes.find((n) => n.id === 'script')!.text);
    expect(await page.$eval('#panel-node blockquote mark', (m) => m.textContent)).toContain("</script><script>document.title='pwned-script'</script>");
    expect(await page.$eval('#page-title', (h) => h.textContent)).toBe(loaded.map.title);
  });
});

describe('the ACH tab', () => {
  it('shows each hypothesis set’s matrix, styled without breaking the policy, and selects a row’s evidence on the map', async () => {
    const { loaded } = explorer.written(EXAMPLE);
    const { page, errors } = await open(EXAMPLE);
    await page.click('#tab-ach');
    const sets = await page.$$eval('#panel-ach table.ach', (ts) => ts.map((t) => t.id));
    expect(sets).toEqual((loaded.map.hypothesisSets ?? []).map((s) => `ach-${s.id}`));
    const evidence = await page.$$eval('#panel-ach tr[data-evidence]', (rows) => rows.map((r) => r.getAttribute('data-evidence')!));
    expect(evidence.length).toBeGreaterThan(0);
    await page.click(`#panel-ach tr[data-evidence="${evidence[0]}"] th`);
    expect(await marked(page, 'selected')).toEqual([evidence[0]]);
    expect(errors).toEqual([]);
  });
});

describe('the findings tab', () => {
  it('lists the checks’ findings by rule and selects a finding’s nodes when clicked or stepped to', async () => {
    const { page, errors } = await open(EXAMPLE);
    await page.click('#tab-findings');
    const rules = await page.$$eval('#panel-findings details.rule summary code', (c) => c.map((e) => e.textContent));
    expect(rules.length).toBeGreaterThan(0);
    await page.click('#finding-next');
    const active = await page.$eval('#panel-findings button.finding.active', (b) => b.parentElement!.querySelectorAll('[data-goto]').length);
    const selected = await marked(page, 'selected');
    expect(selected.length).toBeGreaterThan(0);
    expect(selected.length).toBeLessThanOrEqual(active);
    expect(errors).toEqual([]);
  });
});
