import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the bundled explorer client lies, from this module in `src/app/` or `dist/app/` alike; a path
 * rather than a URL so the published types need no @types/node.
 */
export const CLIENT_BUNDLE: string = fileURLToPath(new URL('../../dist/explorer-client.js', import.meta.url));

/** The explorer's browser script, built by scripts/build-client.mjs; a missing bundle is a broken install. */
export function readClientScript(): string {
  try {
    return readFileSync(CLIENT_BUNDLE, 'utf8');
  } catch {
    throw new Error(`the explorer's browser script is missing (${CLIENT_BUNDLE}); run \`node scripts/build-client.mjs\``);
  }
}
