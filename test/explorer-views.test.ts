import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/argument-graph.js';
import { loadMap } from '../src/io/load.js';
import { explorerViews } from '../src/app/explorer-views.js';
import { buildExplorerPage } from '../src/render/explorer/index.js';
import { explorerLegendHtml } from '../src/render/explorer/legend-html.js';
import { EDGE_STYLES, KIND_STYLES } from '../src/render/palette.js';
import { partSelection } from '../src/render/select.js';
import { measureText, truncateWords } from '../src/render/text.js';
import { renderSvg } from '../src/render/render.js';

const SECTIONS = 'test/fixtures/views/sections.yaml';
const EXAMPLE = 'arguments/examples/harbour.yaml';

describe('a part of the map drawn alone', () => {
  it('holds its nodes and only the steps made wholly inside them', () => {
    const { map } = loadMap(SECTIONS);
    const nodes = map.nodes.filter((n) => n.section === 'outlook' || n.section === 'politics').map((n) => n.id);
    const part = partSelection(map, buildGraph(map), nodes);
    const steps = [...part].filter((id) => !nodes.includes(id)).sort();
    // i-c2 has a premise in the economy section: left out rather than drawn with a premise missing.
    expect(steps).toEqual(['i-pol', 'i-pol2', 'i-pol3']);
    expect(nodes.every((id) => part.has(id))).toBe(true);
  });

  it('is drawn with the part named under the map title, and nothing from outside it', async () => {
    const loaded = loadMap(SECTIONS);
    const nodes = loaded.map.nodes.filter((n) => n.section === 'trade').map((n) => n.id);
    const { svg } = await renderSvg(loaded, { part: { title: 'Trade figures', nodes } });
    expect(svg).toContain('>Trade figures</text>');
    expect([...svg.matchAll(/<g class="node" data-id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([...nodes].sort());
  });
});

describe('the drawings the explorer carries besides the whole map', () => {
  it('are the overview and one drawing per box, in a <template> each, and each is checked as the whole map is', async () => {
    const loaded = loadMap(SECTIONS);
    const views = await explorerViews(loaded);
    expect(views.overview).toContain('class="section"');
    const boxes = [...views.overview!.matchAll(/<g class="section" data-section="([^"]+)" data-nodes="(\d+)"/g)].map((m) => ({ id: m[1]!, nodes: Number(m[2]) }));
    expect(views.sections!.map((s) => s.id)).toEqual(boxes.map((b) => b.id));
    for (const s of views.sections!) expect((s.svg.match(/<g class="node" /g) ?? []).length).toBe(boxes.find((b) => b.id === s.id)!.nodes);
    const base = { loaded, svg: (await renderSvg(loaded)).svg, sources: new Map(), clientScript: '' };
    const page = buildExplorerPage({ ...base, ...views });
    expect(page.match(/<template class="view-section"/g)!.length).toBe(views.sections!.length);
    expect(page).toContain('<template id="view-overview"');
    const bad = { ...views.sections![0]!, svg: views.sections![0]!.svg.replace('</svg>', '<script>alert(1)</script></svg>') };
    expect(() => buildExplorerPage({ ...base, ...views, sections: [bad] })).toThrow(/<script> element/);
  });

  it('are left out for a map of one box: it opens on the whole map', async () => {
    const loaded = loadMap(SECTIONS);
    const nodes = loaded.map.nodes.map((n) => {
      const copy = { ...n };
      delete copy.section;
      return copy;
    });
    const one = { ...loaded, map: { ...loaded.map, sections: [], nodes } };
    // Without sections the overview groups by document and locator; this map has neither, so one box.
    expect(await explorerViews(one)).toEqual({});
  });
});

describe("the explorer's legend", () => {
  it('paints each kind and line from the palette and says which way each line points', () => {
    const { map } = loadMap(EXAMPLE);
    const html = explorerLegendHtml(map);
    for (const kind of new Set(map.nodes.map((n) => n.kind))) {
      const item = html.match(new RegExp(`<li data-kind="${kind}">(.*?)</li>`))![1]!;
      expect(item).toContain(`fill="${KIND_STYLES[kind].fill}" stroke="${KIND_STYLES[kind].stroke}"`);
    }
    for (const type of new Set((map.relations ?? []).map((r) => r.type))) {
      const item = html.match(new RegExp(`<li data-edge="${type}">(.*?)</li>`))![1]!;
      expect(item).toContain(`stroke="${EDGE_STYLES[type].stroke}"`);
      expect(item).toMatch(/: (from|both ways)/);
    }
    // Its arrow heads are its own, never the drawing's markers (which are not in the page in every view).
    expect(html).not.toContain('url(#m-');
  });
});

describe('a shortened hedge phrase', () => {
  const style = { size: 9.5, bold: true };
  it('keeps whole words and fits', () => {
    const phrase = 'there can at present be no grounds for believing';
    for (const width of [60, 90, 120, 150, 180]) {
      const cut = truncateWords(phrase, width, style, '”');
      expect(measureText(cut, style)).toBeLessThanOrEqual(width);
      const words = cut.replace(/…”$/, '').split(' ');
      expect(words).toEqual(phrase.split(' ').slice(0, words.length));
    }
    expect(truncateWords('short', 180, style, '”')).toBe('short”');
    // One word too long for the room is cut inside it, as a label would be.
    expect(truncateWords('incomprehensibilities', 40, style, '”')).toMatch(/^inc.*…”$/);
  });
});
