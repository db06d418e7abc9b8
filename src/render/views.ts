import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { writeFileAtomic } from '../io/write.js';
import { basename, extname, join } from 'node:path';
import type { LoadedMap } from '../io/load.js';
import { renderSvg, type RenderOptions } from './render.js';
import type { LayoutStats } from './stats.js';
import { sanitiseId } from './xml.js';

/** The name a map's drawings take: the file name without its extension. */
export function mapName(file: string): string {
  return basename(file, extname(file));
}

export interface View {
  /** File name inside the output directory. */
  file: string;
  options: RenderOptions;
}

/** The full map, one focus view per `conclusion` node and one view per hypothesis set. */
export function standardViews(loaded: LoadedMap, base: RenderOptions = {}): View[] {
  const name = mapName(loaded.file);
  const views: View[] = [{ file: `${name}.svg`, options: { ...base } }];
  for (const node of loaded.map.nodes) {
    if (node.kind === 'conclusion') views.push({ file: `${name}--focus-${sanitiseId(node.id)}.svg`, options: { ...base, focus: node.id } });
  }
  for (const set of loaded.map.hypothesisSets ?? []) {
    views.push({ file: `${name}--set-${sanitiseId(set.id)}.svg`, options: { ...base, hypothesisSet: set.id } });
  }
  return views;
}

export interface WrittenView {
  file: string;
  stats: LayoutStats;
}

/**
 * Renders every standard view of a map into `outDir` and removes this map's focus and set drawings that
 * no longer correspond to anything in it (a conclusion deleted or renamed), so the directory never goes stale.
 */
export async function writeViews(loaded: LoadedMap, outDir: string, base: RenderOptions = {}): Promise<WrittenView[]> {
  mkdirSync(outDir, { recursive: true });
  const views = standardViews(loaded, base);
  const written: WrittenView[] = [];
  // Two at a time: each layout has its own worker thread, and this machine has two cores.
  for (let i = 0; i < views.length; i += 2) {
    const batch = views.slice(i, i + 2);
    const results = await Promise.all(batch.map((v) => renderSvg(loaded, v.options)));
    batch.forEach((v, k) => {
      const file = join(outDir, v.file);
      writeFileAtomic(file, results[k]!.svg);
      written.push({ file, stats: results[k]!.stats });
    });
  }
  const keep = new Set(views.map((v) => v.file));
  const prefix = `${mapName(loaded.file)}--`;
  for (const f of readdirSync(outDir)) {
    if (f.startsWith(prefix) && /^(focus|set)-.+\.svg$/.test(f.slice(prefix.length)) && !keep.has(f)) rmSync(join(outDir, f));
  }
  return written;
}
