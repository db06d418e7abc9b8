import { describe, expect, it } from 'vitest';
import { analyseMatrix } from '../src/analysis/ach/index.js';
import { parseAchCsv } from '../src/interop/ach-csv.js';
import { findings } from '../src/render/ach/common.js';

// The README's CSV example, as written there.
const README_CSV =
  'evidence,credibility,relevance,It rained,The sprinkler ran,A pipe burst\nThe lawn is wet,High,,C,C,C\nThe road is dry,Medium,High,II,N,N\n"The neighbour says ""it poured""",Low,Low,C,N,\n';

describe('ACH findings', () => {
  const f = findings(analyseMatrix(parseAchCsv(README_CSV, 'lawn.csv')));
  it('never lists a row both as non-diagnostic and as one the lead hangs on', () => {
    // The sprinkler and the pipe tie for the lead: re-rating the lawn against one of them only breaks the tie,
    // which is not moving the lead, so its line carries no re-rating note (ach-sensitivity-tie has one that does).
    const lawn = f.nonDiagnostic.find((l) => l.startsWith('the-lawn-is-wet'));
    expect(lawn).toBe('the-lawn-is-wet (The lawn is wet): rated alike for every hypothesis');
    expect(f.sensitivity[0]).toMatch(/^the lead is a tie of the-sprinkler-ran & a-pipe-burst: /);
    expect(f.sensitivity.slice(1).map((l) => l.split(' ')[0])).toEqual(['the-road-is-dry']);
  });
  it('says so of a row rated differently whose diagnosticity is 0 for every pair', () => {
    expect(f.unscored).toEqual(['the-neighbour-says-it-poured (The neighbour says "it poured"): rated C and N, none inconsistent']);
    expect(f.nonDiagnostic.map((l) => l.split(' ')[0])).toEqual(['the-lawn-is-wet']);
  });
});
