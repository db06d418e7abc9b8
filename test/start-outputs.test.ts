import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { expectCurrent } from './helpers/committed.js';

/**
 * `npm start` also commits each map's findings report and ACH matrices to render/ (the drawings and the
 * explorer have their own staleness tests). A change to a map, a rule or the ACH engine must come with
 * fresh copies, or readers of render/ see stale conclusions.
 */
const MAPS = ['arguments/soviet-policies-1953.yaml', 'arguments/examples/harbour.yaml'];

describe('committed reports in render/ are current (run `npm start` to refresh)', () => {
  for (const map of MAPS) {
    const name = map
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, '');
    it(`findings of ${map}`, async () => {
      const { code, out } = await runCli('check', map, '--format', 'markdown');
      expect([0, 1]).toContain(code);
      expectCurrent(join('render', `${name}--findings.md`), out);
    });
    for (const format of ['html', 'svg']) {
      it(`ACH ${format} of ${map}`, async () => {
        const file = join('render', `${name}--ach.${format}`);
        const { code, out } = await runCli('ach', map, '--format', format);
        expect(code).toBe(0);
        expectCurrent(file, out);
      });
    }
  }
});
