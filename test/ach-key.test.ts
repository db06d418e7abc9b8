import { describe, expect, it } from 'vitest';
import { analyseMatrix } from '../src/analysis/ach/index.js';
import { parseAchCsv } from '../src/interop/ach-csv.js';
import { achSetText } from '../src/render/ach/text.js';

// One short row, which the table shows whole, and one long enough to be cut in the table.
const CSV =
  'evidence,credibility,relevance,Rained,Sprinkler\n' +
  'Road dry,Medium,Medium,I,N\n' +
  'The neighbour saw the sprinkler timer set for six in the morning on the day in question,High,High,N,C\n';

describe('the ACH text key', () => {
  const text = achSetText(analyseMatrix(parseAchCsv(CSV, 'lawn.csv')));
  const key = text.split('\n').filter((l) => /^ {2}E\d+ = /.test(l));

  it('gives every row its text, short or long, so no row reads as missing its text', () => {
    expect(key).toEqual([
      '  E1 = road-dry: Road dry',
      expect.stringMatching(/^ {2}E2 = [a-z0-9-]+: The neighbour saw the sprinkler timer set for six in the morning on the day in question$/),
    ]);
  });
});
