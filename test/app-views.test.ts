import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMap, loadMapText } from '../src/io/load.js';
import { standardViews } from '../src/render/views.js';
import { writeMapViews, type ViewsManifest } from '../src/app/views.js';
import { runCli } from './helpers/cli.js';

const EXAMPLE = 'arguments/examples/harbour.yaml';
const text = readFileSync(EXAMPLE, 'utf8');
/** The example with its one conclusion renamed, as an author's edit would: `watch` becomes `watchers`. */
const renamed = text.replace(/\bwatch\b(?!ers)/g, 'watchers');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'argmap-views-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const listing = () => readdirSync(dir).sort();

describe('render --views (app layer)', () => {
  it('writes the standard views and a manifest naming the map and each view', async () => {
    const loaded = loadMap(EXAMPLE);
    const written = await writeMapViews(loaded, dir);
    expect(written.map((w) => w.file)).toEqual(standardViews(loaded).map((v) => join(dir, v.file)));
    expect(listing()).toEqual(['harbour--focus-watch.svg', 'harbour--set-purpose.svg', 'harbour--views.json', 'harbour.svg']);
    const manifest = JSON.parse(readFileSync(join(dir, 'harbour--views.json'), 'utf8')) as ViewsManifest;
    expect(manifest.generator).toBe('argmap');
    expect(Object.keys(manifest.views)).toEqual(['harbour.svg', 'harbour--focus-watch.svg', 'harbour--set-purpose.svg']);
    expect(manifest.map.endsWith('arguments/examples/harbour.yaml')).toBe(true);
  });

  it("removes this map's stale view and leaves a user's file and another map's views beside it", async () => {
    // Another map whose name starts like this map's views: its drawings match `harbour--set-*.svg`.
    const other = loadMapText(text, join('elsewhere', 'harbour--set-north.yaml'), 'yaml');
    await writeMapViews(other, dir);
    const users = join(dir, 'harbour--focus-my-notes.svg');
    writeFileSync(users, '<svg xmlns="http://www.w3.org/2000/svg"><text>mine</text></svg>');
    await writeMapViews(loadMapText(text, EXAMPLE, 'yaml'), dir);
    expect(existsSync(join(dir, 'harbour--focus-watch.svg'))).toBe(true);
    await writeMapViews(loadMapText(renamed, EXAMPLE, 'yaml'), dir);
    expect(listing()).toEqual([
      'harbour--focus-my-notes.svg',
      'harbour--focus-watchers.svg',
      'harbour--set-north--focus-watch.svg',
      'harbour--set-north--set-purpose.svg',
      'harbour--set-north--views.json',
      'harbour--set-north.svg',
      'harbour--set-purpose.svg',
      'harbour--views.json',
      'harbour.svg',
    ]);
    expect(readFileSync(users, 'utf8')).toContain('mine');
  });

  it('keeps a stale view the user has since changed, and views recorded for a map at another path', async () => {
    await writeMapViews(loadMapText(text, EXAMPLE, 'yaml'), dir);
    writeFileSync(join(dir, 'harbour--focus-watch.svg'), '<svg><!-- edited by hand --></svg>');
    await writeMapViews(loadMapText(renamed, EXAMPLE, 'yaml'), dir);
    expect(readFileSync(join(dir, 'harbour--focus-watch.svg'), 'utf8')).toContain('edited by hand');

    // A map of the same name elsewhere drew into this folder last: its record is not this map's.
    await writeMapViews(loadMapText(text, join('elsewhere', 'harbour.yaml'), 'yaml'), dir);
    await writeMapViews(loadMapText(renamed, EXAMPLE, 'yaml'), dir);
    expect(existsSync(join(dir, 'harbour--focus-watch.svg'))).toBe(true);
  });

  it('never deletes a file a tampered manifest points outside its own views', async () => {
    const outside = join(dir, 'precious.txt');
    writeFileSync(outside, 'keep me');
    await writeMapViews(loadMap(EXAMPLE), dir);
    const path = join(dir, 'harbour--views.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as ViewsManifest;
    // The right hash for its bytes: only the name check stands between it and deletion.
    manifest.views['precious.txt'] = createHash('sha256').update('keep me').digest('hex');
    manifest.views['../precious.txt'] = manifest.views['harbour.svg']!;
    writeFileSync(path, JSON.stringify(manifest));
    await writeMapViews(loadMap(EXAMPLE), dir);
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
  });

  it("through the CLI: a second map in the same folder keeps the first map's views", async () => {
    const first = await runCli('render', EXAMPLE, '--views', '--out-dir', dir);
    expect(first.code).toBe(0);
    const before = listing();
    const otherMap = join(dir, 'harbour--focus-x.yaml');
    writeFileSync(otherMap, text.replace(/^title: .*$/m, 'title: Another map'));
    expect((await runCli('render', otherMap, '--views', '--out-dir', dir)).code).toBe(0);
    expect((await runCli('render', EXAMPLE, '--views', '--out-dir', dir)).code).toBe(0);
    for (const f of before) expect(listing()).toContain(f);
    expect(listing()).toContain('harbour--focus-x.svg');
  });
});

describe('committed view records in render/ (run `npm start` to refresh)', () => {
  for (const file of ['arguments/soviet-policies-1953.yaml', EXAMPLE].filter((f) => existsSync(f))) {
    it(`list exactly the committed drawings of ${file}, with their bytes`, () => {
      const loaded = loadMap(file);
      const name = file
        .split('/')
        .pop()!
        .replace(/\.ya?ml$/, '');
      const manifest = JSON.parse(readFileSync(join('render', `${name}--views.json`), 'utf8')) as ViewsManifest;
      expect(manifest.map).toBe(`../${file}`);
      expect(Object.keys(manifest.views)).toEqual(standardViews(loaded).map((v) => v.file));
      for (const [view, hash] of Object.entries(manifest.views)) {
        expect(
          createHash('sha256')
            .update(readFileSync(join('render', view)))
            .digest('hex'),
          `render/${name}--views.json is stale for ${view}`,
        ).toBe(hash);
      }
    });
  }
});
