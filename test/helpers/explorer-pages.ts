import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { loadMap, type LoadedMap } from '../../src/io/load.js';
import { launchBrowser } from './browser.js';
import { cachedExplorerPage } from './page-cache.js';

export interface WrittenPage {
  url: string;
  loaded: LoadedMap;
}

/** Writes each map's explorer (as the code makes it now, see page-cache.ts) into a new temporary folder (the caller removes it). */
export async function writeExplorerPages(files: readonly string[], prefix: string): Promise<{ dir: string; pages: Map<string, WrittenPage> }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const pages = new Map<string, WrittenPage>();
  for (const file of files) {
    const out = join(dir, file.replace(/[/.]/g, '_') + '.html');
    writeFileSync(out, await cachedExplorerPage(file));
    pages.set(file, { url: pathToFileURL(resolve(out)).href, loaded: loadMap(file) });
  }
  return { dir, pages };
}

/** A page opened afresh on a map's explorer, and what it did since it was opened. */
export interface OpenedPage {
  page: Page;
  /** Console errors (and warnings, if the session asked for them) and uncaught exceptions. */
  errors: string[];
  requests: string[];
  /** Messages of dialogs the page opened; each is dismissed. */
  dialogs: string[];
}

export interface ExplorerSession {
  readonly browser: Browser;
  written(file: string): WrittenPage;
  /** Loads the map's explorer, at `hash`, into the file's one tab: a new document, so no state of an earlier test stays. */
  open(file: string, hash?: string): Promise<OpenedPage>;
}

export interface SessionOptions {
  viewport: { width: number; height: number };
  /** Count console warnings as errors too. */
  warnings?: boolean;
  prefix: string;
}

/**
 * One Chromium and one tab for a whole test file, each test loading its page into that tab afresh:
 * starting a browser or a tab costs seconds on a busy machine, loading a document much less.
 */
export function useExplorerPages(files: readonly string[], options: SessionOptions): ExplorerSession {
  let browser: Browser | undefined;
  let tab: Page | undefined;
  let dir: string | undefined;
  let pages = new Map<string, WrittenPage>();
  let seen: Omit<OpenedPage, 'page'> = { errors: [], requests: [], dialogs: [] };

  beforeAll(async () => {
    ({ dir, pages } = await writeExplorerPages(files, options.prefix));
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function newTab(b: Browser): Promise<Page> {
    const page = await b.newPage({ viewport: options.viewport });
    page.on('console', (m) => {
      if (m.type() === 'error' || (options.warnings && m.type() === 'warning')) seen.errors.push(m.text());
    });
    page.on('pageerror', (e) => seen.errors.push(e.message));
    page.on('request', (r) => seen.requests.push(r.url()));
    page.on('dialog', (d) => {
      seen.dialogs.push(d.message());
      void d.dismiss();
    });
    return page;
  }

  return {
    get browser(): Browser {
      return browser!;
    },
    written(file: string): WrittenPage {
      const page = pages.get(file);
      if (!page) throw new Error(`no explorer page written for ${file}`);
      return page;
    },
    async open(file: string, hash = ''): Promise<OpenedPage> {
      const url = this.written(file).url;
      if (!tab || tab.isClosed()) tab = await newTab(browser!);
      // A blank document between tests, so the map's page is loaded anew even when only the hash differs;
      // the pointer goes back where a new tab has it, so nothing is left hovered.
      await tab.goto('about:blank');
      await tab.mouse.move(0, 0);
      seen = { errors: [], requests: [], dialogs: [] };
      const opened = { page: tab, ...seen };
      await tab.goto(url + hash);
      await tab.waitForSelector('body[data-ready="true"]');
      return opened;
    },
  };
}

/** Clicks an element of the whole map, first leaving the chain view that selecting a node opens over it. */
export async function clickOnMap(page: Page, selector: string): Promise<void> {
  if (await page.isVisible('#chain-view')) await page.click('#chain-leave');
  await page.click(`#map-pane > svg ${selector}`);
}
