import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMap, type LoadedMap } from '../src/io/load.js';
import { normaliseForQuote } from '../src/io/quote.js';
import { readSourceTexts } from '../src/io/sources.js';
import { renderSvg } from '../src/render/render.js';
import { buildExplorerPage } from '../src/render/explorer/index.js';
import { explorerPage, defaultHtmlPath } from '../src/app/explorer.js';
import { readClientScript } from '../src/app/client-bundle.js';
import { explorerData, scriptSafeJson } from '../src/render/explorer/payload.js';
import type { ExplorerData } from '../src/render/explorer/data-types.js';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/command.js';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildClient } from '../scripts/build-client.mjs';
import { cachedExplorerPage } from './helpers/page-cache.js';

const EXAMPLE = 'arguments/examples/harbour.yaml';
const MEMORANDUM = 'arguments/soviet-policies-1953.yaml';
const HOSTILE = 'test/fixtures/explorer/hostile.yaml';

let example: LoadedMap;
let exampleSvg: string;
let dir: string;

beforeAll(async () => {
  await buildClient();
  example = loadMap(EXAMPLE);
  exampleSvg = (await renderSvg(example)).svg;
  dir = mkdtempSync(join(tmpdir(), 'argmap-explorer-page-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the app layer reads for a page: the map's source texts and the bundled client. */
function pageInputs(loaded: LoadedMap) {
  return { loaded, sources: readSourceTexts(loaded), clientScript: readClientScript() };
}

function embedded(html: string): ExplorerData {
  const m = /<script type="application\/json" id="argmap-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]!) as ExplorerData;
}

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('explorer page (built in Node)', () => {
  it('is byte-identical for the same input', async () => {
    const a = buildExplorerPage({ ...pageInputs(example), svg: exampleSvg });
    const b = buildExplorerPage({ ...pageInputs(loadMap(EXAMPLE)), svg: exampleSvg });
    expect(a).toBe(b);
    expect(await explorerPage(example)).toBe(await explorerPage(loadMap(EXAMPLE)));
  });

  it('allows exactly its own inline script by hash, and no network, in its Content-Security-Policy', () => {
    const html = buildExplorerPage({ ...pageInputs(example), svg: exampleSvg });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).not.toMatch(/unsafe-eval|connect-src|https?:|\*/);
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
    // Nothing in the page points outside it.
    expect(html).not.toMatch(/\s(src|href)="(?!#|data:)/);
    expect(html).not.toMatch(/<link\b|@import|url\((?!#|data:)/);
  });

  it('carries every node, its quote’s place in the source and the checks’ findings', async () => {
    const data = embedded(await explorerPage(example));
    expect(data.nodes.map((n) => n.id)).toEqual(example.map.nodes.map((n) => n.id));
    const text = new Map(data.documents.map((d) => [d.id, d.text]));
    for (const n of data.nodes.filter((x) => x.quote !== undefined)) {
      expect(n.span, n.id).toBeDefined();
      const t = text.get(n.span!.document)!;
      const quoted = n.span!.quote.map((r) => t.slice(r.start, r.end)).join(' ');
      expect(normaliseForQuote(quoted)).toBe(normaliseForQuote(n.quote!));
      for (const r of n.span!.quote) expect(n.span!.paragraph.some((p) => p.start <= r.start && r.end <= p.end)).toBe(true);
    }
    expect(data.findings).toBeDefined();
    for (const f of data.findings!) expect(f.where).toMatch(/^arguments\/examples\/harbour\.yaml:\d+:\d+$/);
  });

  it.runIf(existsSync(MEMORANDUM))('finds every quote of the memorandum in its paragraph', () => {
    const loaded = loadMap(MEMORANDUM);
    const data = explorerData(loaded, readSourceTexts(loaded));
    const missing = data.nodes.filter((n) => n.quote !== undefined && n.span === undefined).map((n) => n.id);
    expect(missing).toEqual([]);
  });

  it('keeps map text from closing or escaping the data element', () => {
    const json = scriptSafeJson({ t: '</script><script>alert(1)</script> <!-- & \u2028\u2029' });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ t: '</script><script>alert(1)</script> <!-- & \u2028\u2029' });
    const hostile = loadMap(HOSTILE);
    const html = buildExplorerPage({ ...pageInputs(hostile), svg: exampleSvg });
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).not.toContain("<script>document.title='pwned");
    expect(html).not.toContain('<img');
  });

  it('refuses a drawing that is not inert, and one whose ids clash with the page', () => {
    const bad = [
      exampleSvg.replace('</svg>', '<script>alert(1)</script></svg>'),
      exampleSvg.replace('<g class="node"', '<g onclick="alert(1)" class="node"'),
      exampleSvg.replace('</svg>', '<foreignObject><div/></foreignObject></svg>'),
      exampleSvg.replace('</svg>', '<a href="javascript:alert(1)"><text>x</text></a></svg>'),
      exampleSvg.replace('</svg>', '<g id="search"/></svg>'),
    ];
    for (const svg of bad) expect(() => buildExplorerPage({ ...pageInputs(example), svg })).toThrow(/SVG/);
    // Escaped text that merely mentions a handler is fine.
    expect(() => buildExplorerPage({ ...pageInputs(example), svg: exampleSvg.replace('</svg>', '<text>&lt;img onerror=alert(1)&gt; javascript:</text></svg>') })).not.toThrow();
  });
});

describe('committed explorer pages in render/', () => {
  for (const file of [MEMORANDUM, EXAMPLE].filter((f) => existsSync(f))) {
    it(`are current for ${file} (run \`npm start\` to refresh)`, async () => {
      const page = defaultHtmlPath(file);
      expect(existsSync(page), `${page} is missing: run \`node bin/argmap.js html ${file}\``).toBe(true);
      // What the code makes now, shared with the browser tests through their page cache (keyed by src/ and the map).
      expect(readFileSync(page, 'utf8') === (await cachedExplorerPage(file)), `${page} is stale: run \`npm start\` (argmap html ${file})`).toBe(true);
    });
  }
});

describe('argmap html', () => {
  it('writes one page, whole, to -o and nothing else beside it', async () => {
    const out = join(dir, 'harbour.html');
    const io = capture();
    expect(await main(['html', EXAMPLE, '-o', out], io)).toBe(0);
    expect(io.err).toMatch(/wrote .*harbour\.html/);
    expect(readFileSync(out, 'utf8')).toBe(await explorerPage(example));
    expect(readdirSync(dir)).toEqual(['harbour.html']);
  });

  it('defaults to render/<map name>.html', () => {
    expect(defaultHtmlPath('arguments/soviet-policies-1953.yaml')).toBe(join('render', 'soviet-policies-1953.html'));
  });

  it('exits 2 with file:line:col for a broken map and writes nothing', async () => {
    const out = join(dir, 'broken.html');
    const io = capture();
    expect(await main(['html', 'test/fixtures/broken/missing-ref.yaml', '-o', out], io)).toBe(2);
    expect(io.err).toMatch(/missing-ref\.yaml:\d+:\d+: error:/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with a clear message when the output cannot be written', async () => {
    const io = capture();
    expect(await main(['html', EXAMPLE, '-o', join(dir, 'harbour.html', 'x.html')], io)).toBe(2);
    expect(io.err).toMatch(/cannot write .*x\.html/);
    expect(io.err).not.toMatch(/\n\s+at /);
  });
});
