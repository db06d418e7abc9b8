import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that compare render/ with what the code makes now: a failure there means "run `npm start`", not a
 * bug, so they run as their own project and say which file went stale (`vitest run --project committed-outputs`).
 */
const COMMITTED_OUTPUTS = ['test/render-stale.test.ts', 'test/start-outputs.test.ts'];
/** The fuzzer's fixed-seed campaign, part of every `npm test` (see test/fuzz.test.ts). */
const FUZZ = ['test/fuzz.test.ts'];

export default defineConfig({
  test: {
    // vitest 4 defaults to one worker fewer than the cores: on this 2-core machine that is one worker for the
    // whole suite, and most of its time is spent waiting on Chromium, ELK or a child process, not computing.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...COMMITTED_OUTPUTS, ...FUZZ],
        },
      },
      // The memorandum's eleven layouts in one test: minutes on a busy 2-core machine, and speed is not what it checks.
      { extends: true, test: { name: 'committed-outputs', include: COMMITTED_OUTPUTS, testTimeout: 240_000 } },
      { extends: true, test: { name: 'fuzz', include: FUZZ, testTimeout: 120_000 } },
    ],
  },
});
