import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../src/io/corpus-files.js';
import { prepareOutput } from '../src/io/out-tree.js';

const MAPS = ['.yaml', '.yml', '.json'];

function tree(): { dir: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'argmap-corpus-files-'));
  const dir = join(base, 'corpus');
  const outside = join(base, 'outside');
  mkdirSync(join(dir, 'a', 'deep'), { recursive: true });
  mkdirSync(outside);
  for (const f of ['b.yaml', 'A.YAML', 'a/z.yaml', 'a/c.json', 'a/deep/m.yml', 'notes.txt', 'a/readme.md', 'é.json', 'B.json']) writeFileSync(join(dir, f), 'title: t\n');
  writeFileSync(join(outside, 'secret.yaml'), 'title: secret\n');
  return { dir, outside };
}

describe('corpus file expansion', () => {
  it('walks a folder in one fixed order (names by UTF-16 code units, sub-folders where they sort) and reads only the wanted extensions', () => {
    const { dir } = tree();
    const { files, skipped } = expandInputs([dir], MAPS);
    expect(files.map((f) => f.rel)).toEqual(['A.YAML', 'B.json', 'a/c.json', 'a/deep/m.yml', 'a/z.yaml', 'b.yaml', 'é.json']);
    expect(files.map((f) => f.path)).toEqual(files.map((f) => join(dir, f.rel)));
    expect(skipped).toEqual([]);
    // The same again: no dependence on the order the file system lists entries in.
    expect(expandInputs([dir], MAPS).files).toEqual(files);
  });

  it('keeps the order of the arguments, and passes a named file on as it is (even a missing one, for the command to report)', () => {
    const { dir } = tree();
    const { files } = expandInputs([join(dir, 'b.yaml'), join(dir, 'a'), join(dir, 'missing.yaml'), join(dir, 'notes.txt')], MAPS);
    expect(files.map((f) => f.rel)).toEqual(['b.yaml', 'c.json', 'deep/m.yml', 'z.yaml', 'missing.yaml', 'notes.txt']);
  });

  it('does not follow a symbolic link out of the named folder, nor a link to a folder; a link to a file inside is read', () => {
    const { dir, outside } = tree();
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'leak.yaml'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'a'), join(dir, 'loop'));
    symlinkSync(join(dir, 'a', 'z.yaml'), join(dir, 'same.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    const { files, skipped } = expandInputs([dir], MAPS);
    expect(files.map((f) => f.rel)).toEqual(['A.YAML', 'B.json', 'a/c.json', 'a/deep/m.yml', 'a/z.yaml', 'b.yaml', 'same.yaml', 'é.json']);
    expect(files.some((f) => f.path.includes('secret') || f.path.includes('outside'))).toBe(false);
    expect(skipped.map((s) => [s.path.slice(dir.length + 1), s.reason.split(' (')[0]])).toEqual([
      ['dangling.yaml', 'is a symbolic link that leads nowhere'],
      ['elsewhere', 'is a symbolic link that leads out of the named folder'],
      ['leak.yaml', 'is a symbolic link that leads out of the named folder'],
      ['loop', 'is a symbolic link to a folder'],
    ]);
  });

  it('skips a FIFO with a reason instead of blocking on it', () => {
    const { dir } = tree();
    expect(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status).toBe(0);
    const { files, skipped } = expandInputs([dir], MAPS);
    expect(files.some((f) => f.rel === 'pipe.yaml')).toBe(false);
    expect(skipped).toEqual([{ path: join(dir, 'pipe.yaml'), reason: 'is a FIFO (named pipe), not a regular file' }]);
  });
});

describe('corpus output names', () => {
  it('creates the folders of a mirrored name inside the output folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'argmap-out-tree-'));
    expect(prepareOutput(out, join('a', 'b', 'm.yaml'))).toBe(join(out, 'a', 'b', 'm.yaml'));
  });

  it('refuses names that climb out, folders and files that are symbolic links', () => {
    const { outside } = tree();
    const out = mkdtempSync(join(tmpdir(), 'argmap-out-tree-'));
    expect(() => prepareOutput(out, join('..', 'x.yaml'))).toThrow(/plain relative name/);
    expect(() => prepareOutput(out, '/etc/x.yaml')).toThrow(/plain relative name/);
    symlinkSync(outside, join(out, 'part'));
    expect(() => prepareOutput(out, join('part', 'x.yaml'))).toThrow(/part: it is a symbolic link/);
    symlinkSync(join(outside, 'secret.yaml'), join(out, 'm.yaml'));
    expect(() => prepareOutput(out, 'm.yaml')).toThrow(/m\.yaml: it is a symbolic link/);
    writeFileSync(join(out, 'file'), '');
    expect(() => prepareOutput(out, join('file', 'x.yaml'))).toThrow(/not a folder/);
  });
});
