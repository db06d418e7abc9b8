import { describe, expect, it } from 'vitest';
import { root } from '../scripts/bench/_lib.mjs';
import { campaign } from '../scripts/fuzz/campaign.mjs';
import { makeCase } from '../scripts/fuzz/cases.mjs';
import { loadCorpus } from '../scripts/fuzz/corpus.mjs';
import { show } from '../scripts/fuzz/markers.mjs';

/**
 * The fuzzer's CI slice: the cases of known failure classes, then fresh cases from a fixed seed, so a
 * regression on hostile input (a crash, a leftover or replaced file, map text reaching an output raw) fails
 * `npm test` naming the cases. Every seed below failed on the code before the issue-13 fixes; all pass now.
 * Reproduce one with `npm run fuzz -- --seed <seed> --cases 1`.
 */
const REGRESSIONS = [
  { seed: 100237, source: 'arguments/examples/harbour.json', command: 'html', why: 'node id `constructor` (exit 70 in graph lookups before the fix)' },
  { seed: 101264, source: 'test/fixtures/ach/derived.yaml', command: 'ach', why: 'node id `valueOf` in a hypothesis set, ach --set -f html' },
  { seed: 101572, source: 'test/fixtures/aif/ova3-wrapped.json', command: 'import', why: '-o onto a symlink (the link was replaced by a file)' },
  { seed: 103856, source: 'test/fixtures/explorer/hostile.yaml', command: 'html', why: 'an id holding C1 CSI (U+009B) echoed in the error' },
  { seed: 104958, source: 'test/fixtures/compare/harbour-convergent.json', command: 'check', why: '-f text prints an OSC 52 sequence planted in map text' },
  { seed: 103579, source: 'test/fixtures/ach/weights.csv', command: 'ach', why: 'a CSV with 1000 bad rows floods stderr (one error per cell, 53 kB)' },
];
// A seed names a case only for this version of scripts/fuzz/ and mostly survives new fixtures (seed files are
// drawn by rendezvous hashing); when one moves, the first test says so, and seeds are picked again from a
// campaign's SUMMARY.txt.
const SEED = 20261130;
const FRESH = 12;
const BUDGET_SECONDS = 45;

describe('fuzz (known failure classes, then a fixed seed)', () => {
  it('still draws the case each regression seed was picked for', () => {
    const corpus = loadCorpus(root);
    const drawn = REGRESSIONS.map((r) => {
      const kase = makeCase(corpus, r.seed);
      return { seed: r.seed, source: kase?.source, command: kase?.argv[0] };
    });
    expect(drawn).toEqual(REGRESSIONS.map(({ seed, source, command }) => ({ seed, source, command })));
  });

  it(`runs ${REGRESSIONS.length} regression cases and ${FRESH} cases from seed ${SEED} clean`, async () => {
    const result = await campaign({
      root,
      seed: SEED,
      replay: REGRESSIONS.map((r) => r.seed),
      cases: FRESH,
      budget: BUDGET_SECONDS,
      jobs: 2,
      timeout: 20,
      filter: {},
      minimise: false,
    });
    const report = result.failures.map(
      (f) =>
        `seed ${f.seed}: ${f.signature}\n    ${f.problem.detail}\n    argmap ${f.kase.argv.map(show).join(' ')} (${f.kase.source}; ${f.kase.mutations.join('; ') || 'unmutated'})`,
    );
    expect(result.ran, `cases run within ${BUDGET_SECONDS} s`).toBeGreaterThan(REGRESSIONS.length);
    expect(report, `${result.failures.length} failure class(es) in ${result.ran} cases`).toEqual([]);
  });
});
