import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWatch, type WatchSession } from '../src/cli/watch/index.js';
import { makeLive, problemPage, reloadSnippet } from '../src/cli/watch/live-page.js';
import { buildExplorer } from '../src/cli/commands/watch.js';
import { runCli } from './helpers/cli.js';

const HARBOUR = 'arguments/examples';

/** A private copy of the harbour example (map and source text), so edits touch nothing in the repository. */
function harbourCopy(): { dir: string; map: string; source: string } {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-watch-'));
  cpSync(HARBOUR, dir, { recursive: true });
  return { dir, map: join(dir, 'harbour.yaml'), source: join(dir, 'sources', 'harbour-report.txt') };
}

/** Listens to /events and hands out each `reload` event's data in order. */
function events(url: string): { next(): Promise<string>; close(): void } {
  const queue: string[] = [];
  const waiting: ((data: string) => void)[] = [];
  let res: IncomingMessage | undefined;
  const req = get(`${url}events`, (r) => {
    res = r;
    let buffer = '';
    r.setEncoding('utf8');
    r.on('data', (chunk: string) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^event: reload\ndata: (.*)$/m.exec(block);
        if (!data) continue;
        const w = waiting.shift();
        if (w) w(data[1]!);
        else queue.push(data[1]!);
      }
    });
  });
  req.on('error', () => {});
  return {
    next: () => (queue.length > 0 ? Promise.resolve(queue.shift()!) : new Promise((done) => waiting.push(done))),
    close: () => {
      res?.destroy();
      req.destroy();
    },
  };
}

/** Sends one request exactly as written (no client-side normalising of the target) and returns the status line's code. */
function rawStatus(port: number, request: string, host = '127.0.0.1'): Promise<number> {
  return new Promise((done, fail) => {
    const socket = connect(port, host, () => socket.write(request));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      answer += d;
      const m = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (m) {
        socket.destroy();
        done(Number(m[1]));
      }
    });
    socket.on('error', fail);
  });
}

const page = async (url: string) => (await fetch(url)).text();

describe('argmap watch: the preview over HTTP on 127.0.0.1', { timeout: 20_000 }, () => {
  let files: ReturnType<typeof harbourCopy>;
  let session: WatchSession;
  let stream: ReturnType<typeof events>;

  beforeEach(async () => {
    files = harbourCopy();
    session = await startWatch({ mapFile: files.map, port: 0, build: () => buildExplorer(files.map, false) });
    stream = events(session.url);
  });
  afterEach(async () => {
    stream.close();
    await session.close();
    rmSync(files.dir, { recursive: true, force: true });
  });

  it('serves the explorer with one added script whose hash the policy names, and connect-src only for itself', async () => {
    const first = await stream.next();
    const html = await page(session.url);
    expect(html).toContain('Harbour activity at Port Ellis');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!;
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).toContain("connect-src 'self'");
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    for (const s of scripts) expect(policy).toContain(`'sha256-${createHash('sha256').update(s).digest('base64')}'`);
    expect(scripts[1]).toBe(reloadSnippet(first));
  });

  it('an edit to the map → a reload event → the new page', async () => {
    const first = await stream.next();
    writeFileSync(files.map, readFileSync(files.map, 'utf8').replace('Four cargo ships at the northern quay', 'Five cargo ships at the northern quay'));
    const second = await stream.next();
    expect(second).not.toBe(first);
    const html = await page(session.url);
    expect(html).toContain('Five cargo ships');
    expect(html).toContain(reloadSnippet(second));
  });

  it('a broken edit shows its errors at file:line:col, and the next good edit brings the page back', async () => {
    await stream.next();
    const good = readFileSync(files.map, 'utf8');
    writeFileSync(files.map, good.replace('    kind: evidence\n', '    kind: rumour\n'));
    await stream.next();
    const broken = await page(session.url);
    const line = good.split('\n').indexOf('    kind: evidence') + 1;
    expect(broken).toContain(`${files.map}:${line}:11`);
    expect(broken).toContain('rumour');
    expect(broken.includes('id="page-title"')).toBe(false);
    writeFileSync(files.map, good);
    await stream.next();
    expect((await page(session.url)).includes('id="page-title"')).toBe(true);
  });

  it('follows the source text too, when an editor replaces it by renaming a new file over it', async () => {
    await stream.next();
    const text = readFileSync(files.source, 'utf8');
    writeFileSync(`${files.source}.tmp`, text.replace('shows four cargo ships', 'shows six cargo ships'));
    renameSync(`${files.source}.tmp`, files.source);
    await stream.next();
    // The quote no longer matches the text, so the check's finding names it on the page.
    expect(await page(session.url)).toMatch(/harbour\.yaml:\d+:\d+/);
    writeFileSync(files.source, text.replace('shows four cargo ships', 'shows seven cargo ships'));
    await stream.next();
    expect(await page(session.url)).toContain('seven cargo ships');
  });

  it('serves nothing but / and /events: traversal spellings, other paths and absolute targets are 404', async () => {
    const port = session.address.port;
    const host = `Host: 127.0.0.1:${port}\r\n`;
    for (const target of ['/../package.json', '/%2e%2e/', '/%2e%2e/package.json', '//etc/passwd', '/index.html', '/?', `http://127.0.0.1:${port}/`, '/events/', '*']) {
      expect(await rawStatus(port, `GET ${target} HTTP/1.1\r\n${host}Connection: close\r\n\r\n`), target).toBe(404);
    }
    expect(await rawStatus(port, `GET / HTTP/1.1\r\n${host}Connection: close\r\n\r\n`)).toBe(200);
    expect(await rawStatus(port, `HEAD / HTTP/1.1\r\n${host}Connection: close\r\n\r\n`)).toBe(200);
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect(await rawStatus(port, `${method} / HTTP/1.1\r\n${host}Content-Length: 0\r\nConnection: close\r\n\r\n`), method).toBe(405);
    }
  });

  it('answers only to its own Host names, against DNS rebinding', async () => {
    const port = session.address.port;
    const ask = (host: string) => rawStatus(port, `GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expect(await ask(`localhost:${port}`)).toBe(200);
    expect(await ask(`127.0.0.1:${port}`)).toBe(200);
    expect(await ask(`evil.example:${port}`)).toBe(403);
    expect(await ask('127.0.0.1')).toBe(403);
    expect(await rawStatus(port, 'GET / HTTP/1.0\r\n\r\n')).toBe(403);
  });

  it('is bound to 127.0.0.1 and to no other address', async () => {
    expect(session.address.address).toBe('127.0.0.1');
    // Everything in 127/8 is this machine, yet a socket bound to 127.0.0.1 alone refuses 127.0.0.2.
    await expect(rawStatus(session.address.port, 'GET / HTTP/1.1\r\n\r\n', '127.0.0.2')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('watching', () => {
  it('a save while the first build runs is not lost: it starts a second build', async () => {
    const files = harbourCopy();
    const html = problemPage(files.map, []);
    let builds = 0;
    const reports: number[] = [];
    const second = new Promise<void>((done) => {
      const session = startWatch({
        mapFile: files.map,
        port: 0,
        async build() {
          builds += 1;
          if (builds === 1) {
            writeFileSync(files.map, readFileSync(files.map, 'utf8') + '\n');
            await new Promise((r) => setTimeout(r, 400)); // longer than the quiet time
          }
          return { kind: 'page', html, files: [files.map], errors: 0 };
        },
        onBuild: (r) => {
          reports.push(r.count);
          if (r.count === 2) void session.then((s) => s.close()).then(() => done());
        },
      });
    });
    await second;
    expect(reports).toEqual([1, 2]);
    rmSync(files.dir, { recursive: true, force: true });
  }, 20_000);
});

describe('watch pages', () => {
  it('escapes what a problem says and where', () => {
    const html = problemPage('<b>.yaml', [{ file: 'a<i>.yaml', position: { line: 3, column: 7 }, severity: 'error', message: 'found "<script>alert(1)</script>"' }]);
    expect(html).toContain('a&lt;i&gt;.yaml:3:7: error: found &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>');
  });

  it('refuses to make live a page whose policy it cannot find, rather than serving it looser', () => {
    expect(() => makeLive('<html><body></body></html>', 'x')).toThrow(/exactly one/);
  });

  it('a live problem page may run only the reload snippet', () => {
    const live = makeLive(problemPage('m.yaml', []), 'b1');
    const policy = /content="([^"]*)"/.exec(live)![1]!;
    expect(policy.split('; ').filter((d) => d.startsWith('script-src'))).toEqual([`script-src 'sha256-${createHash('sha256').update(reloadSnippet('b1')).digest('base64')}'`]);
  });
});

describe('argmap watch on the command line', () => {
  it('refuses a port that is not a number', async () => {
    const r = await runCli('watch', 'arguments/examples/harbour.yaml', '--port', 'eighty');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--port "eighty" is not a port');
  });

  it('prints its URL, serves the page and on Ctrl-C closes and exits 130', async () => {
    const files = harbourCopy();
    const child = spawn(process.execPath, ['bin/argmap.js', 'watch', files.map, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    const url = await new Promise<string>((done) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) done(m[0]);
      });
    });
    expect(await page(url)).toContain('Harbour activity at Port Ellis');
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(err).toMatch(/^built in \d+ ms \(\d+ errors?\)$/m);
    await expect(fetch(url)).rejects.toThrow();
    rmSync(files.dir, { recursive: true, force: true });
  }, 20_000);
});
