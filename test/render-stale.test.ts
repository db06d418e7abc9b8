import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadMap } from '../src/io/load.js';
import { mapName, standardViews } from '../src/render/views.js';
import { expectCurrent } from './helpers/committed.js';
import { cachedRender } from './helpers/render-cache.js';

/** Maps whose drawings `npm start` commits to render/. */
const MAPS = ['arguments/soviet-policies-1953.yaml', 'arguments/examples/harbour.yaml'].filter((f) => existsSync(f));
/** Drawings in render/ made by others (the ACH matrices, the overviews: test/render-overview.test.ts) are not this renderer's to check. */
const mine = (f: string) => f.endsWith('.svg') && !f.includes('--ach') && !f.endsWith('--overview.svg');

describe('committed drawings in render/', () => {
  for (const file of MAPS) {
    it(`are current for ${file} (run \`npm start\` to refresh)`, async () => {
      const loaded = loadMap(file);
      const views = standardViews(loaded);
      const name = mapName(file);
      const committed = readdirSync('render').filter((f) => mine(f) && (f === `${name}.svg` || f.startsWith(`${name}--`)));
      expect(committed.sort(), 'render/ holds exactly the standard views').toEqual(views.map((v) => v.file).sort());
      for (const view of views) {
        // What the code draws now; a drawing another test file laid out for the same code is not laid out again.
        const { svg } = await cachedRender(file, view.options);
        expectCurrent(join('render', view.file), svg);
      }
      // Twelve layouts of the memorandum one after another: 40 s alone, past the default minute when the
      // whole suite shares two cores.
    }, 180_000);
  }
});
