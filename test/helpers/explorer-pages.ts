import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadMap, type LoadedMap } from '../../src/io/load.js';
import { explorerPage } from '../../src/app/explorer.js';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildClient } from '../../scripts/build-client.mjs';

export interface WrittenPage {
  url: string;
  loaded: LoadedMap;
}

/** Bundles the page's script afresh and writes each map's explorer into a new temporary folder (the caller removes it). */
export async function writeExplorerPages(files: readonly string[], prefix: string): Promise<{ dir: string; pages: Map<string, WrittenPage> }> {
  await buildClient();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const pages = new Map<string, WrittenPage>();
  for (const file of files) {
    const loaded = loadMap(file);
    const out = join(dir, file.replace(/[/.]/g, '_') + '.html');
    writeFileSync(out, await explorerPage(loaded));
    pages.set(file, { url: pathToFileURL(resolve(out)).href, loaded });
  }
  return { dir, pages };
}

/** Clicks an element of the whole map, first leaving the chain view that selecting a node opens over it. */
export async function clickOnMap(page: Page, selector: string): Promise<void> {
  if (await page.isVisible('#chain-view')) await page.click('#chain-leave');
  await page.click(`#map-pane > svg ${selector}`);
}
