import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS_SHOWN } from '../src/cli/output.js';
import { runCli } from './helpers/cli.js';

const temp = () => mkdtempSync(join(tmpdir(), 'argmap-cap-'));

describe('a file broken everywhere', () => {
  it('prints its first problems and how many more, not one line per broken row (ACH CSV)', async () => {
    const dir = temp();
    const rows = Array.from({ length: 1000 }, (_, i) => `bad,row,${i},Z,Q`);
    writeFileSync(join(dir, 'in.csv'), readFileSync('test/fixtures/ach/weights.csv', 'utf8') + rows.join('\n') + '\n');
    const r = await runCli('ach', '-f', 'html', join(dir, 'in.csv'));
    expect(r.code).toBe(2);
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toHaveLength(DIAGNOSTICS_SHOWN + 1);
    expect(lines[0]).toMatch(/in\.csv:\d+:\d+: error: /);
    expect(lines.at(-1)).toMatch(/^argmap: 950 more problems in .*in\.csv not shown; fix the first ones and run again$/);
  });

  it('does the same for a map with a thousand unknown references, in validate and check', async () => {
    const dir = temp();
    const relations = Array.from({ length: 1000 }, (_, i) => `  - { type: attacks, from: a, to: missing-${i} }`);
    writeFileSync(join(dir, 'm.yaml'), ['title: t', 'nodes:', '  - { id: a, kind: claim, text: A }', 'relations:', ...relations, ''].join('\n'));
    for (const command of ['validate', 'check']) {
      const r = await runCli(command, join(dir, 'm.yaml'));
      expect(r.code).toBe(2);
      expect(r.err.match(/m\.yaml:\d+:\d+: error: /g)).toHaveLength(DIAGNOSTICS_SHOWN);
      expect(r.err).toContain(`argmap: ${1000 - DIAGNOSTICS_SHOWN} more problems in ${join(dir, 'm.yaml')} not shown`);
    }
  });

  it('prints every problem when there are no more than the limit', async () => {
    const dir = temp();
    const relations = Array.from({ length: 3 }, (_, i) => `  - { type: attacks, from: a, to: missing-${i} }`);
    writeFileSync(join(dir, 'm.yaml'), ['title: t', 'nodes:', '  - { id: a, kind: claim, text: A }', 'relations:', ...relations, ''].join('\n'));
    const r = await runCli('validate', join(dir, 'm.yaml'));
    expect(r.err.match(/m\.yaml:\d+:\d+: error: /g)).toHaveLength(3);
    expect(r.err).not.toContain('not shown');
  });
});
