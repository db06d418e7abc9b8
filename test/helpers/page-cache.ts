import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { loadMap } from '../../src/io/load.js';
import { explorerPage } from '../../src/app/explorer.js';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildClient } from '../../scripts/build-client.mjs';

/*
 * The memorandum's explorer page takes tens of seconds to lay out, and four browser test files each need
 * it. Vitest runs every file in a fresh module graph, so the page is kept on disk, named by a hash of
 * everything it is made from: the whole of src/ (the client bundle is built from src/ too), the build
 * script, the locked dependencies, and every file in the map's folder tree (its source texts and any
 * settings beside it). Any edit to these makes a new name, so a test never sees a page older than the code.
 */

const CACHE = join(tmpdir(), 'argmap-test-pages');
/** A lock older than this is taken to belong to a process that died while building. */
const STALE_LOCK_MS = 5 * 60_000;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

let codeHash: string | undefined;
/** The hash of the code that makes a page: computed once per test file. */
function hashOfCode(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256');
  for (const file of [...filesUnder('src'), 'scripts/build-client.mjs', 'package-lock.json']) h.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return (codeHash = h.digest('hex'));
}

function keyOf(file: string): string {
  const h = createHash('sha256').update(hashOfCode()).update(`${file}\0`);
  const folder = dirname(file);
  for (const f of filesUnder(folder))
    h.update(`${relative(folder, f)}\0`)
      .update(readFileSync(f))
      .update('\0');
  return h.digest('hex').slice(0, 32);
}

let clientBuilt = false;

async function build(file: string): Promise<string> {
  // Bundled afresh once per test file, so a page never carries a client older than src/.
  if (!clientBuilt) {
    await buildClient();
    clientBuilt = true;
  }
  return explorerPage(loadMap(file));
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The explorer page for a map as the code makes it now: from the cache when the same code and map made it
 * before, else built (while another test process builds the same page, waits for that one instead).
 */
export async function cachedExplorerPage(file: string): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const key = keyOf(file);
  const html = join(CACHE, `${key}.html`);
  const lock = join(CACHE, `${key}.lock`);
  for (;;) {
    if (existsSync(html)) return readFileSync(html, 'utf8');
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch {
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if (age > STALE_LOCK_MS) rmSync(lock, { force: true });
      else await sleep(250);
      continue;
    }
    closeSync(fd);
    try {
      const page = await build(file);
      const partial = `${html}.${process.pid}`;
      writeFileSync(partial, page);
      renameSync(partial, html);
      return page;
    } finally {
      rmSync(lock, { force: true });
    }
  }
}
