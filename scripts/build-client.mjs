#!/usr/bin/env node
// Bundles the explorer's browser script (TypeScript, src/render/explorer/client/) into one IIFE that
// `argmap html` inlines into every page: dist/explorer-client.js. Deterministic: no source map, no banner
// with dates, so the same sources give byte-identical pages.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildClient() {
  await build({
    entryPoints: [resolve(root, 'src/render/explorer/client/main.ts')],
    outfile: resolve(root, 'dist/explorer-client.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildClient();
}
