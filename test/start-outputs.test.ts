import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

/**
 * `npm start` also commits each map's findings report and ACH matrices to render/ (the drawings and the
 * explorer have their own staleness tests). A change to a map, a rule or the ACH engine must come with
 * fresh copies, or readers of render/ see stale conclusions.
 */
const MAPS = ['arguments/soviet-policies-1953.yaml', 'arguments/examples/harbour.yaml'];

describe('committed reports in render/ are current (run `npm start` to refresh)', () => {
  for (const map of MAPS) {
    const name = map.split('/').pop()!.replace(/\.ya?ml$/, '');
    it(`findings of ${map}`, async () => {
      const { code, out } = await runCli('check', map, '--format', 'markdown');
      expect([0, 1]).toContain(code);
      expect(out === readFileSync(join('render', `${name}--findings.md`), 'utf8'), `render/${name}--findings.md is stale`).toBe(true);
    });
    for (const format of ['html', 'svg']) {
      it(`ACH ${format} of ${map}`, async () => {
        const file = join('render', `${name}--ach.${format}`);
        expect(existsSync(file), `${file} missing`).toBe(true);
        const { code, out } = await runCli('ach', map, '--format', format);
        expect(code).toBe(0);
        expect(out === readFileSync(file, 'utf8'), `${file} is stale`).toBe(true);
      });
    }
  }
});
