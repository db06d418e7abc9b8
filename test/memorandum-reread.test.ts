import { describe, expect, it } from 'vitest';
import { loadMap } from '../src/io/load.js';
import type { Inference } from '../src/model/types.js';

// Pins the points of the analytic re-read of the memorandum's map (issue 12): how its inferences, hedges
// and implicit premises are drawn. Each test names what the text says that the map must not misstate.
const { map } = loadMap('arguments/soviet-policies-1953.yaml');
const nodes = new Map(map.nodes.map((n) => [n.id, n]));
const inferences = map.inferences ?? [];
const relations = map.relations ?? [];
const into = (id: string): Inference[] => inferences.filter((i) => i.conclusion === id);
const inference = (id: string): Inference => {
  const found = inferences.find((i) => i.id === id);
  expect(found, id).toBeDefined();
  return found!;
};

describe('the memorandum map, re-read: inferences', () => {
  // 6: "if they are in a jumpy or uncertain mood, ... or, if they are coolly trying out a new tactical
  // approach, ..." - the balance is argued to be best whichever mood holds, so no reading of the mood is a
  // premise, and the cases must be taken to exhaust the possibilities.
  it("draws 6's two moods as one linked proof by cases", () => {
    const step = inference('i-p6-no-provocation');
    expect(step.scheme).toBe('proof-by-cases');
    expect(step.premises).toEqual(expect.arrayContaining(['an-moods-exhaustive', 'p6-two-moods']));
    for (const mood of ['p6-internal-explains', 'p5-subtle-approach', 'c4-i-internal-weakness', 'c4-ii-subtle-approach']) expect(step.premises).not.toContain(mood);
    expect(into('p6-two-moods')).toEqual([]);
    expect(nodes.get('p6-two-moods')?.kind).toBe('premise');
    expect(nodes.get('an-moods-exhaustive')?.analyst).toBe(true);
  });

  // C.7.i welcomes the conciliation without choosing among C.4's explanations.
  it("grounds C.7.i's welcome on the observed phase and a prudential asymmetry, not on one explanation", () => {
    const grounds = into('c7-i-welcome').flatMap((i) => i.premises);
    expect(grounds).toContain('an-welcome-asymmetry');
    for (const one of ['c4-i-internal-weakness', 'c4-ii-subtle-approach', 'c5-i-conciliatory', 'c5-internal-priority']) expect(grounds).not.toContain(one);
  });

  it("takes C.4's strategy/tactics distinction as a premise, and 5's tactical change as resting on unchanged objectives", () => {
    expect(nodes.get('c4-tactical-room')?.kind).toBe('premise');
    expect(inference('i-p5-tactical-change').premises).toContain('p5-objectives-unchanged');
  });

  // 3.A.i: "The one possible exception is Molotov's ranking"; 3.A.iii-iv recast the Presidium and Secretariat.
  it('does not rest "changed so little" on Molotov\'s exception, and records what cuts against it', () => {
    expect(inference('i-c3-little-changed').premises).not.toContain('a-i-molotov-exception');
    for (const from of ['a-iii-presidium-cut', 'a-iv-secretariat'])
      expect(
        relations.some((r) => r.type === 'undercuts' && r.from === from && r.to === 'i-c3-little-changed' && r.analyst && r.rationale),
        from,
      ).toBe(true);
  });

  it('grounds public commitment on the premise that speeches reflect belief', () => {
    expect(inference('i-c3-thesis-held').premises).toContain('an-speech-belief');
  });

  // D.2-D.3 are judgements of 1953; the editors' footnote 15 was written decades later.
  it("does not ground Annex D's judgements on the editors' footnotes", () => {
    const annexD = (id: string) => nodes.get(id)?.source?.locator.startsWith('D.') ?? false;
    const byEditors = (id: string) => nodes.get(id)?.author === 'editors';
    const offending = inferences.filter((i) => annexD(i.conclusion) && i.premises.some(byEditors)).map((i) => i.id);
    expect(offending).toEqual([]);
    expect(into('d2-same-ideology').flatMap((i) => i.premises)).toEqual(['an-ideology-same-means']);
  });

  it("marks the steps the reader built as the reader's, with reasons", () => {
    for (const id of [
      'i-c5-detail',
      'i-c5-no-radical-change',
      'i-c7-iv-only-tactics',
      'i-p6-more-dangerous',
      'i-p6-not-lulled',
      'i-d4-no-rival-modest',
      'i-d4-no-rival-exponent',
      'i-d7-mao-less-ready',
    ]) {
      expect(inference(id).analyst, id).toBe(true);
      expect(inference(id).rationale?.trim(), id).toBeTruthy();
    }
  });

  it("adds the implicit premises as the reader's, with reasons, tagged key assumptions", () => {
    for (const id of ['an-speech-belief', 'an-welcome-asymmetry', 'an-ideology-same-means', 'an-moods-exhaustive']) {
      const n = nodes.get(id);
      expect(n?.kind, id).toBe('premise');
      expect(n?.analyst, id).toBe(true);
      expect(n?.rationale?.trim(), id).toBeTruthy();
      expect(n?.tags, id).toContain('key-assumption');
    }
  });
});

describe('the memorandum map, re-read: hedges', () => {
  it('gives one estimative phrase one band across the map', () => {
    const bands = new Map<string, Set<string>>();
    for (const n of map.nodes)
      for (const p of n.hedge?.phrases ?? []) {
        const key = p.toLowerCase();
        bands.set(key, (bands.get(key) ?? new Set()).add(n.hedge?.band?.term ?? 'none'));
      }
    expect([...bands].filter(([, b]) => b.size > 1).map(([p, b]) => `${p}: ${[...b].join(', ')}`)).toEqual([]);
    expect(bands.get('it would be unwise to expect')).toEqual(new Set(['unlikely']));
    expect(bands.get('no doubt')).toEqual(new Set(['none']));
  });

  it('gives comparative phrases no band', () => {
    for (const n of map.nodes.filter((x) => x.hedge?.phrases.some((p) => /^(most|more) likely$/i.test(p)))) expect(n.hedge?.band, n.id).toBeUndefined();
    expect(nodes.get('fn9-trade-offensive')?.hedge?.band).toBeUndefined();
  });

  // 6: "they have obviously found it expedient, while no doubt maintaining ultimate Soviet aims, to make the
  // carrot more evident than the stick ..." holds an observation, a judgement and an aside.
  it("splits 6's carrot and stick into observation, judgement and aside", () => {
    expect(nodes.get('p6-carrot-stick-observed')?.kind).toBe('evidence');
    expect(nodes.get('p6-carrot-stick')?.hedge?.phrases).toEqual(['obviously']);
    expect(nodes.get('p6-aims-maintained')?.hedge?.phrases).toEqual(['no doubt']);
  });

  it('never gives two nodes the same quote', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const n of map.nodes.filter((x) => x.source)) {
      const key = `${n.source!.locator}|${n.source!.quote}`;
      if (seen.has(key)) repeats.push(`${seen.get(key)} = ${n.id}`);
      else seen.set(key, n.id);
    }
    expect(repeats).toEqual([]);
  });
});
