import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineCommand, type OptionsOf } from '../src/cli/command.js';
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
});
