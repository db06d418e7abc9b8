// Shared by the benches (files starting with `_` are not benches: scripts/bench.mjs skips them).
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cli = join(root, 'bin', 'argmap.js');

/** A scratch folder under .bench/ (gitignored) for generated inputs. */
export function benchDir(...parts) {
  const dir = join(root, '.bench', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Benches run the built CLI; say so plainly when it is missing. */
export function requireBuild(file = join('dist', 'cli', 'main.js')) {
  if (!existsSync(join(root, file))) throw new Error('build first: npm run build');
}

/** mulberry32: seeded, so every run benchmarks the same inputs. */
export function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeWhole(file, text) {
  writeFileSync(file + '.tmp', text);
  renameSync(file + '.tmp', file);
}
