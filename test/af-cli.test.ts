import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './helpers/cli.js';
import { grounded, preferred, stable } from '../src/analysis/dung.js';
import { attackFramework } from '../src/graph/attack-framework.js';
import { readFramework, toArgumentationFramework } from '../src/interop/iccma.js';
import { loadMap } from '../src/io/load.js';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'argmap-af-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('argmap af', () => {
  it('prints sorted extensions as JSON for every semantics and input format', async () => {
    const expected = {
      grounded: [[]],
      complete: [[], ['a', 'd'], ['b', 'd']],
      preferred: [
        ['a', 'd'],
        ['b', 'd'],
      ],
      stable: [
        ['a', 'd'],
        ['b', 'd'],
      ],
    };
    for (const file of ['floating.apx', 'floating.tgf']) {
      for (const [semantics, extensions] of Object.entries(expected)) {
        const r = await run('af', `test/fixtures/af/${file}`, '--semantics', semantics);
        expect(r).toEqual({ code: 0, out: JSON.stringify({ semantics, extensions }) + '\n', err: '' });
      }
    }
    const i23 = await run('af', 'test/fixtures/af/floating.i23', '-s', 'preferred');
    expect(JSON.parse(i23.out)).toEqual({
      semantics: 'preferred',
      extensions: [
        ['1', '4'],
        ['2', '4'],
      ],
    });
  });
  it('defaults to grounded, and prints one [a,b] line per extension with --format text', async () => {
    expect((await run('af', 'test/fixtures/af/names.apx')).out).toBe('{"semantics":"grounded","extensions":[["Kremlin","malenkov_1"]]}\n');
    expect((await run('af', 'test/fixtures/af/floating.apx', '-s', 'complete', '--format', 'text')).out).toBe('[]\n[a,d]\n[b,d]\n');
  });
  it('prints an empty list when there is no stable extension', async () => {
    expect((await run('af', 'test/fixtures/af/odd-cycle.apx', '--semantics', 'stable')).out).toBe('{"semantics":"stable","extensions":[]}\n');
    expect((await run('af', 'test/fixtures/af/odd-cycle.apx', '--semantics', 'stable', '-f', 'text')).out).toBe('');
  });
  it('reads a file by content, or as --input-format says', async () => {
    const file = join(dir, 'framework.txt');
    writeFileSync(file, 'p af 3\n1 2\n2 3\n');
    expect(JSON.parse((await run('af', file)).out).extensions).toEqual([['1', '3']]);
    const r = await run('af', file, '--input-format', 'apx');
    expect(r.code).toBe(2);
    expect(r.err).toContain('framework.txt:1:1: error: found "p"; expected arg(name). or att(name,name).');
  });
  it('answers the ICCMA tasks: floating acceptance makes d skeptically preferred but not grounded', async () => {
    const f = 'test/fixtures/af/floating.apx';
    expect((await run('af', f, '-s', 'preferred', '--task', 'DS', '--query', 'd')).out).toBe('{"semantics":"preferred","task":"DS","query":"d","accepted":true}\n');
    expect((await run('af', f, '-s', 'grounded', '-t', 'DS', '-a', 'd', '-f', 'text')).out).toBe('NO\n');
    expect((await run('af', f, '-s', 'stable', '-t', 'DC', '-a', 'c', '-f', 'text')).out).toBe('NO\n');
    expect((await run('af', f, '-s', 'complete', '-t', 'CE')).out).toBe('{"semantics":"complete","task":"CE","count":3}\n');
    expect((await run('af', f, '-s', 'preferred', '-t', 'SE', '-f', 'text')).out).toMatch(/^\[(a|b),d\]\n$/);
    expect((await run('af', 'test/fixtures/af/odd-cycle.apx', '-s', 'stable', '-t', 'SE')).out).toBe('{"semantics":"stable","task":"SE","extension":null}\n');
    const noQuery = await run('af', f, '-t', 'DC');
    expect([noQuery.code, noQuery.err.split('\n')[0]]).toEqual([2, 'argmap: --task DC needs --query <argument>']);
    const unknown = await run('af', f, '-t', 'DS', '-a', 'z');
    expect([unknown.code, unknown.err.split('\n')[0]]).toEqual([2, `argmap: --query "z" is not an argument of ${f}; expected one of its 4 arguments`]);
  });
  it('spells extensions out as labellings with --labels', async () => {
    const f = 'test/fixtures/af/floating.apx';
    expect(JSON.parse((await run('af', f, '-s', 'complete', '--labels')).out)).toEqual({
      semantics: 'complete',
      labellings: [
        { in: [], out: [], undec: ['a', 'b', 'c', 'd'] },
        { in: ['a', 'd'], out: ['b', 'c'], undec: [] },
        { in: ['b', 'd'], out: ['a', 'c'], undec: [] },
      ],
    });
    expect((await run('af', 'test/fixtures/af/odd-cycle.apx', '-l', '-f', 'text')).out).toBe('in [] out [] undec [a,b,c]\n');
    expect((await run('af', 'test/fixtures/af/names.apx', '-l', '-t', 'SE')).out).toBe(
      '{"semantics":"grounded","task":"SE","labelling":{"in":["Kremlin","malenkov_1"],"out":["3.A.v","say \\"no\\""],"undec":[]}}\n',
    );
    expect((await run('af', f, '-l', '-t', 'CE')).code).toBe(2);
  });
  it('refuses bad input with file:line:col and exit 2, never a stack trace', async () => {
    const file = join(dir, 'bad.apx');
    writeFileSync(file, 'arg(a).\natt(a,b).\n');
    const r = await run('af', file);
    expect(r).toEqual({ code: 2, out: '', err: `${file}:2:7: error: attack names argument "b", which is not declared; expected a declared argument\n` });
    const missing = await run('af', join(dir, 'none.af'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/none\.af: error: file not found/);
    const usage = await run('af', 'test/fixtures/af/floating.apx', '--semantics', 'ideal');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--semantics "ideal" is not allowed; expected one of grounded, complete, preferred, stable');
    for (const x of [r, missing, usage]) expect(x.err).not.toMatch(/\n\s+at /);
  });
});

describe('argmap export --to apx', () => {
  const mapFile = 'arguments/examples/harbour.yaml';
  const af = attackFramework(loadMap(mapFile).map);

  it("writes the example map's attack framework as apx that reads back to the same framework", async () => {
    const r = await run('export', mapFile, '--to', 'apx');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^arg\(/);
    const file = join(dir, 'harbour.apx');
    writeFileSync(file, r.out);
    expect(toArgumentationFramework(readFramework(file))).toEqual(af);
  });
  it('gives the same extensions through argmap af as the library gives for the map', async () => {
    const file = join(dir, 'harbour-o.apx');
    expect((await run('export', mapFile, '--to', 'apx', '-o', file)).code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse((await run('af', file)).out).extensions).toEqual([grounded(af).extension]);
    expect(JSON.parse((await run('af', file, '-s', 'preferred')).out).extensions).toEqual(preferred(af));
    expect(readFileSync(file, 'utf8')).toBe((await run('export', mapFile, '--to', 'apx')).out);
  });
  it('reads a map file directly as its attack framework', async () => {
    for (const s of ['grounded', 'preferred', 'stable'] as const) {
      const expected = s === 'grounded' ? [grounded(af).extension] : s === 'preferred' ? preferred(af) : stable(af);
      expect(JSON.parse((await run('af', mapFile, '-s', s)).out).extensions).toEqual(expected);
    }
  });
  it('writes tgf too, and refuses a missing --to, a bad map or an unwritable output', async () => {
    const tgf = join(dir, 'harbour.tgf');
    expect((await run('export', mapFile, '--to', 'tgf', '-o', tgf)).code).toBe(0);
    expect(toArgumentationFramework(readFramework(tgf))).toEqual(af);
    const noTo = await run('export', mapFile);
    expect(noTo.code).toBe(2);
    expect(noTo.err).toContain('missing --to <format>; expected one of apx, tgf');
    const badMap = join(dir, 'bad.yaml');
    writeFileSync(badMap, 'title: x\nnodes: 3\n');
    const bad = await run('export', badMap, '--to', 'apx');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('bad.yaml');
    const unwritable = await run('export', mapFile, '--to', 'apx', '-o', join(dir, 'no-such-dir', 'x.apx'));
    expect(unwritable.code).toBe(2);
    expect(unwritable.err).toMatch(/cannot write .*x\.apx \(ENOENT\)/);
  });
});

describe('the memorandum map through export and af', () => {
  const mapFile = 'arguments/soviet-policies-1953.yaml';
  it("round-trips its attack framework (ids such as 3.A.v quoted) and keeps Dung's invariants", async () => {
    const af = attackFramework(loadMap(mapFile).map);
    const file = join(dir, 'memo.apx');
    expect((await run('export', mapFile, '--to', 'apx', '-o', file)).code).toBe(0);
    expect(toArgumentationFramework(readFramework(file))).toEqual(af);
    const answer = async (s: string) => JSON.parse((await run('af', file, '-s', s)).out).extensions as string[][];
    const [g] = await answer('grounded');
    const pref = await answer('preferred');
    const stab = await answer('stable');
    const comp = await answer('complete');
    expect(g).toEqual(grounded(af).extension);
    expect(pref.length).toBeGreaterThanOrEqual(1);
    const key = (e: string[]) => e.join('\u0000');
    for (const e of pref) {
      expect(comp.map(key)).toContain(key(e));
      for (const a of g!) expect(e).toContain(a);
    }
    for (const e of stab) expect(pref.map(key)).toContain(key(e));
    expect(comp.map(key)).toContain(key(g!));
  });
});

describe('argmap af cut by --timeout', () => {
  // A clock that moves a minute at every reading: the deadline (--timeout 30) has passed by the first
  // look the search takes at it, whatever the machine's speed. floating.apx's grounded labelling decides
  // nothing, so each question below but the last needs a SAT call, which looks at the clock first.
  const FLOATING = 'test/fixtures/af/floating.apx';
  const cutRun = async (...args: string[]) => {
    let t = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (t += 60_000));
    return run('af', FLOATING, '--timeout', '30', ...args);
  };
  afterEach(() => void vi.restoreAllMocks());

  it('DC, DS and SE give no answer: exit 2, a note naming the budget and the question, no ICCMA line', async () => {
    const dc = await cutRun('-s', 'preferred', '-t', 'DC', '-a', 'a', '-f', 'text');
    expect(dc).toEqual({ code: 2, out: '', err: 'argmap af: no answer: stopped by --timeout 30 before the search decided whether "a" is in some preferred extension\n' });
    const ds = await cutRun('-s', 'stable', '-t', 'DS', '-a', 'b', '-f', 'text');
    expect(ds).toEqual({ code: 2, out: '', err: 'argmap af: no answer: stopped by --timeout 30 before the search decided whether "b" is in every stable extension\n' });
    const se = await cutRun('-s', 'preferred', '-t', 'SE', '-f', 'text');
    expect(se).toEqual({ code: 2, out: '', err: 'argmap af: no answer: stopped by --timeout 30 before the search found a preferred extension or showed there is none\n' });
    const json = await cutRun('-s', 'preferred', '-t', 'DC', '-a', 'a');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toEqual({ semantics: 'preferred', task: 'DC', query: 'a', partial: 'timeout' });
  });

  it('EE keeps what it found: exit 0, "partial" in JSON, the partial-result note', async () => {
    const ee = await cutRun('-s', 'preferred');
    expect(ee.code).toBe(0);
    expect(JSON.parse(ee.out)).toMatchObject({ semantics: 'preferred', partial: 'timeout' });
    expect(ee.err).toBe('argmap af: partial result: stopped by --timeout 30 before the search was done\n');
  });

  it('answers as before what needs no search: complete DS asks only the grounded labelling', async () => {
    expect(await cutRun('-s', 'complete', '-t', 'DS', '-a', 'd', '-f', 'text')).toEqual({ code: 0, out: 'NO\n', err: '' });
  });
});
