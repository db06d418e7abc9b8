import { loadMap } from '../../src/io/load.js';
import { renderSvg, type RenderOptions, type RenderResult } from '../../src/render/render.js';
import { cachedText } from './disk-cache.js';

/*
 * A drawing of a map file as the code makes it now. The memorandum's drawings are laid out by several test
 * files (its committed views in render-stale.test.ts, its crossings in render-crossings.test.ts, its set views in
 * Chromium in render-browser.test.ts, each conclusion's focus SVG against its chain view in
 * explorer-chain-browser.test.ts), a whole map taking seconds of ELK: kept on disk by `cachedText`, so each
 * is laid out once for the same code and map. The drawing is byte-identical for the same input
 * (test/render.test.ts); the stats' `layoutMs` are those of the run that made it.
 */
export async function cachedRender(file: string, options: RenderOptions = {}): Promise<RenderResult> {
  const text = await cachedText(file, `renderSvg ${JSON.stringify(options)}`, async () => JSON.stringify(await renderSvg(loadMap(file), options)));
  return JSON.parse(text) as RenderResult;
}
