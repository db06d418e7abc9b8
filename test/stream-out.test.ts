import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, roomIn } from '../src/cli/main.js';
import { streamOut } from '../src/cli/output.js';
import { generate } from '../scripts/bench/_synthetic-map.mjs';

/** A stream that takes one write per turn of the event loop, as a pipe read slower than it is written. */
function slowStream(highWaterMark: number): { stream: Writable; got: string[] } {
  const got: string[] = [];
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      got.push(chunk);
      setImmediate(callback);
    },
  });
  return { stream, got };
}

describe('streamOut', () => {
  it('waits whenever standard output is full, so no more than one chunk is ever queued beyond its buffer', async () => {
    const { stream, got } = slowStream(100);
    const chunks = Array.from({ length: 200 }, (_, i) => `chunk ${i} `.padEnd(60, '.'));
    let mostQueued = 0;
    const io = {
      stdout: (t: string) => {
        mostQueued = Math.max(mostQueued, stream.writableLength);
        stream.write(t);
      },
      stderr: () => {},
      drained: () => roomIn(stream),
      isTTY: false,
    };
    await streamOut(io, chunks);
    await new Promise<void>((resolve) => stream.end(resolve));
    expect(got.join('')).toBe(chunks.join(''));
    // Without the wait all 200 chunks (12,000 characters) would sit in the queue by the last write.
    expect(mostQueued).toBeLessThanOrEqual(100);
  });

  it('never waits where the output takes everything (no drained, or a stream with room)', async () => {
    let out = '';
    await streamOut({ stdout: (t) => void (out += t), stderr: () => {}, isTTY: false }, ['a', 'b', 'c']);
    expect(out).toBe('abc');
    const { stream } = slowStream(1000);
    expect(roomIn(stream)).toBeUndefined();
  });

  it('settles the wait when the stream closes instead of draining', async () => {
    const { stream } = slowStream(10);
    stream.write('more than ten characters');
    const wait = roomIn(stream);
    expect(wait).toBeInstanceOf(Promise);
    stream.destroy();
    await expect(wait).resolves.toBeUndefined();
  });
});

describe('argmap check through a pipe', () => {
  it('writes the same bytes through a pipe as in process, for JSON and text (pipe buffers are far smaller than the output)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-stream-'));
    const file = join(dir, 'map.json');
    writeFileSync(file, JSON.stringify(generate(3000, 7)));
    for (const format of ['json', 'text']) {
      let expected = '';
      await main(['check', '--format', format, file], { stdout: (t) => void (expected += t), stderr: () => {}, isTTY: false });
      expect(expected.length).toBeGreaterThan(256 * 1024);
      const child = spawn(process.execPath, ['bin/argmap.js', 'check', '--format', format, file], { stdio: ['ignore', 'pipe', 'pipe'] });
      const parts: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => parts.push(b));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(1);
      expect(Buffer.concat(parts).toString('utf8')).toBe(expected);
    }
  }, 60_000);
});
