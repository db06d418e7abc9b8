import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineCommand, isDefinedCommand, type OptionsOf } from '../src/cli/command.js';
import { COMMANDS } from '../src/cli/registry.js';
import { runCli } from './helpers/cli.js';

const SPECS = {
  format: { type: 'string', choices: ['text', 'json'], default: 'text', description: 'd' },
  set: { type: 'string', description: 'd' },
  rule: { type: 'string', multiple: true, description: 'd' },
  quiet: { type: 'boolean', description: 'd' },
} as const;

describe('typed command options', () => {
  it('gives each option the type its spec implies: choices as a union, a default as always present', () => {
    expectTypeOf<OptionsOf<typeof SPECS>>().toEqualTypeOf<{
      format: 'text' | 'json';
      set: string | undefined;
      rule: string[] | undefined;
      quiet: boolean | undefined;
    }>();
  });

  it('hands run() the parsed values, defaults filled in and choices checked', async () => {
    let seen: unknown;
    const probe = defineCommand({
      name: 'probe',
      summary: 's',
      usage: '',
      positionals: { min: 0, max: 0 },
      options: SPECS,
      async run(_p, options) {
        seen = options;
        return 0;
      },
    });
    const { COMMANDS } = await import('../src/cli/registry.js');
    (COMMANDS as unknown as unknown[]).push({ ...probe, load: async () => probe });
    try {
      expect((await runCli('probe', '--rule', 'a', '--rule', 'b', '--quiet')).code).toBe(0);
      expect(seen).toMatchObject({ format: 'text', rule: ['a', 'b'], quiet: true });
      const bad = await runCli('probe', '--format', 'xml');
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/--format "xml" is not allowed; expected one of text, json/);
    } finally {
      (COMMANDS as unknown as unknown[]).pop();
    }
  });

  it("prints the running command's usage with a usage error the command raised without naming itself", async () => {
    const r = await runCli('export', 'arguments/examples/harbour.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing --to <format>/);
    expect(r.err).toMatch(/Usage: argmap export \[options\] <map>/);
  });

  it('makes every command with defineCommand, so its options are typed in run() and checked when it is defined', async () => {
    const loaded = await Promise.all(COMMANDS.map(async (c) => ({ name: c.name, command: await c.load() })));
    expect(loaded.filter((c) => !isDefinedCommand(c.command)).map((c) => c.name)).toEqual([]);
  });

  it('refuses a spec whose default the parser would refuse, or whose short flag another option has', () => {
    const spec = (options: Record<string, unknown>) => () =>
      defineCommand({ name: 'probe', summary: 's', usage: '', positionals: { min: 0, max: 0 }, options: options as typeof SPECS, run: () => Promise.resolve(0) });
    expect(spec({ format: { type: 'string', choices: ['text'], default: 'xml', description: 'd' } })).toThrow('--format: default "xml" is not a value the option takes');
    expect(spec({ a: { type: 'boolean', short: 'q', description: 'd' }, b: { type: 'string', short: 'q', description: 'd' } })).toThrow('--b: -q is not one letter of its own');
    expect(spec(SPECS)).not.toThrow();
  });
});
