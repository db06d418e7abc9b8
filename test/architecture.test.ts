import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import type { DirectedGraph as DirectedGraphType } from 'graphology';
import { hasCycle } from 'graphology-dag';

const { DirectedGraph } = graphology as unknown as { DirectedGraph: typeof DirectedGraphType };

/** The layers, lowest first: a module may import only from its own layer or those before it. */
const LAYERS = ['model', 'io', 'graph', 'analysis', 'rules', 'render', 'interop', 'cli'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'client' ? [] : sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    const spec = m[1] ?? m[2]!;
    out.push(normalize(join(dirname(file), spec.replace(/\.js$/, '.ts'))));
  }
  return out;
}

const layerOf = (file: string) => LAYERS.indexOf(relative('src', file).split('/')[0]!);

describe('architecture', () => {
  const files = sources('src');

  it('every module under src/ sits in a known layer (or is the package entry)', () => {
    const stray = files.filter((f) => f !== join('src', 'index.ts') && layerOf(f) < 0);
    expect(stray).toEqual([]);
  });

  it('a layer imports only from layers below it', () => {
    const violations: string[] = [];
    for (const f of files) {
      if (f === join('src', 'index.ts')) continue;
      for (const target of imports(f)) {
        if (layerOf(target) > layerOf(f)) violations.push(`${f} -> ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycles', () => {
    const g = new DirectedGraph();
    for (const f of files) g.mergeNode(f);
    for (const f of files) for (const t of imports(f)) if (t !== f) g.mergeEdge(f, t);
    expect(hasCycle(g)).toBe(false);
  });
});
