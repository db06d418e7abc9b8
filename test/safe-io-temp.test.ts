import { afterAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// fsyncSync is the last step before the rename: making it fail, or stop there, shows what a failure or a
// signal in the middle of a write leaves behind.
const midWrite = vi.hoisted(() => ({ action: undefined as undefined | (() => void) }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  return { ...fs, fsyncSync: (fd: number) => (midWrite.action ? midWrite.action() : fs.fsyncSync(fd)) };
});

const { removePendingTemps, writeFileAtomic } = await import('../src/io/write.js');

const dir = mkdtempSync(join(tmpdir(), 'argmap-temp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const temps = () => readdirSync(dir).filter((f) => f.includes('.argmap-'));

describe('temp files are removed on every exit path', () => {
  it('a write that throws leaves no temp and the old target', () => {
    const target = join(dir, 'report.html');
    writeFileSync(target, 'old');
    midWrite.action = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    expect(() => writeFileAtomic(target, 'new')).toThrow(/no space left/);
    midWrite.action = undefined;
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(temps()).toEqual([]);
  });

  it('the clean-up the signal handlers call removes a temp still being written, named .<target>.argmap-<random>.tmp', () => {
    const target = join(dir, 'map.svg');
    let seen: string[] = [];
    midWrite.action = () => {
      seen = temps();
      removePendingTemps();
      throw new Error('stopped');
    };
    expect(() => writeFileAtomic(target, '<svg/>')).toThrow('stopped');
    midWrite.action = undefined;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^\.map\.svg\.argmap-[0-9a-f]{16}\.tmp$/);
    expect(existsSync(join(dir, seen[0]!))).toBe(false);
    expect(existsSync(target)).toBe(false);
  });

  it('two writes never share a temp name', () => {
    const names = new Set<string>();
    midWrite.action = () => {
      for (const t of temps()) names.add(t);
    };
    for (let i = 0; i < 20; i++) writeFileAtomic(join(dir, 'same.txt'), String(i));
    midWrite.action = undefined;
    expect(names.size).toBe(20);
    expect(readFileSync(join(dir, 'same.txt'), 'utf8')).toBe('19');
  });
});
