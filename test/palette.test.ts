import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadMap } from '../src/io/load.js';
import { renderSvg } from '../src/render/render.js';
import { LEGEND_MAX_WIDTH } from '../src/render/legend.js';
import { ACH_CELL_STYLES, ARROW_DIRECTIONS, EDGE_STYLES, KIND_STYLES, RATING_STYLES, kindCssVariables } from '../src/render/palette.js';
import { RATING_STYLE } from '../src/render/ach/palette.js';
import { PAGE_CSS } from '../src/render/explorer/page-style.js';

const EXAMPLE = 'arguments/examples/harbour.yaml';

describe('one palette', () => {
  it('imports nothing at run time, so the explorer client bundle can take it', () => {
    const source = readFileSync('src/render/palette.ts', 'utf8');
    const imports = [...source.matchAll(/^import\s+(.*)$/gm)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const i of imports) expect(i).toMatch(/^type /);
  });

  it('gives the explorer page the kinds’ colours of the drawing, and the ACH matrix the rating lines’ hues', () => {
    for (const [kind, style] of Object.entries(KIND_STYLES)) expect(PAGE_CSS).toContain(`--k-${kind}:${style.stroke}`);
    expect(kindCssVariables().split(';')).toHaveLength(Object.keys(KIND_STYLES).length);
    expect(RATING_STYLE).toBe(ACH_CELL_STYLES);
    expect(RATING_STYLES.CC.stroke).toBe(ACH_CELL_STYLES.CC.fill);
    expect(RATING_STYLES.II.stroke).toBe(ACH_CELL_STYLES.II.fill);
  });
});

describe('legend', () => {
  it('explains the direction of every line it lists, in columns no wider than its limit, in the drawing’s colours', async () => {
    const { svg } = await renderSvg(loadMap(EXAMPLE));
    const legend = /<g class="legend"[^]*?<\/g>(?=<g class="diagram"|\n<g class="diagram")/.exec(svg)?.[0] ?? /<g class="legend".*$/m.exec(svg)![0];
    const width = Number(/<g class="legend"[^>]*><rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/.exec(legend)![1]);
    expect(width).toBeLessThanOrEqual(LEGEND_MAX_WIDTH);
    const drawn = new Set([...svg.matchAll(/<g class="edge" data-type="([a-z]+)"/g)].map((m) => m[1]!));
    expect(drawn.has('explains')).toBe(true);
    for (const type of drawn) {
      if (type === 'premise') continue;
      const style = EDGE_STYLES[type as keyof typeof EDGE_STYLES];
      expect(legend, type).toContain(`${style.label}: ${ARROW_DIRECTIONS[type as keyof typeof ARROW_DIRECTIONS]}`.replace(/'/g, '&#39;'));
      // The legend's sample line has the colour the drawing's lines of that type have.
      expect(legend).toContain(`stroke="${style.stroke}"`);
      expect(svg).toMatch(new RegExp(`data-type="${type}"[^]*?stroke="${style.stroke}"`));
    }
    // Laid out in rows: kinds several to a row, not one row as wide as the map.
    const ys = new Set([...legend.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => m[1]));
    expect(ys.size).toBeGreaterThan(4);
  });
});
