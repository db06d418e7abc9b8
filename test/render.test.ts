import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { loadMap, loadMapText } from '../src/io/load.js';
import { buildGraph } from '../src/graph/argument-graph.js';
import { renderSvg } from '../src/render/render.js';
import { focusSelection, hypothesisSetSelection } from '../src/render/select.js';
import { formatLocator } from '../src/render/locator.js';
import { measureText, wrapText } from '../src/render/text.js';
import { countCrossings } from '../src/render/stats.js';
import { escapeXml, sanitiseId } from '../src/render/xml.js';
import { standardViews } from '../src/render/views.js';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/command.js';
import type { ArgumentMap } from '../src/model/types.js';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const EXAMPLE = 'arguments/examples/harbour.yaml';
const MEMO = 'arguments/soviet-policies-1953.yaml';

describe('text measurement and wrapping', () => {
  it('kerns pairs the font kerns and leaves other pairs alone', () => {
    // "AV" is a kerning pair in Liberation Sans (as in Arial); "AB" is not.
    expect(measureText('AV', { size: 100 })).toBeLessThan(measureText('A', { size: 100 }) + measureText('V', { size: 100 }));
    expect(measureText('AB', { size: 100 })).toBeCloseTo(measureText('A', { size: 100 }) + measureText('B', { size: 100 }), 6);
    expect(measureText('Bold', { size: 13, bold: true })).toBeGreaterThan(measureText('Bold', { size: 13 }));
  });

  it('wraps every label of the maps within the width, keeping every word', () => {
    const maps = [EXAMPLE, ...(existsSync(MEMO) ? [MEMO] : [])].map((f) => loadMap(f).map);
    for (const map of maps) {
      for (const node of map.nodes) {
        const lines = wrapText(node.text, 190, { size: 13 });
        for (const line of lines) expect(measureText(line, { size: 13 })).toBeLessThanOrEqual(190);
        expect(lines.join(' ')).toBe(node.text.replace(/[ \t\r\n]+/g, ' ').trim());
      }
    }
  });

  it('breaks a word longer than a line between characters', () => {
    const lines = wrapText('x'.repeat(80), 100, { size: 13 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('x'.repeat(80));
    for (const l of lines) expect(measureText(l, { size: 13 })).toBeLessThanOrEqual(100);
  });
});

describe('locators, ids and escaping', () => {
  it('writes locators as readers cite them', () => {
    expect(['5', 'C.4.ii', '3.A.v.2', 'fn6', 'D.6'].map(formatLocator)).toEqual(['¶5', 'C.4(ii)', '3.A(v)2', 'fn6', 'D.6']);
  });
  it('escapes markup and sanitises ids without collisions', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(sanitiseId('a.b')).not.toBe(sanitiseId('a_b'));
    expect(sanitiseId('a.b')).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('views', () => {
  const loaded = loadMap(EXAMPLE);
  const g = buildGraph(loaded.map);

  it('focus on the conclusion: its support tree and nothing else', () => {
    expect([...focusSelection(g, 'watch')].sort()).toEqual(['closes-8-march', 'i-watch', 'watch']);
  });

  it('focus on the stockpile: its premises, the undercut and the hedge on its evidence, not the rival', () => {
    const s = focusSelection(g, 'stockpile');
    for (const id of ['stockpile', 'i-stockpile', 'ships', 'closure-announced', 'busy-before-closure', 'i-shifts', 'night-shifts', 'single-source', 'exercise'])
      expect(s.has(id), id).toBe(true);
    // `exercise` is in because it contradicts the stockpile; what supports the judgement above it is not.
    for (const id of ['judgement', 'watch', 'no-navy', 'imagery-source', 'closes-8-march']) expect(s.has(id), id).toBe(false);
  });

  it('hypothesis set: the hypotheses and the evidence it considers', () => {
    const s = hypothesisSetSelection(loaded.map, g, 'purpose');
    expect([...s].filter((id) => !id.startsWith('i-')).sort()).toEqual(['closure-announced', 'exercise', 'night-shifts', 'no-navy', 'ships', 'stockpile']);
  });

  it('names the standard views after the map', () => {
    expect(standardViews(loaded).map((v) => v.file)).toEqual(['harbour.svg', 'harbour--focus-watch.svg', 'harbour--set-purpose.svg']);
  });

  it('refuses a focus on a node the map lacks, naming it', async () => {
    await expect(renderSvg(loaded, { focus: 'nope' })).rejects.toThrow(/"nope".*harbour\.yaml/);
  });
});

describe('SVG output', () => {
  it('is byte-identical across renders and has the structure others rely on', async () => {
    const loaded = loadMap(EXAMPLE);
    const [a, b] = await Promise.all([renderSvg(loaded), renderSvg(loaded)]);
    expect(a.svg).toBe(b.svg);
    expect(a.svg).not.toMatch(/<script/i);
    for (const n of loaded.map.nodes) expect(a.svg).toContain(`<g class="node" data-id="${n.id}" data-kind="${n.kind}"`);
    expect(a.svg).toMatch(/<g class="edge" data-type="undercuts" data-from="single-source" data-to="i-shifts"/);
    expect(a.svg).toMatch(/<g class="edge" data-type="premise" data-from="ships" data-to="i-stockpile"/);
    expect(a.svg).toMatch(/<g class="edge" data-type="support" data-from="stockpile" data-to="judgement" data-inference="i-judgement"/);
    expect(a.svg).toMatch(/font-family="&#39;Liberation Sans&#39;, Arial/);
    expect(a.svg).toContain('likely (PHIA)');
    expect(a.stats.nodes).toBe(loaded.map.nodes.length);
    expect(a.stats.edges).toBeGreaterThan(10);
  });

  it('keeps the rest of the drawing in place when one label changes', async () => {
    const text = (label: string) =>
      `title: Order\nnodes:\n${['a', 'b', 'c', 'd', 'e'].map((id) => `  - { id: ${id}, kind: evidence, text: "${id === 'e' ? label : `Evidence ${id}`}" }`).join('\n')}\n  - { id: z, kind: claim, text: Claim }\ninferences:\n${['a', 'b', 'c', 'd', 'e'].map((id) => `  - { id: i-${id}, premises: [${id}], conclusion: z }`).join('\n')}\n`;
    const order = (svg: string) => {
      const xs = [...svg.matchAll(/data-id="([a-e])"[^]*?class="shape" x="([\d.]+)"/g)].map((m) => [m[1]!, Number(m[2])] as const);
      return xs
        .sort((p, q) => p[1] - q[1])
        .map((p) => p[0])
        .join('');
    };
    const before = await renderSvg(loadMapText(text('Evidence e'), 'order.yaml'));
    const after = await renderSvg(loadMapText(text('Evidence e, now with a much longer label than before'), 'order.yaml'));
    expect(order(before.svg)).toBe('abcde');
    expect(order(after.svg)).toBe('abcde');
  });
});

describe('crossing count', () => {
  it('counts proper crossings between different edges, not shared ends', () => {
    const cross = [
      {
        from: 'a',
        to: 'b',
        points: [
          { x: 0, y: 0 },
          { x: 10, y: 10 },
        ],
      },
      {
        from: 'c',
        to: 'd',
        points: [
          { x: 0, y: 10 },
          { x: 10, y: 0 },
        ],
      },
      {
        from: 'a',
        to: 'e',
        points: [
          { x: 0, y: 0 },
          { x: 10, y: 5 },
        ],
      },
    ];
    // a-b × c-d cross; a-e shares `a` with a-b (ignored) and crosses c-d.
    expect(countCrossings(cross)).toBe(2);
    expect(countCrossings(cross, 3)).toBe(2);
  });
});

describe('argmap render', () => {
  function capture(): Io & { out: string; err: string } {
    const io = { out: '', err: '', isTTY: false, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
    return io;
  }

  it('writes <out-dir>/<map>.svg and prints the stats', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-cli-'));
    try {
      const io = capture();
      expect(await main(['render', EXAMPLE, '--out-dir', dir, '--stats', '--focus', 'stockpile'], io)).toBe(0);
      expect(io.out).toMatch(/harbour--focus-stockpile\.svg: \d+ nodes, \d+ inferences, \d+ edges, \d+ crossings, \d+ bends, \d+×\d+ px, layout [\d.]+ s/);
      expect(readdirSync(dir)).toEqual(['harbour--focus-stockpile.svg']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses mistakes with exit 2 and a message, never a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['render', EXAMPLE, '--focus', 'nope'], /--focus "nope": no node has that id/],
      [['render', EXAMPLE, '--set', 'nope'], /hypothesis set "nope" is not in/],
      [['render', EXAMPLE, '--direction', 'sideways'], /--direction "sideways" is not allowed/],
      [['render', EXAMPLE, '--views', '--focus', 'watch'], /give at most one/],
      [['render', 'no/such/map.yaml'], /no\/such\/map\.yaml: error: file not found/],
      [['render', EXAMPLE, '--out-dir', `${EXAMPLE}/inside-a-file`], /cannot create output directory/],
      [['render', EXAMPLE, '-o', `${EXAMPLE}/inside-a-file/x.svg`], /cannot create output directory/],
      [['render', EXAMPLE, '-o', 'test'], /-o names one file, and test is a folder; to write <map-name>\.svg into it, give --out-dir test/],
      [['render', EXAMPLE, '--views', '-o', 'x.svg'], /--views writes several files and -o names one; give --out-dir <dir>/],
      [['render', EXAMPLE, '-o', 'x.svg', '--out-dir', 'somewhere'], /give one of them/],
    ];
    for (const [argv, message] of cases) {
      const io = capture();
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.err).toMatch(message);
      expect(io.err).not.toMatch(/\n\s+at /);
    }
  });
});

describe.skipIf(!existsSync(MEMO))('layout stability on the memorandum', () => {
  it('an edited label and an added item of evidence leave the order of the other nodes in each row as it was', async () => {
    const { layoutMap } = await import('../src/render/layout-run.js');
    const { measureNode } = await import('../src/render/boxes.js');
    const layout = async (map: ArgumentMap) => {
      const graph = buildGraph(map);
      const boxes = new Map(map.nodes.map((n) => [n.id, measureNode(n)]));
      return (await layoutMap({ map, graph, selection: new Set(graph.nodes()), boxes, direction: 'up', groupBy: 'none' })).nodes;
    };
    const map = loadMap(MEMO).map;
    const edited = structuredClone(map);
    // The edit a reader makes most: a longer label, and a new item of evidence for a claim.
    const target = edited.nodes.find((n) => n.kind === 'evidence')!;
    target.text += ' (the reader adds a clause to this label, making it a good deal longer)';
    const claim = edited.nodes.find((n) => n.kind === 'claim')!;
    edited.nodes.push({ id: 'added-evidence', kind: 'evidence', text: 'A new report the reader found' });
    (edited.inferences ??= []).push({ id: 'added-step', premises: ['added-evidence'], conclusion: claim.id });
    const [before, after] = await Promise.all([layout(map), layout(edited)]);
    const ids = map.nodes.map((n) => n.id).filter((id) => id !== target.id);
    let pairs = 0;
    let flipped = 0;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a0, b0, a1, b1] = [before.get(ids[i]!)!, before.get(ids[j]!)!, after.get(ids[i]!)!, after.get(ids[j]!)!];
        const sameRow = (a: typeof a0, b: typeof a0) => a.y < b.y + b.height && b.y < a.y + a.height;
        if (!sameRow(a0, b0) || !sameRow(a1, b1)) continue;
        pairs++;
        if (Math.sign(a0.x - b0.x) !== Math.sign(a1.x - b1.x)) flipped++;
      }
    }
    expect(pairs).toBeGreaterThan(1000);
    expect(flipped / pairs).toBeLessThan(0.02);
  });
});
