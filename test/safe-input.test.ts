import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { firstInvalidUtf8, INPUT_LIMITS } from '../src/io/input.js';
import { prng } from '../scripts/bench/_lib.mjs';

const root = mkdtempSync(join(tmpdir(), 'argmap-input-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MiB = 1024 * 1024;
let n = 0;
/** A fresh folder holding a map whose one document is at `path` (line 4, column 11 of the map). */
function mapWithSource(path: string): { folder: string; map: string } {
  const folder = join(root, `case-${++n}`);
  mkdirSync(folder);
  const map = join(folder, 'map.yaml');
  writeFileSync(
    map,
    ['title: t', 'documents:', '  - id: d', `    path: ${path}`, 'nodes:', "  - { id: a, kind: claim, text: x, source: { locator: '1', quote: 'One' } }", ''].join('\n'),
  );
  return { folder, map };
}
const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

describe('source texts stay inside the map folder unless --allow-outside', () => {
  writeFileSync(join(root, 'outside.txt'), '1. One thing outside.\n');

  it('an absolute path is refused at the path entry of the map', async () => {
    const { map } = mapWithSource('/etc/hostname');
    const { code, out, err } = await runCli('coverage', map);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      `${map}:4:11: error: source text "/etc/hostname" is an absolute path; expected a path relative to the map's folder, or pass --allow-outside if you trust this map to read files outside its folder\n`,
    );
  });

  it('a ../ escape is refused by check, coverage and html, and html writes no page', async () => {
    const { folder, map } = mapWithSource('../outside.txt');
    for (const args of [
      ['coverage', map],
      ['check', map],
      ['html', map, '-o', join(folder, 'page.html')],
    ]) {
      const { code, err } = await runCli(...args);
      expect(code, args[0]).toBe(2);
      expect(err).toMatch(
        new RegExp(`^${map.replace(/[.]/g, '\\.')}:4:11: error: source text "\\.\\./outside\\.txt" leads outside the map's folder \\(${folder}\\); expected a path inside it`),
      );
    }
    expect(existsSync(join(folder, 'page.html'))).toBe(false);
  });

  it('a link inside the folder that leads out is refused too', async () => {
    const { folder, map } = mapWithSource('inside.txt');
    symlinkSync(join(root, 'outside.txt'), join(folder, 'inside.txt'));
    const { code, err } = await runCli('coverage', map);
    expect(code).toBe(2);
    expect(err).toContain(`:4:11: error: source text "inside.txt" is a symbolic link to ${join(root, 'outside.txt')}, outside the map's folder`);
  });

  it('--allow-outside reads it', async () => {
    const { map } = mapWithSource('../outside.txt');
    const { code, out, err } = await runCli('coverage', '--allow-outside', map);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('1 locator(s) in 1 document(s): 1 covered, 0 uncovered; 0 quote problem(s)');
    const page = join(root, `allowed-${n}.html`);
    expect((await runCli('html', '--allow-outside', map, '-o', page)).code).toBe(0);
    expect(existsSync(page)).toBe(true);
  });

  it('a FIFO is refused without waiting for a writer; a device is refused even when allowed outside', async () => {
    const { folder, map } = mapWithSource('pipe.txt');
    mkfifo(join(folder, 'pipe.txt'));
    const fifo = await runCli('coverage', map);
    expect(fifo.code).toBe(2);
    expect(fifo.err).toContain(':4:11: error: source text "pipe.txt" is a FIFO (named pipe); expected a regular file (a source text)');
    const zero = mapWithSource('/dev/zero');
    const dev = await runCli('coverage', '--allow-outside', zero.map);
    expect(dev.code).toBe(2);
    expect(dev.err).toContain(':4:11: error: source text "/dev/zero" is a device file; expected a regular file');
    const folder2 = mapWithSource('.');
    expect((await runCli('coverage', folder2.map)).err).toContain(':4:11: error: source text "." is a directory; expected a regular file');
  });

  it('a source text over the size limit is refused with the limit named', async () => {
    const { folder, map } = mapWithSource('huge.txt');
    writeFileSync(join(folder, 'huge.txt'), '');
    truncateSync(join(folder, 'huge.txt'), INPUT_LIMITS['source-text'] + 1);
    const { code, err } = await runCli('coverage', map);
    expect(code).toBe(2);
    expect(err).toContain(':4:11: error: source text "huge.txt" is larger than the limit for a source text, 8 MiB');
  });

  it('a source text that is not UTF-8 is refused at its own bad byte', async () => {
    const { folder, map } = mapWithSource('latin1.txt');
    writeFileSync(join(folder, 'latin1.txt'), Buffer.from('1. One\n\n2. Caf\xe9 au lait\n', 'latin1'));
    const { code, err } = await runCli('coverage', map);
    expect(code).toBe(2);
    expect(err).toBe(`${join(folder, 'latin1.txt')}:3:7: error: invalid UTF-8: byte 0xE9 begins no valid character; expected UTF-8 text (a source text): save the file as UTF-8\n`);
  });

  it('the memorandum and the harbour example still read their sources', async () => {
    for (const map of ['arguments/soviet-policies-1953.yaml', 'arguments/examples/harbour.yaml']) {
      const { code, err } = await runCli('coverage', '-q', map);
      expect(err, map).toBe('');
      expect(code, map).toBe(0);
    }
  });
});

describe('one reader for every input file', () => {
  const file = (name: string, bytes: Buffer | string) => {
    const p = join(root, name);
    writeFileSync(p, bytes);
    return p;
  };

  it('invalid UTF-8 is named by line:col in maps, AIF, CSV and frameworks (no ERR_ENCODING_… code)', async () => {
    const map = file('bad.yaml', Buffer.concat([Buffer.from('title: t\nnodes:\n  - { id: a, kind: claim, text: caf'), Buffer.from([0xe9]), Buffer.from(' }\n')]));
    const aif = file(
      'bad-aif.json',
      Buffer.concat([Buffer.from('{"nodes": [\n  {"nodeID": 1, "type": "I", "text": "\u00e9t\u00e9 '), Buffer.from([0xff]), Buffer.from('"}], "edges": []}\n')]),
    );
    const csv = file('bad.csv', Buffer.concat([Buffer.from('\ufeffevidence,H1\nRain,'), Buffer.from([0xc0, 0x80]), Buffer.from('\n')]));
    const apx = file('bad.apx', Buffer.concat([Buffer.from('arg(a).\narg('), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(').\n')]));
    const cases: [string[], string][] = [
      [['validate', map], `${map}:3:36: error: invalid UTF-8: byte 0xE9 begins no valid character; expected UTF-8 text (a YAML map)`],
      [['import', aif], `${aif}:2:43: error: invalid UTF-8: byte 0xFF begins no valid character; expected UTF-8 text (an AIF file)`],
      [['ach', csv], `${csv}:2:6: error: invalid UTF-8: byte 0xC0 begins no valid character; expected UTF-8 text (an ACH matrix in CSV)`],
      [['af', apx], `${apx}:2:5: error: invalid UTF-8: byte 0xED begins no valid character; expected UTF-8 text (a framework file)`],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await runCli(...args);
      expect(code, args[0]).toBe(2);
      expect(err).toContain(message);
      expect(err).not.toContain('ERR_');
    }
  });

  it('a byte-order mark is dropped and NUL bytes are refused as binary, for CSV as for maps', async () => {
    const ok = file('bom.csv', '\ufeffevidence,H1,H2\nRain,C,I\n');
    expect((await runCli('ach', ok)).code).toBe(0);
    const bin = file('bin.csv', Buffer.from('evidence,H1\nRain,\0C\n'));
    const { code, err } = await runCli('ach', bin);
    expect(code).toBe(2);
    expect(err).toBe(`${bin}:2:6: error: is a binary file (a NUL byte here); expected UTF-8 text (an ACH matrix in CSV)\n`);
  });

  it('a YAML map over its limit is refused before parsing, naming the limit and suggesting JSON; JSON has room', async () => {
    const big = file('big.yaml', '');
    truncateSync(big, INPUT_LIMITS['yaml-map'] + 1);
    const { code, err } = await runCli('validate', big);
    expect(code).toBe(2);
    expect(err).toContain(`${big}: error: is larger than the limit for a YAML map, 16 MiB; a map this large loads far faster and in a tenth of the memory as JSON`);
    // check and render read maps the same way: refused with the same words (check still sums up its files).
    for (const command of ['check', 'render']) {
      const r = await runCli(command, big, ...(command === 'render' ? ['--out-dir', join(root, 'never')] : []));
      expect(r.code, command).toBe(2);
      expect(r.err, command).toContain(`${big}: error: is larger than the limit for a YAML map, 16 MiB; a map this large loads far faster`);
      if (command === 'render') expect(r.out).toBe('');
    }
    // The 1M-node JSON map of the benchmarks is 144 MB: the JSON limit must leave it room.
    expect(INPUT_LIMITS['json-map']).toBeGreaterThan(144 * MiB);
    const json = file('big.json', '');
    truncateSync(json, 20 * MiB);
    expect((await runCli('validate', json)).err).toContain('is a binary file');
  });

  it('a FIFO or a directory given as a map is refused at once', async () => {
    const fifo = join(root, 'map-fifo.yaml');
    mkfifo(fifo);
    const a = await runCli('validate', fifo);
    expect(a.code).toBe(2);
    expect(a.err).toContain(`${fifo}: error: is a FIFO (named pipe); expected a regular file (a YAML map)`);
    // A command that reads one map refuses a folder; af, check, render and import run a folder's files instead (test/corpus-cli.test.ts).
    const b = await runCli('validate', 'test/fixtures/af');
    expect(b.code).toBe(2);
    expect(b.err).toContain('test/fixtures/af: error: is a directory; expected a regular file (a YAML map)');
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the ill-formed sequences RFC 3629 names', () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));
    expect(at(0x61, 0xf0, 0x9f, 0x98, 0x80)).toBe(-1); // an emoji
    expect(at(0x61, 0xc0, 0x80)).toBe(1); // overlong NUL
    expect(at(0xe0, 0x80, 0x80)).toBe(0); // overlong three-byte form
    expect(at(0x61, 0xed, 0xa0, 0x80)).toBe(1); // a UTF-16 surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // above U+10FFFF
    expect(at(0x61, 0x62, 0xe2, 0x82)).toBe(2); // cut off at the end
    expect(at(0x80)).toBe(0); // a lone continuation byte
  });

  it('agrees with Buffer.isUtf8 on random bytes', () => {
    const rand = prng(13);
    for (let k = 0; k < 2000; k++) {
      const bytes = Buffer.from(Array.from({ length: 1 + Math.floor(rand() * 12) }, () => (rand() < 0.5 ? Math.floor(rand() * 128) : 0x80 + Math.floor(rand() * 128))));
      expect(firstInvalidUtf8(bytes) === -1, bytes.toString('hex')).toBe(isUtf8(bytes));
    }
  });
});
