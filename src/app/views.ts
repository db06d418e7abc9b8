import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { LoadedMap } from '../io/load.js';
import { writeFileAtomic } from '../io/write.js';
import type { RenderOptions } from '../render/render.js';
import type { LayoutStats } from '../render/stats.js';
import { mapName, renderViews } from '../render/views.js';

export interface WrittenView {
  file: string;
  stats: LayoutStats;
}

/**
 * What `render --views` wrote for one map, kept beside the drawings: the next run deletes a stale view
 * only when this record says argmap wrote it, for this same map, with exactly the bytes still there.
 * A user's own `<name>--focus-notes.svg`, or the views of another map that happens to share the name
 * prefix, are never listed here and so never touched.
 */
export interface ViewsManifest {
  generator: 'argmap';
  /** The map, relative to the output directory, with `/` separators. */
  map: string;
  /** File name → sha256 (hex) of the bytes written. */
  views: Record<string, string>;
}

export function manifestName(loaded: LoadedMap): string {
  return `${mapName(loaded.file)}--views.json`;
}

function mapPathFrom(outDir: string, file: string): string {
  return relative(resolve(outDir), resolve(file)).split(sep).join('/');
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

function readManifest(path: string): ViewsManifest | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined; // none yet, or not ours to trust: then nothing is deleted
  }
  const m = parsed as Partial<ViewsManifest> | null;
  if (!m || m.generator !== 'argmap' || typeof m.map !== 'string' || typeof m.views !== 'object' || m.views === null) return undefined;
  return m as ViewsManifest;
}

/** A name the manifest may list: a plain file in the output directory, one of this map's drawings. */
function isOwnViewName(file: string, name: string): boolean {
  return !/[/\\]/.test(file) && file.endsWith('.svg') && (file === `${name}.svg` || file.startsWith(`${name}--`));
}

/** Views listed by this map's previous manifest that this run did not write and that still hold argmap's bytes. */
function staleViews(outDir: string, loaded: LoadedMap, previous: ViewsManifest | undefined, keep: Set<string>): string[] {
  if (!previous || previous.map !== mapPathFrom(outDir, loaded.file)) return [];
  const name = mapName(loaded.file);
  return Object.entries(previous.views)
    .filter(([file, hash]) => !keep.has(file) && isOwnViewName(file, name) && typeof hash === 'string')
    .filter(([file, hash]) => {
      try {
        return sha256(readFileSync(join(outDir, file))) === hash;
      } catch {
        return false; // already gone, or unreadable: leave it
      }
    })
    .map(([file]) => file);
}

/**
 * Draws every standard view of a map into `outDir` (each written whole or not at all), then removes
 * the views this map no longer has (a conclusion deleted or renamed), as recorded in its manifest.
 */
export async function writeMapViews(loaded: LoadedMap, outDir: string, base: RenderOptions = {}): Promise<WrittenView[]> {
  mkdirSync(outDir, { recursive: true });
  const manifestPath = join(outDir, manifestName(loaded));
  const previous = readManifest(manifestPath);
  const manifest: ViewsManifest = { generator: 'argmap', map: mapPathFrom(outDir, loaded.file), views: {} };
  const written: WrittenView[] = [];
  for await (const view of renderViews(loaded, base)) {
    const file = join(outDir, view.file);
    writeFileAtomic(file, view.svg);
    manifest.views[view.file] = sha256(view.svg);
    written.push({ file, stats: view.stats });
  }
  for (const file of staleViews(outDir, loaded, previous, new Set(Object.keys(manifest.views)))) rmSync(join(outDir, file));
  writeFileAtomic(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  return written;
}
