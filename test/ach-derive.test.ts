import { describe, expect, it } from 'vitest';
import { loadMap } from '../src/io/load.js';
import { analyseMatrix, matricesFromMap } from '../src/analysis/ach/index.js';
import type { ArgumentMap } from '../src/model/types.js';

const map = loadMap('test/fixtures/ach/derived.yaml').map;
const [graphOnly, listed] = matricesFromMap(map).map(analyseMatrix);
const cell = (set: typeof graphOnly, e: string, h: string) => set!.cells.find((c) => c.evidence === e && c.hypothesis === h);

describe('ACH ratings derived from the argument graph', () => {
  it('never overwrites an explicit rating, even where the graph says otherwise', () => {
    // "neighbour" supports h-rain through i-neighbour (the graph would say C); the analyst said I.
    expect(cell(graphOnly, 'neighbour', 'h-rain')).toEqual({
      evidence: 'neighbour',
      hypothesis: 'h-rain',
      rating: 'I',
      derived: false,
      rationale: 'The neighbour is known to joke.',
    });
    expect(cell(graphOnly, 'drain-noise', 'h-flood')).toMatchObject({ rating: 'CC', derived: false });
  });

  it('reports an explicit rating the graph contradicts, and keeps the rating', () => {
    expect(graphOnly!.disputes).toEqual([{ evidence: 'neighbour', hypothesis: 'h-rain', rating: 'I', graph: 'C', reason: 'supports "h-rain" through inference "i-neighbour"' }]);
    expect(graphOnly!.hypotheses.find((h) => h.id === 'h-rain')!.inconsistency).toBe(4);
    expect(listed!.disputes).toEqual([]);
  });

  it('rates C for support through a chain of inferences, and for evidence a hypothesis explains', () => {
    expect(cell(graphOnly, 'wet-lawn', 'h-rain')).toMatchObject({ rating: 'C', derived: true, rationale: 'supports "h-rain" through inference "i-rain"' });
    expect(cell(graphOnly, 'puddles', 'h-flood')).toMatchObject({ rating: 'C', derived: true, rationale: '"h-flood" explains it' });
  });

  it('rates I for attacks, undercuts of an inference into the hypothesis, and support for an attacker', () => {
    expect(cell(graphOnly, 'dry-road', 'h-rain')).toMatchObject({ rating: 'I', derived: true, rationale: 'attacks "h-rain"' });
    expect(cell(graphOnly, 'hedged', 'h-rain')).toMatchObject({ rating: 'I', derived: true });
    expect(cell(graphOnly, 'meter-steady', 'h-flood')).toMatchObject({ rating: 'I', derived: true, rationale: 'supports "no-use", which attacks "h-flood"' });
  });

  it('does not read support for one rival as evidence against another', () => {
    // wet-lawn supports h-rain, which contradicts h-sprinkler: Heuer's point is that this is not an I.
    expect(cell(graphOnly, 'wet-lawn', 'h-sprinkler')).toBeUndefined();
    expect(graphOnly!.gaps.unrated).toContainEqual({ evidence: 'wet-lawn', hypothesis: 'h-sprinkler' });
  });

  it('leaves a mixed signal unrated and says why', () => {
    expect(cell(graphOnly, 'forecast', 'h-rain')).toBeUndefined();
    const gap = graphOnly!.gaps.unrated.find((u) => u.evidence === 'forecast' && u.hypothesis === 'h-rain');
    expect(gap?.note).toMatch(/^mixed: supports "h-rain".*but supports "gauge-empty", which attacks "h-rain"$/);
  });

  it('takes the rows of a set without `evidence` from its ratings first, then from the graph in map order', () => {
    expect(graphOnly!.evidence.map((e) => e.id)).toEqual([
      'neighbour',
      'drain-noise',
      'wet-lawn',
      'lawn-wet-claim',
      'dry-road',
      'timer-off',
      'meter-steady',
      'no-use',
      'puddles',
      'forecast',
      'gauge-empty',
      'hedged',
    ]);
    // Predictions are milestones, not rows.
    expect(graphOnly!.evidence.some((e) => e.id === 'roof-wet')).toBe(false);
  });

  it('keeps a listed set to its list and weighs by the set, then the node, then Medium', () => {
    expect(listed!.evidence.map((e) => [e.id, e.credibility, e.credibilityFrom, e.relevance, e.relevanceFrom])).toEqual([
      ['wet-lawn', 'high', 'node', 'medium', 'default'],
      ['timer-off', 'high', 'set', 'high', 'set'],
    ]);
    // timer-off: I for h-sprinkler at High × High = 2.
    expect(listed!.hypotheses.map((h) => [h.id, h.weightedInconsistency])).toEqual([
      ['h-rain', 0],
      ['h-sprinkler', 2],
    ]);
    // In the first set the node's own Low credibility applies: Low × Medium = 1/√2.
    expect(graphOnly!.hypotheses.find((h) => h.id === 'h-sprinkler')!.weightedInconsistency).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('lists predictions linked to each hypothesis as milestones, directly or through a claim resting on it', () => {
    expect(graphOnly!.milestones).toEqual([
      { prediction: 'roof-wet', label: 'The roof will still be wet at dawn', hypothesis: 'h-rain' },
      { prediction: 'bill-up', label: 'The water bill will be higher', hypothesis: 'h-sprinkler' },
      { prediction: 'plumber-visit', label: "A plumber's van arrives", hypothesis: 'h-flood', via: 'plumber' },
    ]);
  });

  it('derives nothing the harbour example has rated, and fills its one gap the graph can answer', () => {
    const [purpose] = matricesFromMap(loadMap('arguments/examples/harbour.yaml').map).map(analyseMatrix);
    expect(purpose!.cells.filter((c) => c.derived)).toEqual([
      { evidence: 'night-shifts', hypothesis: 'stockpile', rating: 'C', derived: true, rationale: 'supports "stockpile" through inference "i-shifts"' },
    ]);
    expect(purpose!.hypotheses.map((h) => [h.id, h.inconsistency, h.weightedInconsistency])).toEqual([
      ['stockpile', 0, 0],
      ['exercise', 2, 2],
    ]);
    expect(purpose!.milestones.map((m) => m.prediction)).toEqual(['closes-8-march']);
  });

  // A step among the moves a hypothesis explains also feeds a verdict that attacks that hypothesis ("the gestures can
  // only be regarded as a change of tactics"): the step fits the hypothesis as what it explains does, so the graph's
  // signal is mixed, not an I to set against the analyst's C (the memorandum's Korean offer × a real change).
  it('counts support for a node a hypothesis explains as fitting it, so a path on to an attacker is mixed', () => {
    const base = (ratings: ArgumentMap['hypothesisSets']) =>
      ({
        title: 'steps',
        nodes: [
          { id: 'step', kind: 'evidence', text: 'A conciliatory step' },
          { id: 'phase', kind: 'claim', text: 'A new approach' },
          { id: 'verdict', kind: 'claim', text: 'Only a change of tactics' },
          { id: 'h-change', kind: 'hypothesis', text: 'A real change' },
          { id: 'h-retreat', kind: 'hypothesis', text: 'A tactical retreat' },
        ],
        inferences: [
          { id: 'i-phase', premises: ['step'], conclusion: 'phase' },
          { id: 'i-verdict', premises: ['phase'], conclusion: 'verdict' },
        ],
        relations: [
          { type: 'explains', from: 'h-change', to: 'phase' },
          { type: 'attacks', from: 'verdict', to: 'h-change' },
        ],
        hypothesisSets: ratings,
      }) as ArgumentMap;
    const rated = matricesFromMap(
      base([{ id: 's', question: 'q', hypotheses: ['h-change', 'h-retreat'], evidence: ['step'], ratings: [{ evidence: 'step', hypothesis: 'h-change', rating: 'C' }] }]),
    )[0]!;
    expect(rated.disputes).toEqual([]);
    const unrated = matricesFromMap(base([{ id: 's', question: 'q', hypotheses: ['h-change', 'h-retreat'], evidence: ['step'] }]))[0]!;
    expect(unrated.cells.find((c) => c.evidence === 'step' && c.hypothesis === 'h-change')).toBeUndefined();
    expect(unrated.notes).toContainEqual({
      evidence: 'step',
      hypothesis: 'h-change',
      note: 'mixed: supports "phase", which "h-change" explains, but supports "verdict", which attacks "h-change"',
    });
  });
});
