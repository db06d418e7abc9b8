import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { prng } from '../scripts/bench/_lib.mjs';
import { measureText, normaliseSpace, truncateText, type TextStyle } from '../src/render/text.js';
import { DRAWING_LIMIT, fitsDrawingLimit, wholeMapSize } from '../src/render/render.js';
import { elkGraph } from '../src/render/layout.js';
import { measureNode } from '../src/render/boxes.js';
import { buildGraph } from '../src/graph/argument-graph.js';
import type { ArgumentMap } from '../src/model/types.js';

const dir = mkdtempSync(join(tmpdir(), 'argmap-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Shortening as it was specified: drop the last character and measure again until it fits. */
function shortenOneByOne(text: string, maxWidth: number, style: TextStyle): string {
  const clean = normaliseSpace(text);
  if (measureText(clean, style) <= maxWidth) return clean;
  const chars = [...clean];
  while (chars.length > 0 && measureText(chars.join('') + '…', style) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}

const words = (n: number): string => {
  const list = ['The', 'Soviet', 'leaders', 'AVAWAY', 'détente,', 'Tr.', 'y’all', 'ЖЖ', '🙂', 'LT-Yo'];
  let s = '';
  for (let i = 0; s.length < n; i++) s += list[i % list.length] + ' ';
  return s.slice(0, n);
};

describe('label shortening', () => {
  it('cuts where removing characters one by one would, kerning and unknown characters included', () => {
    const rand = prng(13);
    for (let k = 0; k < 400; k++) {
      const text = words(Math.floor(rand() * 90)).slice(Math.floor(rand() * 10));
      const style = { size: 9 + Math.floor(rand() * 8), bold: rand() < 0.5 };
      const width = rand() * 400;
      expect(truncateText(text, width, style), `${JSON.stringify(text)} in ${width}`).toBe(shortenOneByOne(text, width, style));
    }
  });

  it('shortens a 200,000-character label in one pass (one by one it took minutes)', () => {
    const label = words(200_000);
    const style = { size: 12 };
    const cut = truncateText(label, 300, style);
    expect(cut.endsWith('…')).toBe(true);
    expect(measureText(cut, style)).toBeLessThanOrEqual(300);
    expect(label.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('ach --format svg draws a matrix whose CSV label is 100,000 characters long', async () => {
    const file = join(dir, 'long-label.csv');
    writeFileSync(file, `evidence,H1,H2\r\n${words(100_000).replace(/,/g, ';')},C,I\r\n`);
    const r = await runCli('ach', file, '-f', 'svg');
    expect(r.code, r.err).toBe(0);
    // The whole label stays in the tooltip; the drawn line is cut to its cell.
    const drawn = /<\/title>([^<]*…)<\/text>/.exec(r.out)?.[1] ?? '';
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(100);
  });
});

describe('label length', () => {
  const map = (text: string) => `title: Long labels\nnodes:\n  - id: a\n    kind: claim\n    text: ${text}\n`;

  it('refuses a label over 1,000 characters at its line and column, naming the limit', async () => {
    const file = join(dir, 'long.yaml');
    writeFileSync(file, map('x'.repeat(1001)));
    const r = await runCli('validate', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:5:11: error: nodes[0].text: must NOT have more than 1000 characters`);
  });

  it('accepts 1,000', async () => {
    const file = join(dir, 'at-limit.yaml');
    writeFileSync(file, map('x'.repeat(1000)));
    expect((await runCli('validate', file)).code).toBe(0);
  });
});

/** A chain of `n` nodes, each step an inference; sections left out, as machine-made maps do. */
function chain(n: number): ArgumentMap {
  const nodes = Array.from({ length: n }, (_v, i) => ({ id: `n${i}`, kind: 'claim' as const, text: `step ${i}` }));
  const inferences = nodes.slice(1).map((node, i) => ({ id: `i${i}`, premises: [`n${i}`], conclusion: node.id }));
  return { title: 'Chain', nodes, inferences };
}

describe('drawing size', () => {
  it('draws the overview of a whole map over the limit, saying why on stderr and naming --focus and --set', async () => {
    const file = join(dir, 'huge.json');
    writeFileSync(file, JSON.stringify(chain(DRAWING_LIMIT.boxes)));
    const out = join(dir, 'out-auto');
    const r = await runCli('render', file, '--out-dir', out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`huge.json holds ${2 * DRAWING_LIMIT.boxes - 1} boxes (nodes and inferences) and ${2 * (DRAWING_LIMIT.boxes - 1)} links`);
    expect(r.err).toContain(`at most ${DRAWING_LIMIT.boxes} boxes and ${DRAWING_LIMIT.links} links in full`);
    expect(r.err).toMatch(/draws the overview .*--focus <node-id>.*--set <set-id>/);
    expect(r.out).toBe(`wrote ${join(out, 'huge--overview.svg')}\n`);
    const svg = readFileSync(join(out, 'huge--overview.svg'), 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('class="sections"');
    // The same drawing --overview makes, to stdout with -o - as well.
    const asked = await runCli('render', file, '--overview', '-o', '-');
    expect(asked.err).toBe('');
    expect(asked.out).toBe(svg);
  });

  it('counts boxes as nodes and inferences: a chain at the limit fits, one node more does not', () => {
    // A chain of n nodes has n - 1 inferences.
    const n = Math.floor((DRAWING_LIMIT.boxes + 1) / 2);
    expect(wholeMapSize(chain(n)).boxes).toBeLessThanOrEqual(DRAWING_LIMIT.boxes);
    expect(fitsDrawingLimit(wholeMapSize(chain(n)))).toBe(true);
    expect(fitsDrawingLimit(wholeMapSize(chain(n + 1)))).toBe(false);
  });

  it('refuses --views of a map over the limit with exit 2 rather than drawing something else', async () => {
    const file = join(dir, 'huge-views.json');
    writeFileSync(file, JSON.stringify(chain(DRAWING_LIMIT.boxes)));
    const r = await runCli('render', file, '--views', '--out-dir', join(dir, 'out-views'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`at most ${DRAWING_LIMIT.boxes} boxes and ${DRAWING_LIMIT.links} links`);
    expect(r.err).toMatch(/--overview .*--focus <node-id>.*--set <set-id>/);
    expect(r.out).toBe('');
  });

  it('refuses an oversized focus the same way, and draws a small one of the same map', async () => {
    const file = join(dir, 'huge-focus.json');
    writeFileSync(file, JSON.stringify(chain(DRAWING_LIMIT.boxes)));
    const big = await runCli('render', file, '--focus', `n${DRAWING_LIMIT.boxes - 1}`, '--out-dir', join(dir, 'out'));
    expect(big.code).toBe(2);
    expect(big.err).toContain(`the focus on n${DRAWING_LIMIT.boxes - 1} would hold`);
    const small = await runCli('render', file, '--focus', 'n2', '--out-dir', join(dir, 'out'));
    expect(small.code, small.err).toBe(0);
  });

  it('prepares the ELK graph of a 5,000-inference map without searching the node list per inference', () => {
    const map = chain(5_000);
    // Counting lookups: every inference used to scan the node list for its conclusion's section.
    let scanned = 0;
    const nodes = map.nodes;
    map.nodes = new Proxy(nodes, {
      get(target, key, receiver) {
        if (key === 'find') scanned++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const graph = buildGraph(map);
    const boxes = new Map(nodes.map((n) => [n.id, measureNode(n)]));
    const { root } = elkGraph({ map, graph, selection: new Set(graph.nodes()), boxes, direction: 'up', groupBy: 'none' });
    expect(root.children).toHaveLength(5_000);
    expect(scanned).toBe(0);
  });
});
