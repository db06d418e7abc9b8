import { describe, expect, it } from 'vitest';
import { analyseMatrix } from '../src/analysis/ach/index.js';
import { parseAchCsv } from '../src/interop/ach-csv.js';
import { findings } from '../src/render/ach/common.js';
import { runCli } from './helpers/cli.js';

// Every row weighs 1 (medium, medium), so a weighted score is a count. Rained and Sprinkler tie at 1, Pipe
// trails at 2: the first two rows only break the tie; the third and fourth, each one of Pipe's two counts,
// would put Pipe in front beside them; the lawn, rated alike everywhere, breaks the tie when re-rated.
const TIE =
  'evidence,credibility,relevance,Rained,Sprinkler,Pipe\n' +
  'Road dry,Medium,Medium,I,N,N\n' +
  'Timer off,Medium,Medium,N,I,N\n' +
  'Meter still,Medium,Medium,N,N,I\n' +
  'No puddle at the main,Medium,Medium,N,N,I\n' +
  'Lawn wet,Medium,Medium,C,C,C\n';

// Sprinkler leads alone (0); Rained at √2, Pipe behind.
const CLEAR =
  'evidence,credibility,relevance,Rained,Sprinkler,Pipe\n' + 'Lawn wet,High,,C,C,C\n' + 'Road dry,High,,I,N,I\n' + 'Timer set,High,,N,C,N\n' + 'Meter still,Medium,,N,N,I\n';

const first = (lines: readonly string[]) => lines.map((l) => l.split(' ')[0]);

describe('ACH sensitivity on a tied lead', () => {
  const r = analyseMatrix(parseAchCsv(TIE, 'tie.csv'));
  const f = findings(r);

  it('says once that the lead is a tie, and lists only the items that would put a hypothesis outside it in front', () => {
    expect(r.leaders).toEqual(['rained', 'sprinkler']);
    expect(f.sensitivity[0]).toBe(
      'the lead is a tie of rained & sprinkler: any inconsistent rating against one of them breaks it, so only items that would put another hypothesis in front are listed',
    );
    expect(first(f.sensitivity.slice(1))).toEqual(['meter-still', 'no-puddle-at-the-main']);
    expect(f.sensitivity[1]).toBe(
      'meter-still (Meter still): dropping it, the lead is a tie of rained & sprinkler & pipe; I→C against pipe, the lead is a tie of rained & sprinkler & pipe',
    );
  });

  it('counts a change as moving the lead only when it brings another hypothesis in, in the data as in the text', () => {
    const s = (id: string) => r.sensitivity.find((x) => x.evidence === id)!;
    expect(s('road-dry')).toEqual({ evidence: 'road-dry', changesLeader: false, flips: [] });
    expect(s('timer-off').changesLeader).toBe(false);
    expect(s('meter-still')).toMatchObject({ changesLeader: true, drop: { leaders: ['rained', 'sprinkler', 'pipe'] } });
  });

  it('keeps a non-diagnostic row out of the list, and gives it no re-rating note when a re-rating would only break the tie', () => {
    expect(f.nonDiagnostic).toEqual(['lawn-wet (Lawn wet): rated alike for every hypothesis']);
    expect(first(f.sensitivity)).not.toContain('lawn-wet');
  });

  it('says the tie and "none" when no single item puts another hypothesis in front', () => {
    const even = analyseMatrix(parseAchCsv('evidence,credibility,relevance,Rained,Sprinkler\nRoad dry,Medium,Medium,I,N\nTimer off,Medium,Medium,N,I\n', 'even.csv'));
    expect(findings(even).sensitivity).toEqual([
      'the lead is a tie of rained & sprinkler: any inconsistent rating against one of them breaks it, so only items that would put another hypothesis in front are listed',
      'none: no single item, dropped or reversed, puts another hypothesis in front',
    ]);
  });

  it('prints the same in the text report', async () => {
    const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'argmap-ach-tie-'));
    try {
      writeFileSync(join(dir, 'tie.csv'), TIE);
      const { code, out } = await runCli('ach', join(dir, 'tie.csv'));
      expect(code).toBe(0);
      expect(out).toContain('Sensitivity: items the lead hangs on (step 6):\n  the lead is a tie of rained & sprinkler: any inconsistent rating');
      expect(out).not.toMatch(/^ {2}road-dry \(Road dry\): dropping it/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ACH sensitivity on a clear lead and on one hypothesis', () => {
  it('lists every item whose loss or reversal changes the leader, with no tie line', () => {
    const f = findings(analyseMatrix(parseAchCsv(CLEAR, 'clear.csv')));
    expect(f.sensitivity).toEqual([
      'road-dry (Road dry): dropping it, the lead is a tie of rained & sprinkler; I→C against rained, the lead is a tie of rained & sprinkler',
      'timer-set (Timer set): C→I against sprinkler, the lead is a tie of rained & sprinkler',
    ]);
    // Non-diagnostic, so not listed above, yet its re-rating would bring Rained level: the note says so.
    expect(f.nonDiagnostic).toEqual([
      'lawn-wet (Lawn wet): rated alike for every hypothesis; the lead does not hang on it as rated, though re-rating it would move the lead (C→I against sprinkler, the lead is a tie of rained & sprinkler)',
    ]);
  });

  it('finds nothing the lead hangs on when there is only one hypothesis to lead', () => {
    // A CSV needs two hypotheses; the matrix is cut to one after parsing, as a map's set of one would be.
    const two = parseAchCsv('evidence,credibility,relevance,Rained,Sprinkler\nRoad dry,High,,I,N\nLawn wet,High,,C,C\n', 'one.csv');
    const one = { ...two, hypotheses: two.hypotheses.slice(0, 1), cells: two.cells.filter((c) => c.hypothesis === 'rained') };
    const r = analyseMatrix(one);
    expect(r.leaders).toEqual(['rained']);
    expect(r.sensitivity.every((s) => !s.changesLeader)).toBe(true);
    expect(findings(r).sensitivity).toEqual(['none: no single item, dropped or reversed, changes the lead']);
  });
});
