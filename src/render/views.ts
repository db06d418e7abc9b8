import { basename, extname } from 'node:path';
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

export interface RenderedView {
  /** File name the view takes inside an output directory. */
  file: string;
  svg: string;
  stats: LayoutStats;
}

/**
 * Every standard view of a map, drawn, in `standardViews` order; writing them is the caller's job.
 * Yielded as they are laid out, so a caller can write each at once: a long run shows progress on disk,
 * and a run stopped halfway leaves the finished drawings rather than none.
 */
export async function* renderViews(loaded: LoadedMap, base: RenderOptions = {}): AsyncGenerator<RenderedView> {
  const views = standardViews(loaded, base);
  // Two at a time: each layout has its own worker thread, and this machine has two cores.
  for (let i = 0; i < views.length; i += 2) {
    const batch = views.slice(i, i + 2);
    const results = await Promise.all(batch.map((v) => renderSvg(loaded, v.options)));
    for (const [k, v] of batch.entries()) yield { file: v.file, svg: results[k]!.svg, stats: results[k]!.stats };
  }
}
