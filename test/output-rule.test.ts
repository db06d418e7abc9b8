import { lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/registry.js';
import { commandHelp, mainHelp } from '../src/cli/main.js';
import { OUTPUT_OPTION_RULE } from '../src/cli/output.js';
import { runCli } from './helpers/cli.js';

const HARBOUR = 'arguments/examples/harbour.yaml';

/** For each command that takes -o: arguments that make it write, and how its output starts. */
const WRITERS: Record<string, { args: string[]; starts: RegExp }> = {
  init: { args: ['test/fixtures/init/plain-letter.txt'], starts: /^(#|title:)/m },
  render: { args: [HARBOUR], starts: /^<svg /m },
  html: { args: [HARBOUR], starts: /^<!DOCTYPE html>/ },
  ach: { args: [HARBOUR, '--format', 'csv'], starts: /./ },
  assumptions: { args: [HARBOUR], starts: /^watch: /m },
  compare: { args: [HARBOUR, HARBOUR], starts: /./ },
  export: { args: [HARBOUR, '--to', 'apx'], starts: /^arg\(/ },
  import: { args: ['test/fixtures/aif/ova3-wrapped.json'], starts: /^(#|title:)/m },
};

const dir = mkdtempSync(join(tmpdir(), 'argmap-o-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('-o means the same for every command', () => {
  const withO = COMMANDS.filter((c) => Object.values(c.options).some((o) => o.short === 'o'));

  it('every -o takes one file, and a folder of several outputs is --out-dir', () => {
    for (const c of COMMANDS) {
      for (const [name, o] of Object.entries(c.options)) {
        if (o.short === 'o') expect(o.arg, `${c.name} -o`).not.toMatch(/dir/);
        if (o.type === 'string' && /\b(folder|directory)\b/.test(o.description) && !/^read /.test(o.description)) expect(name, `${c.name} --${name}`).toBe('out-dir');
      }
    }
  });

  it('the rule is stated in `argmap --help` and in the help of each command with -o', () => {
    expect(mainHelp()).toContain(OUTPUT_OPTION_RULE);
    for (const c of withO) expect(commandHelp(c), c.name).toContain(OUTPUT_OPTION_RULE);
  });

  it('each command with -o is in this test, so a new one cannot skip the rule', () => {
    expect(withO.map((c) => c.name).sort()).toEqual(Object.keys(WRITERS).sort());
  });

  for (const [name, { args, starts }] of Object.entries(WRITERS)) {
    it(`argmap ${name} -o <file> writes exactly that file`, async () => {
      // A name that looks like a folder of outputs, as `render -o harbour.svg` once made a folder.
      const target = join(dir, `${name}-out.svg`);
      const r = await runCli(name, ...args, '-o', target);
      expect(r.code, r.err).toBeLessThan(2);
      expect(lstatSync(target).isFile()).toBe(true);
      expect(readFileSync(target, 'utf8')).toMatch(starts);
    });
  }
});
