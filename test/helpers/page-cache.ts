import { loadMap } from '../../src/io/load.js';
import { explorerPage } from '../../src/app/explorer.js';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildClient } from '../../scripts/build-client.mjs';
import { cachedText } from './disk-cache.js';

/*
 * The memorandum's explorer page takes tens of seconds to lay out, and four browser test files each need it
 * (and explorer-page.test.ts compares it with the committed one): kept on disk by `cachedText`, so a test never
 * sees a page older than the code.
 */

let clientBuilt = false;

async function build(file: string): Promise<string> {
  // Bundled afresh once per test file, so a page never carries a client older than src/.
  if (!clientBuilt) {
    await buildClient();
    clientBuilt = true;
  }
  return explorerPage(loadMap(file));
}

/** The explorer page for a map as the code makes it now: from the cache when the same code and map made it before. */
export function cachedExplorerPage(file: string): Promise<string> {
  return cachedText(file, 'explorer page', () => build(file));
}
