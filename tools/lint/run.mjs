#!/usr/bin/env node
// `npm run lint`: ESLint over the project with the rules in ./config.js. The linter lives in this
// folder's own package (TypeScript 6 for typescript-eslint, see package.json here), installed from its
// lock on first use or when the lock changes, so `npm ci` at the root stays as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const eslint = join(here, 'node_modules', 'eslint', 'bin', 'eslint.js');
const installed = join(here, 'node_modules', '.package-lock.json');

const run = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(eslint) || !existsSync(installed) || statSync(join(here, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs) {
  console.error('lint: installing the linter (tools/lint) from its lock');
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], here);
}
run(process.execPath, [eslint, '--cache', '--cache-location', join(root, 'node_modules', '.cache', 'eslint') + '/', ...process.argv.slice(2), '.'], root);
