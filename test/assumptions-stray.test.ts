import { describe, expect, it } from 'vitest';
import { loadMap, loadMapText } from '../src/io/load.js';
import { keyAssumptions } from '../src/analysis/key-assumptions.js';
import { strayPresumptions } from '../src/analysis/presumptions.js';
import { runCli } from './helpers/cli.js';

// A presumption under a conclusion, one under an explanation an ACH set weighs (through a restatement), one
// said twice, one attacked, and one that holds up nothing: only the last four are outside every conclusion. The
// explanation is a hypothesis: were it a claim, it would be a key judgement, and the check would list its presumption under it.
const MAP = `title: Why the fleet came home
nodes:
  - { id: act, kind: conclusion, text: Keep the patrols going }
  - { id: seen, kind: evidence, text: The fleet is back in port }
  - { id: p-deter, kind: premise, text: Patrols deter, tags: [key-assumption] }
  - { id: refit, kind: hypothesis, text: The fleet came home to refit }
  - { id: h-refit, kind: hypothesis, text: Refit }
  - { id: h-feint, kind: hypothesis, text: Feint }
  - { id: p-cycle, kind: premise, text: Fleets refit on a fixed cycle, tags: [key-assumption], analyst: true, rationale: unstated }
  - { id: p-cycle-again, kind: premise, text: Refits follow a fixed cycle, tags: [key-assumption] }
  - { id: p-idle, kind: premise, text: Admirals dislike idle ships, tags: [key-assumption] }
  - { id: leak, kind: evidence, text: A yard worker says the refit was unplanned }
inferences:
  - { id: i-act, premises: [seen, p-deter], conclusion: act }
  - { id: i-refit, premises: [seen, p-cycle], conclusion: refit }
relations:
  - { type: restates, from: refit, to: h-refit }
  - { type: restates, from: p-cycle-again, to: p-cycle }
  - { type: attacks, from: leak, to: p-cycle }
hypothesisSets:
  - { id: why, question: Why is the fleet home?, hypotheses: [h-refit, h-feint], evidence: [seen, p-idle], ratings: [{ evidence: seen, hypothesis: h-feint, rating: I }] }
`;

describe('tagged presumptions no conclusion rests on', () => {
  const { map } = loadMapText(MAP, 'fleet.yaml');
  const stray = strayPresumptions(map, keyAssumptions(map));

  it('lists each presumption outside every conclusion once, with what it holds up, the hypotheses it underpins, its attackers and its rows', () => {
    expect(stray.map((p) => p.id)).toEqual(['p-cycle', 'p-idle']);
    const [cycle, idle] = stray;
    expect(cycle).toMatchObject({ status: 'stated', restatedAs: ['p-cycle-again'], holdsUp: ['refit'], rowIn: [] });
    expect(cycle!.hypotheses).toEqual([{ hypothesis: 'refit', sets: ['why'] }]);
    expect(cycle!.underminedBy).toContainEqual({ node: 'leak', how: 'attacks', target: 'p-cycle', on: 'itself' });
    expect(idle).toMatchObject({ status: 'stated', holdsUp: [], hypotheses: [], underminedBy: [], rowIn: ['why'] });
  });

  it('leaves out a presumption a conclusion rests on, and says nothing on a map with none outside', () => {
    expect(stray.some((p) => p.id === 'p-deter')).toBe(false);
    const harbour = loadMap('arguments/examples/harbour.yaml').map;
    expect(strayPresumptions(harbour, keyAssumptions(harbour))).toEqual([]);
  });

  it('puts them after the conclusions in text, Markdown and JSON', async () => {
    const memo = loadMap('arguments/soviet-policies-1953.yaml').map;
    const expected = strayPresumptions(memo, keyAssumptions(memo));
    // The memorandum's ¶6 rests its "could in themselves explain" on an unstated rule no recommendation reaches; that
    // judgement is a key judgement, so the rule is its key assumption, not a stray. C.5's Malenkov premise holds up a
    // hypothesis only, which no entry examines.
    expect(expected.some((p) => p.id === 'an-consolidation-caution')).toBe(false);
    expect(expected.find((p) => p.id === 'an-malenkov-counts')).toMatchObject({ status: 'implicit', holdsUp: ['c5-internal-priority'] });
    const text = (await runCli('assumptions', 'arguments/soviet-policies-1953.yaml')).out;
    const at = text.indexOf('Tagged presumptions no conclusion or key judgement rests on');
    expect(at).toBeGreaterThan(text.lastIndexOf('key assumptions ('));
    expect(text.slice(at)).toContain("  - an-malenkov-counts: Malenkov's outlook will count for much in the new Government's course\n      implicit premise\n      holds up ");
    const md = (await runCli('assumptions', 'arguments/soviet-policies-1953.yaml', '--format', 'markdown')).out;
    expect(md).toContain('| Presumption | Status | Holds up | Undermined by | Row of |');
    const json = JSON.parse((await runCli('assumptions', 'arguments/soviet-policies-1953.yaml', '--format', 'json')).out) as { presumptionsOutsideConclusions: { id: string }[] };
    expect(json.presumptionsOutsideConclusions.map((p) => p.id)).toEqual(expected.map((p) => p.id));
    const plain = JSON.parse((await runCli('assumptions', 'arguments/examples/harbour.yaml', '--format', 'json')).out) as object;
    expect('presumptionsOutsideConclusions' in plain).toBe(false);
  });
});
