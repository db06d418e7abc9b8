import { lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/registry.js';
import type { CommandSpec } from '../src/cli/command.js';
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

/** Options that name a folder the command writes into (their description says it writes, or creates the folder) but are not --out-dir. */
function folderOutputsNotOutDir(commands: readonly CommandSpec[]): string[] {
  const writes = /\b(write|writes|written|created if missing)\b/;
  return commands.flatMap((c) =>
    Object.entries(c.options)
      .filter(([name, o]) => o.type === 'string' && name !== 'out-dir' && /\b(folder|directory)\b/.test(o.description) && writes.test(o.description))
      .map(([name]) => `${c.name} --${name}`),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'argmap-o-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('-o means the same for every command', () => {
  const withO = COMMANDS.filter((c) => Object.values(c.options).some((o) => o.short === 'o'));

  it('every -o takes one file, and a folder of several outputs is --out-dir', () => {
    for (const c of COMMANDS) for (const o of Object.values(c.options)) if (o.short === 'o') expect(o.arg, `${c.name} -o`).not.toMatch(/dir/);
    expect(folderOutputsNotOutDir(COMMANDS)).toEqual([]);
  });

  it('holds only output options to the --out-dir name: an option that reads a folder may be called anything', () => {
    const probe = (options: CommandSpec['options']) => [{ ...COMMANDS[0]!, name: 'probe', options }];
    expect(folderOutputsNotOutDir(probe({ texts: { type: 'string', arg: '<dir>', description: 'take the source texts from this folder instead of beside the map' } }))).toEqual([]);
    expect(folderOutputsNotOutDir(probe({ dest: { type: 'string', arg: '<dir>', description: 'write one drawing per map into this folder' } }))).toEqual(['probe --dest']);
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
