import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The corpus runner starts workers from the built CLI (dist/), so these tests run bin/argmap.js as a user would.
function argmap(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/argmap.js', ...args], { maxBuffer: 1 << 26 }, (e, out, err) => resolve({ code: e ? ((e as { code?: number }).code ?? -1) : 0, out, err }));
  });
}

interface Line {
  file: string;
  status: number;
  result?: { findings?: { rule: string }[]; summary?: Record<string, number>; output?: string; repairs?: { file: string; line: number; column: number }[] };
  errors?: { file?: string; line?: number; column?: number; severity: string; message: string }[];
}
const lines = (out: string): Line[] =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

const CLEAN = 'title: Clean\nnodes:\n  - { id: e, kind: evidence, text: "The quay was rebuilt in 2019" }\n';
const CIRCULAR =
  'title: Circle\nnodes:\n  - { id: a, kind: claim, text: A }\n  - { id: b, kind: claim, text: B }\ninferences:\n  - { id: i1, premises: [a], conclusion: b }\n  - { id: i2, premises: [b], conclusion: a }\n';
const BROKEN = 'title: Broken\nnodes:\n  - { id: a, kind: clam, text: A }\n';
const AIF = 'test/fixtures/aif-corpus';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-corpus-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('argmap check on a folder', () => {
  it('prints one JSON object per file in input order, with its status and result or errors, and exits with the worst status', async () => {
    const dir = folder({ 'b-circular.yaml': CIRCULAR, 'a-clean.yaml': CLEAN, 'sub/c-broken.yaml': BROKEN, 'notes.txt': 'not a map' });
    const r = await argmap('check', dir, '--format', 'jsonl', '--jobs', '2');
    expect(r.code).toBe(2);
    const got = lines(r.out);
    expect(got.map((l) => [l.file, l.status])).toEqual([
      [join(dir, 'a-clean.yaml'), 0],
      [join(dir, 'b-circular.yaml'), 1],
      [join(dir, 'sub', 'c-broken.yaml'), 2],
    ]);
    // The command's own JSON result: what `argmap check -f json` prints for that file alone.
    const alone = JSON.parse((await argmap('check', '-f', 'json', join(dir, 'b-circular.yaml'))).out) as unknown;
    expect(got[1]!.result).toEqual(alone);
    expect(got[1]!.result!.findings!.some((f) => f.rule === 'circular-support')).toBe(true);
    expect(got[2]!.result).toBeUndefined();
    expect(got[2]!.errors![0]).toMatchObject({ file: join(dir, 'sub', 'c-broken.yaml'), line: 3, severity: 'error' });
    expect(got[2]!.errors![0]!.column).toBeGreaterThan(0);
  });

  it('exits 1 when the worst is a finding, and prints a table (one line per file, then totals) by default', async () => {
    const dir = folder({ 'a.yaml': CLEAN, 'b.yaml': CIRCULAR });
    const r = await argmap('check', dir);
    expect(r.code).toBe(1);
    const table = r.out.trimEnd().split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(new RegExp(`^ok +${join(dir, 'a.yaml')} {2}\\d+ findings? \\(0 errors`));
    expect(table[1]).toMatch(new RegExp(`^findings +${join(dir, 'b.yaml')} {2}\\d+ findings \\([1-9]\\d* errors?`));
    expect(table[2]).toBe('2 files: 1 ok, 1 with findings, 0 with errors, 0 crashed');
    expect(r.err).toBe(''); // no progress when stderr is not a terminal
  });

  it('does not follow a symbolic link out of the folder, and says so', async () => {
    const outside = folder({ 'secret.yaml': CIRCULAR });
    const dir = folder({ 'a.yaml': CLEAN });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'b.yaml'));
    const r = await argmap('check', dir, '--format', 'jsonl');
    expect(r.code).toBe(0);
    expect(lines(r.out).map((l) => l.file)).toEqual([join(dir, 'a.yaml')]);
    expect(r.err).toContain(`argmap: skipped ${join(dir, 'b.yaml')}: is a symbolic link that leads out of the named folder`);
  });

  it('refuses a format that makes one report', async () => {
    const dir = folder({ 'a.yaml': CLEAN });
    const r = await argmap('check', dir, '--format', 'sarif');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--format sarif makes one report per input; a run over several inputs prints a table, or JSON Lines (its JSON: one object per file');
  });

  it('af: an explicit --format json over several inputs is refused naming jsonl, not taken for the default table', async () => {
    const dir = folder({ 'a.apx': 'arg(x).\n', 'b.apx': 'arg(y).\n' });
    const json = await argmap('af', dir, '--format', 'json');
    expect(json.code).toBe(2);
    expect(json.out).toBe('');
    expect(json.err).toContain('--format json makes one report per input; a run over several inputs prints a table, or JSON Lines (its JSON: one object per file');
    const table = await argmap('af', dir);
    expect(table.code).toBe(0);
    expect(table.out.trimEnd().split('\n')).toHaveLength(3);
    // One input still prints JSON without being asked.
    expect(JSON.parse((await argmap('af', join(dir, 'a.apx'))).out)).toEqual({ semantics: 'grounded', extensions: [['x']] });
  });

  it('several plain files without a corpus option still make one merged report, as before', async () => {
    const dir = folder({ 'a.yaml': CLEAN, 'b.yaml': CIRCULAR });
    const r = await argmap('check', '-f', 'json', join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    expect(Object.keys(JSON.parse(r.out) as object)).toEqual(['findings', 'summary']);
  });
});

describe('a file that hangs does not stop the run', () => {
  it('af: a framework whose preferred extensions cannot all be listed is stopped by --file-timeout; the others are answered', async () => {
    // 40 pairs of arguments attacking each other: 2^40 preferred extensions, beyond any solver to list.
    const pairs = Array.from({ length: 40 }, (_, i) => `arg(a${i}).\narg(b${i}).\natt(a${i},b${i}).\natt(b${i},a${i}).\n`).join('');
    const dir = folder({ '1-small.apx': 'arg(x).\narg(y).\natt(x,y).\n', '2-huge.apx': pairs, '3-small.apx': 'arg(p).\n' });
    const r = await argmap('af', dir, '--semantics', 'preferred', '--format', 'jsonl', '--file-timeout', '4', '--jobs', '2');
    expect(r.code).toBe(2);
    const got = lines(r.out);
    expect(got.map((l) => l.status)).toEqual([0, 2, 0]);
    expect(got[0]!.result).toEqual({ semantics: 'preferred', extensions: [['x']] });
    expect(got[1]!.errors![0]!.message).toContain('stopped after 4 s (--file-timeout)');
    expect(got[2]!.result).toEqual({ semantics: 'preferred', extensions: [['p']] });
  }, 60_000);
});

describe('argmap import on a folder', () => {
  it('--lenient imports every AIF file of the test corpus into a mirrored folder, and every output validates', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'argmap-import-')), 'maps');
    const r = await argmap('import', '--lenient', AIF, '--out-dir', out, '--format', 'jsonl');
    expect(r.code).toBe(0);
    const inputs = readdirSync(AIF)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const got = lines(r.out);
    expect(got.map((l) => l.file)).toEqual(inputs.map((f) => join(AIF, f)));
    expect(got.every((l) => l.status === 0)).toBe(true);
    expect(got.map((l) => l.result!.output)).toEqual(inputs.map((f) => join(out, f.replace(/\.json$/, '.yaml'))));
    // Every defect file says what was repaired, at its place in the input file.
    for (const l of got.filter((x) => x.file.includes('defect-'))) {
      expect(l.result!.repairs!.length).toBeGreaterThan(0);
      expect(l.result!.repairs![0]).toMatchObject({ file: l.file });
    }
    const outputs = readdirSync(out).sort();
    expect(outputs).toEqual(inputs.map((f) => f.replace(/\.json$/, '.yaml')));
    const valid = await argmap('validate', ...outputs.map((f) => join(out, f)));
    expect(valid.code).toBe(0);
  }, 60_000);

  it('strict import reports each defective file at its line:col in the input and goes on with the rest', async () => {
    const out = mkdtempSync(join(tmpdir(), 'argmap-import-'));
    const r = await argmap('import', AIF, '--out-dir', out, '--format', 'jsonl');
    expect(r.code).toBe(2);
    const got = lines(r.out);
    for (const l of got) {
      if (l.file.includes('defect-')) {
        expect(l.status).toBe(2);
        expect(l.errors![0]).toMatchObject({ file: l.file, severity: 'error' });
        expect(l.errors![0]!.line).toBeGreaterThan(0);
      } else expect(l.status).toBe(0);
    }
    expect(readdirSync(out).sort()).toEqual(['dialogue.yaml', 'yaml11.yaml']);
  }, 60_000);

  it('needs an output folder (--out-dir: -o names one file, as for every command) for several files', async () => {
    const r = await argmap('import', AIF);
    expect(r.code).toBe(2);
    expect(r.err).toContain('name the output folder with --out-dir <dir>');
    const o = await argmap('import', AIF, '-o', 'maps/');
    expect(o.code).toBe(2);
    expect(o.err).toContain('-o names one output file, and a run over several inputs writes one per input; give --out-dir <dir> for them');
  });

  it('refuses to write through a symbolic link out of the output folder, to a folder or to a file, and leaves their targets alone', async () => {
    const dialogue = readFileSync(join(AIF, 'dialogue.json'), 'utf8');
    const input = folder({ 'part/x.json': dialogue, 'y.json': dialogue });
    const outside = mkdtempSync(join(tmpdir(), 'argmap-outside-'));
    const out = mkdtempSync(join(tmpdir(), 'argmap-out-'));
    symlinkSync(outside, join(out, 'part'));
    writeFileSync(join(outside, 'y.yaml'), 'kept\n');
    symlinkSync(join(outside, 'y.yaml'), join(out, 'y.yaml'));
    const r = await argmap('import', input, '--out-dir', out, '--format', 'jsonl');
    expect(r.code).toBe(2);
    const got = lines(r.out);
    expect(got.map((l) => l.status)).toEqual([2, 2]);
    expect(got[0]!.errors![0]!.message).toContain(`refusing to write through ${join(out, 'part')}: it is a symbolic link`);
    expect(got[1]!.errors![0]!.message).toContain(`refusing to write ${join(out, 'y.yaml')}: it is a symbolic link`);
    expect(readdirSync(outside)).toEqual(['y.yaml']);
    expect(readFileSync(join(outside, 'y.yaml'), 'utf8')).toBe('kept\n');
  });

  it('never overwrites an input: an output that would be one of the inputs is refused before anything runs', async () => {
    const dir = folder({});
    copyFileSync(join(AIF, 'dialogue.json'), join(dir, 'a.yaml'));
    copyFileSync(join(AIF, 'yaml11.json'), join(dir, 'b.json'));
    const before = readFileSync(join(dir, 'a.yaml'), 'utf8');
    const r = await argmap('import', '--from', 'aif', join(dir, 'a.yaml'), join(dir, 'b.json'), '--out-dir', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${join(dir, 'a.yaml')} is the input ${join(dir, 'a.yaml')}`);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'b.yaml'))).toBe(false);
  });
});

describe('argmap render on a folder', () => {
  it('draws each map into the output folder at its mirrored name, as render draws it alone', async () => {
    const dir = folder({ 'a.yaml': CLEAN, 'sub/b.yaml': CIRCULAR });
    const out = join(mkdtempSync(join(tmpdir(), 'argmap-render-')), 'svg');
    const r = await argmap('render', dir, '--out-dir', out, '--format', 'jsonl');
    expect(r.code).toBe(0);
    expect(lines(r.out).map((l) => [l.status, l.result!.output])).toEqual([
      [0, join(out, 'a.svg')],
      [0, join(out, 'sub', 'b.svg')],
    ]);
    const alone = join(out, 'alone.svg');
    await argmap('render', join(dir, 'sub', 'b.yaml'), '-o', alone);
    expect(readFileSync(join(out, 'sub', 'b.svg'), 'utf8')).toBe(readFileSync(alone, 'utf8'));
    const focus = await argmap('render', dir, '--out-dir', out, '--focus', 'a');
    expect(focus.code).toBe(2);
    expect(focus.err).toContain('--focus is about one map');
  }, 60_000);
});

describe('progress', () => {
  it.runIf(existsSync('/usr/bin/script'))('counts the files done on stderr when it is a terminal, and clears its line at the end', async () => {
    const dir = folder({ 'a.yaml': CLEAN, 'b.yaml': CLEAN });
    // script(1) gives the run a terminal; its stdout goes to a file so only stderr reaches the terminal.
    const out = join(dir, 'out.txt');
    const cmd = `${process.execPath} bin/argmap.js check ${dir} --jobs 1 > ${out}`;
    const seen = await new Promise<string>((resolve) => execFile('script', ['-qec', cmd, '/dev/null'], (_e, stdout) => resolve(stdout)));
    expect(seen).toContain('check: 2/2 files');
    expect(seen.endsWith('\r\x1b[K')).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('2 files: 2 ok');
  });
});
