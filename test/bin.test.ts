import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; bin: Record<string, string> };

describe('argmap on the PATH (npm link, npm install -g ., npx argmap in the clone)', () => {
  it('package.json names bin/argmap.js as the argmap command', () => {
    expect(pkg.bin).toEqual({ argmap: 'bin/argmap.js' });
  });

  it('bin/argmap.js is executable by everyone who can read it and starts with a node shebang', () => {
    const mode = statSync('bin/argmap.js').mode;
    expect(mode & 0o111).toBe(0o111);
    expect(readFileSync('bin/argmap.js', 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    // Git keeps the bit, so a fresh clone gets it too.
    expect(execFileSync('git', ['ls-files', '-s', 'bin/argmap.js'], { encoding: 'utf8' })).toMatch(/^100755 /);
  });

  // npx resolves the package before it starts argmap: seconds on a quiet machine, over 30 s on a loaded one.
  it("runs as `npx argmap` inside the clone, offline (npm takes the project's own bin)", () => {
    const version = execFileSync('npx', ['--offline', 'argmap', '--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  }, 120_000);
});
