// Preloaded with `node --import` by test/cli-startup.test.ts: records every module the process loads
// (ES modules through a loader hook, CommonJS ones from require's cache at exit) into the file named by
// ARGMAP_RECORD_MODULES, one URL or path a line.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const out = process.env.ARGMAP_RECORD_MODULES;
const hook = `
import { appendFileSync } from 'node:fs';
let out;
export function initialize(data) { out = data.out; }
export async function load(url, context, next) { appendFileSync(out, url + '\\n'); return next(url, context); }
`;
register('data:text/javascript,' + encodeURIComponent(hook), { data: { out } });
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => appendFileSync(out, Object.keys(cache).join('\n') + '\n'));
