import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/registry.js';

/**
 * What one `argmap` process loads (bin/argmap.js on the build in dist/, as a user runs it): each command
 * loads only its own code, so a small ICCMA file is answered at a fraction of the start-up the whole CLI
 * costs. Speed itself is in BENCHMARKS.md (`npm run bench -- startup`); these tests pin what is loaded.
 */
const dir = mkdtempSync(join(tmpdir(), 'argmap-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
/** The modules `argmap ...args` loaded (URLs and paths, relative to the clone), and its stdout. */
function loaded(...args: string[]): { modules: string[]; out: string } {
  const record = join(dir, `modules-${runs++}.txt`);
  const out = execFileSync(process.execPath, ['--import', resolve('test/helpers/record-modules.mjs'), 'bin/argmap.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ARGMAP_RECORD_MODULES: record },
  });
  const root = resolve('.');
  const modules = readFileSync(record, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((m) => m.replace(/^file:\/\//, '').replace(root + '/', ''));
  return { modules, out };
}

/** The packages (node_modules/<name>) among the modules, however node_modules is reached. */
const packages = (modules: string[]) => [...new Set(modules.flatMap((m) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(m)?.[1] ?? []))].sort();
const within = (modules: string[], folder: string) => modules.filter((m) => m.startsWith(`dist/${folder}/`));

describe('argmap start-up: each command loads only what it runs', () => {
  it('af on an ICCMA file (apx, tgf, i23) loads no package: no YAML parser, schema validator, graphology or ELK, and nothing of render or rules', () => {
    for (const file of ['floating.apx', 'floating.tgf', 'floating.i23']) {
      const { modules, out } = loaded('af', `test/fixtures/af/${file}`, '--semantics', 'preferred', '--format', 'text');
      expect(out, file).toMatch(/^\[\w+,\w+\]\n\[\w+,\w+\]\n$/);
      expect(packages(modules), file).toEqual([]);
      expect([...within(modules, 'render'), ...within(modules, 'rules'), ...within(modules, 'cli/commands').filter((m) => !m.endsWith('/af.js'))], file).toEqual([]);
      expect(modules, file).not.toContain('dist/io/load.js');
    }
  });

  it('af on a map still loads the map path (so the records above would show a package if one were loaded)', () => {
    const { modules, out } = loaded('af', 'arguments/examples/harbour.yaml');
    expect(JSON.parse(out)).toHaveProperty('extensions');
    expect(packages(modules)).toEqual(expect.arrayContaining(['ajv', 'yaml']));
    expect(modules).toContain('dist/io/load.js');
  });

  it('help, a command’s help and --version load no command’s code and no package', () => {
    for (const args of [['--help'], ['--version'], ['render', '--help'], ['check', '--help'], ['export', '--help']]) {
      const { modules, out } = loaded(...args);
      expect(out.length, args.join(' ')).toBeGreaterThan(0);
      expect(packages(modules), args.join(' ')).toEqual([]);
      expect(
        [
          ...within(modules, 'cli/commands'),
          ...within(modules, 'render'),
          ...within(modules, 'rules'),
          ...within(modules, 'app').filter((m) => m !== 'dist/app/formats.js'),
          // The names of semantics and tasks, and the indexing the ICCMA reader uses: not the search.
          ...within(modules, 'analysis').filter((m) => m !== 'dist/analysis/dung-tasks.js' && m !== 'dist/analysis/dung-core.js'),
        ],
        args.join(' '),
      ).toEqual([]);
    }
  });

  it('check loads neither ELK nor the SVG renderer', () => {
    const { modules } = loaded('check', 'arguments/examples/harbour.yaml', '--format', 'json');
    expect(packages(modules)).not.toContain('elkjs');
    expect(modules).not.toContain('dist/render/render.js');
  });

  it('every entry of the registry loads the command it describes', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect({ name: command.name, summary: command.summary, usage: command.usage, options: command.options, positionals: command.positionals }).toEqual({
        name: entry.name,
        summary: entry.summary,
        usage: entry.usage,
        options: entry.options,
        positionals: entry.positionals,
      });
      expect(typeof command.run).toBe('function');
    }
  });
});
