import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWatch, type WatchSession } from '../src/cli/watch/index.js';
import { buildExplorer } from '../src/cli/commands/watch.js';
import { launchBrowser } from './helpers/browser.js';

let browser: Browser;
let dir: string;
let session: WatchSession;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'argmap-watch-browser-'));
  cpSync('arguments/examples', dir, { recursive: true });
  const map = join(dir, 'harbour.yaml');
  session = await startWatch({ mapFile: map, port: 0, build: () => buildExplorer(map, false) });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ORIGINAL_TITLE = 'title: Harbour activity at Port Ellis (a small example)';

/** Opens the live page at `hash` and waits until its event stream is connected and it is drawn. */
async function openLive(page: Page, hash = ''): Promise<void> {
  // The stream is open once the server has a listener: wait for the page's EventSource to connect.
  const connected = page.waitForRequest((r) => r.url().endsWith('/events'));
  await page.goto(session.url + hash);
  await connected;
  await page.waitForSelector('body[data-ready="true"]');
}

/** Saves `text` as the map and waits for the page's reload (and, unless it shows problems, its drawing). */
async function saveAndReload(page: Page, text: string, drawn = true): Promise<void> {
  const reloaded = page.waitForEvent('load');
  writeFileSync(join(dir, 'harbour.yaml'), text);
  await reloaded;
  if (drawn) await page.waitForSelector('body[data-ready="true"]');
}

describe('argmap watch in a browser', () => {
  it('the page reloads itself on a save, through its own policy, with no CSP violation', async () => {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused/i.test(m.text())) refused.push(m.text());
    });
    await openLive(page);
    expect(await page.textContent('#page-title')).toContain('Harbour activity');

    const good = readFileSync(join(dir, 'harbour.yaml'), 'utf8');
    await saveAndReload(page, good.replace(ORIGINAL_TITLE, 'title: Harbour activity, revised'));
    expect(await page.textContent('#page-title')).toBe('Harbour activity, revised');

    await saveAndReload(page, good.replace('    kind: evidence\n', '    kind: rumour\n'), false);
    expect(await page.textContent('h1')).toMatch(/^1 problem in /);
    expect(await page.textContent('ol')).toMatch(/harbour\.yaml:\d+:\d+: error: .*rumour/);

    await saveAndReload(page, good);
    expect(await page.textContent('#page-title')).toContain('(a small example)');
    expect(refused).toEqual([]);
    await page.close();
  }, 60_000);

  it('a reload on a save keeps the view, the junction picked, the zoom, the open tab and the kinds hidden', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openLive(page, '#node=stockpile');
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    await page.$eval('#map-pane g.inference[data-id="i-stockpile"]', (g) => g.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    await page.$eval('#kinds input[data-kind="hypothesis"]', (c) => {
      (c as HTMLInputElement).checked = false;
      c.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.click('#tab-findings');
    const state = () =>
      page.evaluate(() => ({
        hash: location.hash,
        viewBox: document.querySelector('#map-pane svg')!.getAttribute('viewBox'),
        junction: document.querySelector('#map-pane g.inference[data-id="i-stockpile"]')!.classList.contains('selected'),
        findingsOpen: document.querySelector('#tab-findings')!.getAttribute('aria-selected'),
        hypothesisShown: (document.querySelector('#kinds input[data-kind="hypothesis"]') as HTMLInputElement).checked,
        hidden: [...document.querySelectorAll('#map-pane > svg g.node.kind-hidden')].map((g) => g.getAttribute('data-id')).sort(),
      }));
    const before = await state();
    // The address names nodes only: with the junction picked it no longer names the node picked before it.
    expect(before.hash).not.toContain('node=');
    expect(before).toMatchObject({ junction: true, findingsOpen: 'true', hypothesisShown: false });
    expect(before.hidden.length).toBeGreaterThan(0);

    const good = readFileSync(join(dir, 'harbour.yaml'), 'utf8');
    await saveAndReload(page, good.replace(ORIGINAL_TITLE, 'title: Harbour activity, kept in view'));
    expect(await page.textContent('#page-title')).toBe('Harbour activity, kept in view');
    expect(await state()).toEqual(before);

    // Arriving afresh (not a reload) starts from the address alone: the fitted view, nothing hidden.
    await page.goto('about:blank');
    await page.goto(`${session.url}#node=stockpile`);
    await page.waitForSelector('body[data-ready="true"]');
    const fresh = await state();
    expect(fresh.viewBox).not.toBe(before.viewBox);
    expect(fresh).toMatchObject({ junction: false, findingsOpen: 'false', hypothesisShown: true, hidden: [] });
    writeFileSync(join(dir, 'harbour.yaml'), good);
    await page.close();
  }, 60_000);
});
