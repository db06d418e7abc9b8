import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { watch, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from './helpers/cli.js';
import { writeFileAtomic } from '../src/io/write.js';
import { InputError as IoInputError } from '../src/io/input-error.js';
import { InputError as CliInputError } from '../src/cli/command.js';
import { MapLoadError } from '../src/io/diagnostics.js';
import { loadMap } from '../src/io/load.js';

const dir = mkdtempSync(join(tmpdir(), 'argmap-safe-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HARBOUR = 'arguments/examples/harbour.yaml';
const MEMO = 'arguments/soviet-policies-1953.yaml';
const temps = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));
const mkfifo = (path: string) => {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
};

describe('-o refuses targets that are not regular files', () => {
  it('a device file (/dev/null) is refused with exit 2 and left a device', async () => {
    const { code, out, err } = await runCli('ach', HARBOUR, '-o', '/dev/null');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('argmap: cannot write /dev/null: it is a device file; expected a regular file or a new name (-o - writes to standard output)\n');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a FIFO is refused, not replaced and not waited on', async () => {
    const fifo = join(dir, 'out.fifo');
    mkfifo(fifo);
    const { code, err } = await runCli('export', HARBOUR, '--to', 'apx', '-o', fifo);
    expect(code).toBe(2);
    expect(err).toContain('it is a FIFO (named pipe); expected a regular file');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a socket and a directory are refused', async () => {
    const sock = join(dir, 'out.sock');
    const server = createServer();
    await new Promise<void>((done) => server.listen(sock, done));
    try {
      const { code, err } = await runCli('compare', HARBOUR, HARBOUR, '-o', sock);
      expect(code).toBe(2);
      expect(err).toContain('it is a socket');
      expect(lstatSync(sock).isSocket()).toBe(true);
    } finally {
      server.close();
    }
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const r = await runCli('html', HARBOUR, '-o', folder);
    expect(r.code).toBe(2);
    expect(r.err).toContain('it is a directory');
    expect(temps(dir)).toEqual([]);
  });

  it('-o - and no -o mean stdout; -o "" is a usage error for every command with -o', async () => {
    const plain = await runCli('ach', HARBOUR);
    const dash = await runCli('ach', HARBOUR, '-o', '-');
    expect(dash).toEqual(plain);
    expect((await runCli('export', HARBOUR, '--to', 'tgf', '-o', '-')).out).toMatch(/^stockpile\n/m);
    const svg = await runCli('render', HARBOUR, '-o', '-');
    expect(svg.code).toBe(0);
    expect(svg.out).toMatch(/^<svg [^]*<\/svg>\n$/);
    const page = await runCli('html', HARBOUR, '-o', '-');
    expect(page.code).toBe(0);
    expect(page.out).toMatch(/^<!DOCTYPE html>/i);
    for (const args of [
      ['ach', HARBOUR],
      ['compare', HARBOUR, HARBOUR],
      ['export', HARBOUR, '--to', 'apx'],
      ['import', 'test/fixtures/aif/ova3-wrapped.json'],
      ['html', HARBOUR],
      ['render', HARBOUR],
    ]) {
      const { code, out, err } = await runCli(...args, '-o', '');
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/^argmap: -o needs a (file name|directory) \(or - for standard output\); found an empty string\nUsage: /);
    }
  });
});

describe('-o writes through a symbolic link', () => {
  it('the link stays a link and the file it points at gets the new text; the temp goes beside the real file', async () => {
    const real = join(dir, 'real');
    const links = join(dir, 'links');
    mkdirSync(real);
    mkdirSync(links);
    const target = join(real, 'report.txt');
    writeFileSync(target, 'old report\n');
    const link = join(links, 'report.txt');
    symlinkSync(target, link);
    const { code, err } = await runCli('ach', HARBOUR, '-o', link);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe((await runCli('ach', HARBOUR)).out);
    expect(temps(real)).toEqual([]);
    expect(temps(links)).toEqual([]);
  });

  it('the help of every -o says so', async () => {
    for (const command of ['ach', 'compare', 'export', 'import', 'html', 'render']) {
      expect((await runCli(command, '--help')).out, command).toContain('a symbolic link is written through to its target (the link stays)');
    }
  });

  it('a link to a device is refused through the link; a dangling link is refused', async () => {
    const toNull = join(dir, 'to-null');
    symlinkSync('/dev/null', toNull);
    const a = await runCli('ach', HARBOUR, '-o', toNull);
    expect(a.code).toBe(2);
    expect(a.err).toContain('it is a device file (through the link, /dev/null)');
    const dangling = join(dir, 'dangling');
    symlinkSync(join(dir, 'nowhere', 'x'), dangling);
    const b = await runCli('ach', HARBOUR, '-o', dangling);
    expect(b.code).toBe(2);
    expect(b.err).toContain('is a symbolic link to a file that does not exist');
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
  });
});

describe('temp files', () => {
  it('a link planted at the old predictable temp name does not redirect the write', () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    const target = join(dir, 'planted.txt');
    // The name the writer used before: `.<name>.<pid>.tmp`, opened with 'w', which follows a link.
    const planted = join(dir, `.planted.txt.${process.pid}.tmp`);
    symlinkSync(victim, planted);
    writeFileAtomic(target, 'new\n');
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
    rmSync(planted);
  });

  it('a new file gets the mode the umask gives; an existing file keeps its own', () => {
    const fresh = join(dir, 'fresh.txt');
    writeFileAtomic(fresh, 'x');
    expect(statSync(fresh).mode & 0o777).toBe(0o666 & ~process.umask());
    const kept = join(dir, 'kept.txt');
    writeFileSync(kept, 'old', { mode: 0o640 });
    writeFileAtomic(kept, 'new');
    expect(statSync(kept).mode & 0o777).toBe(0o640);
    expect(temps(dir)).toEqual([]);
  });

  it('a failed write leaves the target as it was and no temp', () => {
    const ro = join(dir, 'read-only');
    mkdirSync(ro);
    writeFileSync(join(ro, 'out.txt'), 'before');
    // A missing directory fails at the temp's creation; the old file is untouched either way.
    expect(() => writeFileAtomic(join(ro, 'missing', 'out.txt'), 'after')).toThrow(/ENOENT/);
    expect(readFileSync(join(ro, 'out.txt'), 'utf8')).toBe('before');
    expect(temps(ro)).toEqual([]);
  });
});

describe('SIGTERM during a run', () => {
  it('exits 128+15 with no temp left: drawings written are whole, the ones still to come untouched', async () => {
    const out = join(dir, 'views');
    mkdirSync(out);
    const sets = (loadMap(MEMO).map.hypothesisSets ?? []).map((s) => join(out, `soviet-policies-1953--set-${s.id}.svg`));
    // The set drawings are written last, two layouts at a time after the full map and the focus maps.
    for (const f of sets) writeFileSync(f, 'OLD');
    const child = spawn(process.execPath, ['bin/argmap.js', 'render', '--views', MEMO, '--out-dir', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on('exit', (code, signal) => ok({ code, signal })));
    // The first file event in the folder is the first drawing's write: by then the CLI's handlers are
    // installed, and the next layouts are running in a worker, so the signal is taken mid-run.
    const watcher = watch(out);
    await new Promise<void>((ok) => watcher.once('change', () => ok()));
    watcher.close();
    child.kill('SIGTERM');
    const { code, signal } = await done;
    expect(signal).toBeNull();
    expect(code).toBe(143);
    expect(stderr).toBe('argmap: stopped by SIGTERM\n');
    expect(temps(out)).toEqual([]);
    for (const f of readdirSync(out)) expect(readFileSync(join(out, f), 'utf8')).toMatch(/^OLD$|<\/svg>\n?$/);
    expect(readFileSync(sets.at(-1)!, 'utf8')).toBe('OLD');
  });
});

describe('a signal during a long search', () => {
  it('ends `argmap af` at once: no handler is waiting for a search that never yields', async () => {
    // 40 pairs of arguments attacking each other: 2^40 preferred extensions, a search that does not end.
    const af = join(dir, 'pairs.apx');
    writeFileSync(af, Array.from({ length: 40 }, (_, i) => `arg(a${i}).\narg(b${i}).\natt(a${i},b${i}).\natt(b${i},a${i}).\n`).join(''));
    const child = spawn(process.execPath, ['bin/argmap.js', 'af', af, '--semantics', 'preferred'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on('exit', (code, signal) => ok({ code, signal })));
      // Extensions are printed at the end, so nothing shows the search has begun: give it time to start.
      await new Promise((ok) => setTimeout(ok, 2_000));
      child.kill('SIGTERM');
      expect(await done).toEqual({ code: null, signal: 'SIGTERM' });
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});

describe('one InputError', () => {
  it("the CLI throws the io layer's InputError, and map errors are InputErrors too", () => {
    expect(CliInputError).toBe(IoInputError);
    expect(new MapLoadError([])).toBeInstanceOf(IoInputError);
    expect(existsSync(resolve('src/io/input-error.ts'))).toBe(true);
  });
});
