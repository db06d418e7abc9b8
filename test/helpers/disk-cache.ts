import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/*
 * What is made of the memorandum takes seconds to tens of seconds to lay out, and several test files need the
 * same: its explorer page (page-cache.ts), its drawings (render-cache.ts). Vitest runs every file in a fresh
 * module graph, so what is made is kept on disk, named by a hash of everything it is made from: the whole of
 * src/ (the client bundle is built from src/ too), the client's build script, the locked dependencies, and every
 * file in the map's folder tree (its source texts and any settings beside it), and by what is made. Any edit to
 * these makes a new name, so a test never sees an output older than the code.
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

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The text `make` returns for a map, under `name` (what is made of it): from the cache when the same code and
 * map made it before, else made now (while another test process makes the same text, waits for that one instead).
 */
export async function cachedText(file: string, name: string, make: () => Promise<string>): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const key = createHash('sha256').update(keyOf(file)).update(`\0${name}`).digest('hex').slice(0, 32);
  const out = join(CACHE, `${key}.txt`);
  const lock = join(CACHE, `${key}.lock`);
  for (;;) {
    if (existsSync(out)) return readFileSync(out, 'utf8');
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
      const text = await make();
      const partial = `${out}.${process.pid}`;
      writeFileSync(partial, text);
      renameSync(partial, out);
      return text;
    } finally {
      rmSync(lock, { force: true });
    }
  }
}
