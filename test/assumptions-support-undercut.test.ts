import { describe, expect, it } from 'vitest';
import { loadMap, loadMapText } from '../src/io/load.js';
import { keyAssumptions } from '../src/analysis/key-assumptions.js';
import { strayPresumptions } from '../src/analysis/presumptions.js';
import { threatIndex } from '../src/analysis/underminers.js';
import { assumptionsText } from '../src/render/assumptions.js';

// A tagged presumption with support of its own (`shared`, presumed from the leaders' careers), reached by the
// advice through a second line as well, so it is a tagged presumption, not a key assumption. `doubt` undercuts
// the step that concludes it, `rival` the step that uses it, `denial` attacks it; `twin` restates it and has a
// step of its own, undercut by `memo`. `loose`, tagged and supported, holds up nothing the check examines.
const MAP = `title: Shared outlook
nodes:
  - { id: advice, kind: conclusion, text: Expect no change of aims }
  - { id: shared, kind: premise, text: The successors share the old outlook, tags: [key-assumption] }
  - { id: twin, kind: premise, text: The new men think as the old one did }
  - { id: careers, kind: evidence, text: They rose under him }
  - { id: letters, kind: evidence, text: Their letters echo his }
  - { id: other, kind: claim, text: The economy forces continuity }
  - { id: e-other, kind: evidence, text: Five-year plan renewed }
  - { id: doubt, kind: evidence, text: So little is known of them }
  - { id: rival, kind: evidence, text: Their speeches differ in tone }
  - { id: denial, kind: evidence, text: One of them broke with him in 1950 }
  - { id: memo, kind: evidence, text: The letters were ghost-written }
  - { id: loose, kind: hypothesis, text: They fear the army, tags: [key-assumption] }
  - { id: e-loose, kind: evidence, text: Marshals promoted }
inferences:
  - { id: i-presumed, premises: [careers], conclusion: shared }
  - { id: i-twin, premises: [letters], conclusion: twin }
  - { id: i-advice, premises: [shared], conclusion: advice }
  - { id: i-other, premises: [e-other], conclusion: other }
  - { id: i-advice-2, premises: [other], conclusion: advice }
  - { id: i-loose, premises: [e-loose], conclusion: loose }
relations:
  - { type: restates, from: twin, to: shared }
  - { type: undercuts, from: doubt, to: i-presumed }
  - { type: undercuts, from: rival, to: i-advice }
  - { type: attacks, from: denial, to: shared }
  - { type: undercuts, from: memo, to: i-twin }
  - { type: undercuts, from: doubt, to: i-loose }
`;

describe('what undermines a presumption with support of its own', () => {
  const { map } = loadMapText(MAP, 'shared.yaml');

  it('lists undercuts of the steps that conclude it, and of its restatements, told apart from attacks on it and undercuts of steps that use it', () => {
    expect(threatIndex(map).of('shared', [])).toEqual([
      { node: 'denial', how: 'attacks', target: 'shared', on: 'itself' },
      { node: 'doubt', how: 'undercuts', target: 'i-presumed', on: 'support' },
      { node: 'memo', how: 'undercuts', target: 'i-twin', on: 'support' },
      { node: 'rival', how: 'undercuts', target: 'i-advice', on: 'use' },
    ]);
  });

  it('shows them under the conclusion that rests on it, labelled as the step that supports it', () => {
    const report = keyAssumptions(map);
    const advice = report.find((c) => c.conclusion === 'advice')!;
    expect(advice.taggedPresumptions).toEqual(['shared']);
    expect(advice.taggedUnderminedBy[0]!.underminedBy.map((u) => [u.node, u.on])).toEqual([
      ['denial', 'itself'],
      ['doubt', 'support'],
      ['memo', 'support'],
      ['rival', 'use'],
    ]);
    const text = assumptionsText(report);
    expect(text).toContain('doubt (undercuts inference i-presumed, the step that supports shared)');
    expect(text).toContain('rival (undercuts inference i-advice, which uses shared)');
    expect(text).toContain('denial (attacks shared)');
  });

  it('shows them for a presumption outside every entry too', () => {
    const stray = strayPresumptions(map, keyAssumptions(map));
    expect(stray.map((p) => [p.id, p.underminedBy])).toEqual([['loose', [{ node: 'doubt', how: 'undercuts', target: 'i-loose', on: 'support' }]]]);
  });

  it("names p6-so-little-known as undermining C.3's presumption through the step that concludes it, in the memorandum", () => {
    const report = keyAssumptions(loadMap('arguments/soviet-policies-1953.yaml').map);
    const defence = report.find((c) => c.conclusion === 'c7-ii-defence')!;
    const shared = defence.taggedUnderminedBy.find((t) => t.presumption === 'c3-shared-assumptions');
    expect(shared?.underminedBy).toContainEqual({ node: 'p6-so-little-known', how: 'undercuts', target: 'i-c3-presumed', on: 'support' });
  });
});
