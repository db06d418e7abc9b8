import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Which layer may import which: the table the code is held to. A module may import its own layer and
 * the layers listed for it, nothing else. `index` is the package entry (the library API, no CLI);
 * `client` is the explorer's browser script (src/render/explorer/client/), bundled by esbuild for the
 * browser, so it may reach only modules that need no Node built-ins; it draws its chain views with the
 * render layer's own pure functions (selection, boxes, ELK graph, SVG writer), never those that run ELK
 * in a Node worker.
 */
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  io: ['model'],
  graph: ['model', 'io'],
  analysis: ['model', 'io', 'graph'],
  rules: ['model', 'io', 'graph', 'analysis'],
  render: ['model', 'io', 'graph', 'analysis'],
  interop: ['model', 'io', 'graph', 'analysis', 'render'],
  app: ['model', 'io', 'graph', 'analysis', 'rules', 'render', 'interop'],
  cli: ['model', 'io', 'graph', 'analysis', 'rules', 'render', 'interop', 'app'],
  index: ['model', 'io', 'graph', 'analysis', 'rules', 'render', 'interop', 'app'],
  client: ['model', 'graph', 'render', 'explorer-data'],
};

const CLIENT_DIR = join('src', 'render', 'explorer', 'client');
const EXPLORER_DATA = join('src', 'render', 'explorer', 'data-types.ts');

function layerOf(file: string): string {
  if (file === join('src', 'index.ts')) return 'index';
  if (file.startsWith(CLIENT_DIR + '/')) return 'client';
  if (file === EXPLORER_DATA) return 'explorer-data';
  return relative('src', file).split('/')[0]!;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every module specifier a file names: static imports and re-exports (type-only too), and dynamic imports. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const resolveLocal = (file: string, spec: string) => normalize(join(dirname(file), spec.replace(/\.js$/, '.ts')));
const localImports = (file: string) =>
  specifiers(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => resolveLocal(file, s));
const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (spec: string) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]!);

describe('architecture: the table of allowed imports', () => {
  const files = sources('src');

  it('every module under src/ sits in a layer of the table', () => {
    expect(files.filter((f) => !(layerOf(f) in ALLOWED) && layerOf(f) !== 'explorer-data')).toEqual([]);
  });

  it('no import crosses the table', () => {
    const violations: string[] = [];
    for (const f of files) {
      const from = layerOf(f);
      const allowed = from === 'explorer-data' ? [] : ALLOWED[from]!;
      for (const target of localImports(f)) {
        const to = layerOf(target);
        // data-types.ts is plain types, shared by the page builder (render) and the client.
        const ok = to === from || allowed.includes(to) || (to === 'explorer-data' && (from === 'render' || from === 'client'));
        if (!ok) violations.push(`${f} (${from}) -> ${target} (${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the table itself only looks down: no layer may import one that may import it', () => {
    const cyclic = Object.entries(ALLOWED).flatMap(([a, list]) => list.filter((b) => ALLOWED[b]?.includes(a)).map((b) => `${a} <-> ${b}`));
    expect(cyclic).toEqual([]);
  });

  it('has no import cycles between modules', () => {
    const graph = new Map(files.map((f) => [f, localImports(f).filter((t) => t !== f)]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('the browser client reaches no Node built-in, directly or through what it imports', () => {
    const seen = new Set<string>();
    const offending: string[] = [];
    const walk = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const spec of specifiers(f)) {
        if (isNodeBuiltin(spec)) offending.push(`${f} imports ${spec}`);
        else if (spec.startsWith('.')) walk(resolveLocal(f, spec));
      }
    };
    for (const f of files.filter((x) => layerOf(x) === 'client')) walk(f);
    expect(seen.size).toBeGreaterThan(5);
    expect(offending).toEqual([]);
  });

  it('render/ imports no rules and touches no files (no node:fs, no readers or writers of io)', () => {
    const bad: string[] = [];
    for (const f of files.filter((x) => layerOf(x) === 'render')) {
      for (const spec of specifiers(f)) {
        if (/^(node:)?fs(\/promises)?$/.test(spec)) bad.push(`${f} imports ${spec}`);
      }
      for (const target of localImports(f)) {
        if (layerOf(target) === 'rules') bad.push(`${f} imports ${target}`);
        if (target === join('src', 'io', 'write.ts')) bad.push(`${f} imports the file writer`);
      }
      // Values from io that read files (types are fine: they describe what the caller read).
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][./]+io\/[^'"]+['"]/g)) {
        for (const name of m[1]!
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s && !s.startsWith('type '))) {
          if (/^(read|load|write)/.test(name)) bad.push(`${f} imports ${name} from io`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('src/index.ts does not export the CLI', () => {
    expect(localImports(join('src', 'index.ts')).filter((t) => layerOf(t) === 'cli')).toEqual([]);
  });
});
