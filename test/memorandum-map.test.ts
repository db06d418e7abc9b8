import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadMap } from '../src/io/load.js';
import { buildGraph, restsOn, nodeOf } from '../src/graph/argument-graph.js';
import type { Node, Relation } from '../src/model/types.js';

// Pins the essentials of the memorandum's map, so an edit that breaks its reasoning, its fidelity to the
// text or its coverage fails here. Quote checks use their own small normaliser on purpose: this test must
// not depend on the coverage engine it is meant to cross-check.

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mapFile = join(root, 'arguments', 'soviet-policies-1953.yaml');
const sourceText = readFileSync(join(root, 'arguments', 'sources', 'soviet-policies-1953.txt'), 'utf8');
const { map } = loadMap(mapFile);
const graph = buildGraph(map);
const nodes = new Map(map.nodes.map((n) => [n.id, n]));
const relations = map.relations ?? [];
const inferences = map.inferences ?? [];

/** White space collapsed and typographic quotes made plain, nothing else (the rule). */
const normalise = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

// The text inlines each footnote as `[N: …]` where it is referenced; split them off the running text.
const footnotes = new Map<string, string>();
const running = sourceText.replace(/\[(\d+):\s+([^\]]*)\]/g, (_m, n: string, body: string) => {
  footnotes.set(`fn${n}`, normalise(body));
  return '';
});
const annexC = running.indexOf('ANNEX C');
const annexD = running.indexOf('ANNEX D');
/** The stretch of running text a locator must fall in, with footnote markers cut out (a quote may run across one, as the coverage rule allows). */
const regionOf = (locator: string): string[] => {
  const fn = footnotes.get(locator);
  if (fn !== undefined) return [fn];
  const part = locator.startsWith('C.') ? running.slice(annexC, annexD) : locator.startsWith('D.') ? running.slice(annexD) : running.slice(0, annexC);
  return [normalise(part.replace(/\[footnoteRef:\d+\]/g, ''))];
};

const SCHEME = [
  '1',
  '2',
  '3',
  '3.A.i',
  '3.A.ii',
  '3.A.iii',
  '3.A.iv',
  '3.A.v',
  '3.A.v.1',
  '3.A.v.2',
  '3.A.v.3',
  '3.A.v.4',
  '3.A.v.5',
  '4',
  '4.i',
  '4.ii',
  '4.iii',
  '4.iv',
  '5',
  '6',
  '7',
  '8',
  'C.1',
  'C.1.i',
  'C.1.ii',
  'C.1.iii',
  'C.1.iv',
  'C.1.v',
  'C.1.vi',
  'C.2',
  'C.3',
  'C.4',
  'C.4.i',
  'C.4.ii',
  'C.4.iii',
  'C.5',
  'C.5.i',
  'C.5.ii',
  'C.5.iii',
  'C.5.iii.1',
  'C.5.iii.2',
  'C.5.iii.3',
  'C.5.iv',
  'C.5.v',
  'C.5.vi',
  'C.5.vii',
  'C.7',
  'C.7.i',
  'C.7.ii',
  'C.7.iii',
  'C.7.iv',
  'D.1',
  'D.2',
  'D.3',
  'D.4',
  'D.5',
  'D.6',
  'D.7',
  ...Array.from({ length: 15 }, (_, i) => `fn${i + 1}`),
];

const at = (locator: string): Node[] => map.nodes.filter((n) => n.source?.locator === locator);
const relationsOf = (type: Relation['type']) => relations.filter((r) => r.type === type);
/** True when some relation of `type` joins a node at locator `a` and one at `b` (either direction). */
const joinsLocators = (type: Relation['type'], a: string, b: string) =>
  relationsOf(type).some((r) => {
    const [f, t] = [nodes.get(r.from)?.source?.locator, nodes.get(r.to)?.source?.locator];
    return (f === a && t === b) || (f === b && t === a);
  });

describe('the memorandum map: size and coverage', () => {
  it('is a map of the reasoning, not a list of sentences', () => {
    expect(map.nodes.length).toBeGreaterThanOrEqual(120);
    expect(map.nodes.length).toBeLessThanOrEqual(250);
    expect(inferences.length).toBeGreaterThan(40);
    expect(inferences.filter((i) => i.premises.length >= 3).length).toBeGreaterThanOrEqual(10);
  });

  it('names every locator of the scheme, and no other', () => {
    const named = new Set(map.nodes.flatMap((n) => (n.source ? [n.source.locator] : [])));
    expect(SCHEME.filter((l) => !named.has(l))).toEqual([]);
    expect([...named].filter((l) => !SCHEME.includes(l))).toEqual([]);
  });

  it('quotes the exact words of the text, inside the part its locator names', () => {
    const missing = map.nodes
      .filter((n) => n.source)
      .filter((n) => !regionOf(n.source!.locator).some((part) => part.includes(normalise(n.source!.quote))))
      .map((n) => `${n.id} [${n.source!.locator}]`);
    expect(missing).toEqual([]);
  });

  it("keeps the text's own oddities verbatim", () => {
    const quotes = map.nodes.map((n) => n.source?.quote ?? '').join('\n');
    for (const oddity of ['uncertainly', 'or Stalin’s successors', 'continuation or Peace Campaign']) expect(quotes).toContain(oddity);
  });

  it('marks everything the reader adds, with a rationale', () => {
    const bare = [
      ...map.nodes.filter((n) => n.analyst && !n.rationale?.trim()).map((n) => n.id),
      ...inferences.filter((i) => i.analyst && !i.rationale?.trim()).map((i) => i.id),
      ...relations.filter((r) => r.analyst && !r.rationale?.trim()).map((r) => `${r.type} ${r.from}->${r.to}`),
    ];
    expect(bare).toEqual([]);
    // A node with no words from the text must be the reader's.
    expect(map.nodes.filter((n) => !n.source && !n.analyst).map((n) => n.id)).toEqual([]);
  });
});

describe('the memorandum map: reasoning', () => {
  it('traces every policy conclusion (6 and C.7 i-iv) back to evidence', () => {
    const conclusions = map.nodes.filter((n) => n.kind === 'conclusion');
    expect(conclusions.map((n) => n.source?.locator).sort()).toEqual(expect.arrayContaining(['6', 'C.7.i', 'C.7.ii', 'C.7.iii', 'C.7.iv']));
    for (const c of conclusions) {
      const grounds = [...restsOn(graph, c.id)].map((id) => nodeOf(graph, id)).filter((n): n is Node => n !== undefined);
      expect(
        grounds.some((n) => n.kind === 'evidence'),
        `${c.id} rests on no evidence`,
      ).toBe(true);
    }
  });

  it('uses the internal situation of 1-2 to explain the détente (5-6)', () => {
    for (const id of ['p5-detente-explicable', 'p6-internal-explains']) {
      const grounds = restsOn(graph, id);
      expect(grounds.has('p3-inherited-situation')).toBe(true);
      expect([...grounds].some((g) => nodes.get(g)?.source?.locator === '1')).toBe(true);
    }
  });

  it("reads the successors' measures (3.A) as answers to consolidation and as evidence of seeking popular acceptance", () => {
    const consolidation = restsOn(graph, 'p3-consolidation-problem');
    // The text's own direction: the consolidation problem is the background the measures answer (3).
    for (const id of ['a-i-same-positions', 'a-ii-government-reorganised', 'a-iii-presidium-cut', 'a-iv-secretariat'])
      expect(
        relationsOf('explains').some((r) => r.from === 'p3-consolidation-problem' && r.to === id),
        id,
      ).toBe(true);
    expect(restsOn(graph, 'p5-need-respite').has('p3-consolidation-problem')).toBe(true);
    // Not also read back as signs of the problem: that would count the one link twice.
    for (const loc of ['3.A.i', '3.A.ii', '3.A.iii', '3.A.iv'])
      expect(
        [...consolidation].some((g) => nodes.get(g)?.source?.locator === loc),
        loc,
      ).toBe(false);
    const acceptance = restsOn(graph, 'a-v-popular-acceptance');
    for (const loc of ['3.A.v.1', '3.A.v.2', '3.A.v.3', '3.A.v.4', '3.A.v.5'])
      expect(
        [...acceptance].some((g) => nodes.get(g)?.source?.locator === loc),
        loc,
      ).toBe(true);
  });

  it('links the repetitions between the main body and Annex C with restates', () => {
    const pairs: [string, string][] = [
      ['4.i', 'C.1.i'],
      ['4.ii', 'C.1.iv'],
      ['4.iii', 'C.1.v'],
      ['4.iv', 'C.1.vi'],
      ['5', 'C.3'],
      ['5', 'C.5.iv'],
      ['6', 'C.7.i'],
    ];
    for (const [a, b] of pairs) expect(joinsLocators('restates', a, b), `${a} <-> ${b}`).toBe(true);
    // Readers 14 and 15: 5's "may well" subtler approach and "It is also possible" economic hope are not restated by
    // C.4.ii's "may" nor C.5.iv's "will probably": one reading at two confidences is two statements.
    const restates = (a: string, b: string) => (map.relations ?? []).some((r) => r.type === 'restates' && [r.from, r.to].sort().join() === [a, b].sort().join());
    expect(joinsLocators('restates', '5', 'C.4.ii')).toBe(false);
    expect(restates('c5-iv-economic', 'p5-economic-offensive')).toBe(false);
  });

  it('grounds "the ultimate objectives are unchanged" (5, C.3) in linked premises', () => {
    for (const id of ['p5-objectives-unchanged', 'c3-objectives-unchanged']) {
      // Linked: premises that only work together (two or more in one inference).
      const linked = inferences.filter((i) => i.conclusion === id && i.premises.length >= 2);
      expect(linked.length, id).toBeGreaterThan(0);
    }
  });

  // 5 only "cannot assume" the defensive reading, and 6 keeps its "jumpy or uncertain mood" open: a
  // qualification, not a rebuttal. C.3 and C.7.iv do reject a real change of attitude.
  it('qualifies the defensive reading of the change (5) and rejects a real change of attitude (C.3, C.7.iv)', () => {
    expect(nodes.get('p5-not-defensive')?.kind).toBe('hedge');
    expect(relationsOf('qualifies').some((r) => r.from === 'p5-not-defensive' && r.to === 'p5-defensive-move')).toBe(true);
    expect(relations.some((r) => r.type !== 'qualifies' && r.from === 'p5-not-defensive' && r.to === 'p5-defensive-move')).toBe(false);
    expect(relationsOf('attacks').filter((r) => r.to === 'c2-real-change').length).toBeGreaterThanOrEqual(2);
  });

  it('has the internal-priority hypothesis of C.5 predict all seven means and the three subjects', () => {
    const hyp = nodes.get('c5-internal-priority');
    expect(hyp?.kind).toBe('hypothesis');
    expect(restsOn(graph, 'c5-internal-priority').has('c5-facts-realities')).toBe(true);
    expect(restsOn(graph, 'c5-internal-priority').has('c5-plan-generation')).toBe(true);
    const predicted = new Set(
      relationsOf('predicts')
        .filter((r) => r.from === 'c5-internal-priority')
        .map((r) => nodes.get(r.to)?.source?.locator),
    );
    for (const loc of ['C.5.i', 'C.5.ii', 'C.5.iii', 'C.5.iii.1', 'C.5.iii.2', 'C.5.iii.3', 'C.5.iv', 'C.5.v', 'C.5.vi', 'C.5.vii']) expect(predicted.has(loc), loc).toBe(true);
  });

  it("carries Annex D's argument from 2-5 to 6 and its longer-term possibilities (7)", () => {
    const grounds = restsOn(graph, 'd6-little-effect');
    for (const loc of ['D.2', 'D.3', 'D.4', 'D.5'])
      expect(
        [...grounds].some((g) => nodes.get(g)?.source?.locator === loc),
        loc,
      ).toBe(true);
    expect(at('D.7').filter((n) => n.kind === 'prediction').length).toBeGreaterThanOrEqual(2);
  });

  it('draws the hedges of 6 and D.1 as hedge nodes that qualify what they limit', () => {
    for (const id of ['p6-so-little-known', 'p6-too-soon', 'd1-preliminary', 'd1-so-little-known']) {
      expect(nodes.get(id)?.kind).toBe('hedge');
      expect(relationsOf('qualifies').filter((r) => r.from === id).length, id).toBeGreaterThanOrEqual(2);
    }
    expect(nodes.get('p6-so-little-known')?.hedge?.confidence).toBe('low');
  });
});

describe('the memorandum map: hypothesis sets', () => {
  const sets = new Map((map.hypothesisSets ?? []).map((s) => [s.id, s]));

  it.each([
    ['detente-explanations', 7],
    ['change-or-retreat', 7],
    ['p2-purges-or-discipline', 7],
  ] as const)('%s rates every evidence × hypothesis cell, with reasons', (id, rows) => {
    const set = sets.get(id);
    expect(set).toBeDefined();
    expect(set!.hypotheses.length).toBeGreaterThanOrEqual(2);
    const evidence = set!.evidence ?? [];
    expect(evidence.length).toBeGreaterThanOrEqual(rows);
    const ratings = set!.ratings ?? [];
    for (const e of evidence)
      for (const h of set!.hypotheses) {
        const r = ratings.find((x) => x.evidence === e && x.hypothesis === h);
        expect(r, `${e} × ${h}`).toBeDefined();
        expect(r!.rationale?.trim(), `${e} × ${h}`).toBeTruthy();
      }
    const values = new Set(ratings.map((r) => r.rating));
    expect([...values].some((v) => v === 'C' || v === 'CC')).toBe(true);
    expect(values.has('N')).toBe(true);
    // Only the hypotheses' own sets are rated: no item is a hypothesis of the same set or restates one.
    const restated = (a: string, b: string) => relationsOf('restates').some((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));
    for (const e of evidence) {
      expect(set!.hypotheses, e).not.toContain(e);
      for (const h of set!.hypotheses) if (restated(e, h)) expect(ratings.find((x) => x.evidence === e && x.hypothesis === h)?.rating, `${e} × ${h}`).toBe('NA');
    }
  });

  // Where the text chooses, the ratings must say so; where it does not, they must not invent a choice.
  // detente-explanations is the exception the text makes: C.4 "It is quite possible that the Soviet leaders
  // have been influenced by all these considerations" (its suppression, and ach-memorandum.test.ts, say so).
  it('discriminates in every set whose text chooses: some item tells against some hypothesis', () => {
    // change-or-retreat is tied by the text since the twenty-third revision (helpers/memorandum.ts, TIED_BY_THE_TEXT).
    for (const [id, set] of [...sets].filter(([k]) => k !== 'detente-explanations' && k !== 'change-or-retreat'))
      expect(
        (set.ratings ?? []).some((r) => r.rating === 'I' || r.rating === 'II'),
        id,
      ).toBe(true);
  });

  // Rows are evidence: the memorandum's own judgements and presumptions rated against its hypotheses
  // would make the matrix circular. They stand as key assumptions instead (premises tagged as such).
  it("rates only reported facts, never the author's own claims or premises", () => {
    for (const [id, set] of sets) for (const e of set.evidence ?? []) expect(nodes.get(e)?.kind, `${id}: ${e}`).toBe('evidence');
  });

  it('keeps the presumptions as tagged key assumptions', () => {
    for (const id of ['c3-shared-assumptions', 'c4-tactical-room']) {
      expect(nodes.get(id)?.kind, id).toBe('premise');
      expect(nodes.get(id)?.tags, id).toContain('key-assumption');
    }
    for (const n of map.nodes.filter((x) => x.kind === 'premise' && x.analyst)) expect(n.tags, n.id).toContain('key-assumption');
    expect(inferences.some((i) => i.conclusion === 'c4-tactical-room')).toBe(false);
  });

  // No hypothesis of a set may support or restate another of the same set: they must be rivals, not cases.
  it('holds only rival hypotheses in each set', () => {
    const restated = (a: string, b: string) => relationsOf('restates').some((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));
    for (const [id, set] of sets)
      for (const a of set.hypotheses)
        for (const b of set.hypotheses) {
          if (a === b) continue;
          expect(restsOn(graph, b).has(a), `${id}: ${a} supports ${b}`).toBe(false);
          expect(restated(a, b), `${id}: ${a} restates ${b}`).toBe(false);
        }
  });

  it('keeps every rating of one item against one hypothesis the same in every set that has both', () => {
    const seen = new Map<string, string>();
    for (const set of sets.values())
      for (const r of set.ratings ?? []) {
        const key = `${r.evidence} × ${r.hypothesis}`;
        if (seen.has(key)) expect(r.rating, key).toBe(seen.get(key));
        else seen.set(key, r.rating);
      }
  });

  // Three primary drivers: C.5's "this hypothesis" (C.4.i and 6's internal explanation are cases of it),
  // C.4.ii's offensive opportunity (5's EDC and economic offensives are cases of it) and 5's defensive move
  // (C.4.iii's unease over the new American Administration is a case of it). The memorandum holds them
  // jointly operative (C.4: "all these considerations"), and the map says so.
  it("holds C.4's own three explanations of the détente as competing explanations", () => {
    const hyps = sets.get('detente-explanations')!.hypotheses;
    expect([...hyps].sort()).toEqual(['an-detente-no-new-driver', 'c4-i-internal-weakness', 'c4-ii-subtle-approach', 'c4-iii-american-reactions']);
    for (const h of hyps.filter((x) => x.startsWith('c4-'))) expect(nodes.get(h)?.source?.locator).toMatch(/^C\.4\.i+$/);
    // The fourth is the reader's status quo (nothing new drove the moves), with no locator of its own.
    expect(nodes.get('an-detente-no-new-driver')?.analyst).toBe(true);
    expect(sets.has('p5-defensive-or-offensive')).toBe(false);
    // 5 pairs the internal reading with the subtler approach ("Moreover"); 6 makes the internal one sufficient.
    expect(map.description).toContain(
      'was the main driver, 5\'s "mainly"; C.4 allows that all counted, "all these considerations"; 5 pairs i with ii ("Moreover") and 6 makes i sufficient',
    );
    expect(map.description).not.toContain('5 to ii');
    for (const h of [...hyps, 'c2-real-change', 'c2-tactical-retreat']) expect(nodes.get(h)?.kind, h).toBe('hypothesis');
  });

  // 2 weighs the purge reading against the thirties; in the thirties purges answered resistance to the pace,
  // so the reader makes the rival readings exclusive (a mass purge, or a discipline drive short of one) in
  // analyst nodes, leaving 2's own words as 2 gives them.
  it("sets out 2's rival readings as exclusive analyst hypotheses, and D.6's two reasons as no set", () => {
    const hyps = [...sets.get('p2-purges-or-discipline')!.hypotheses];
    expect(hyps.sort()).toEqual(['an-p2-drive-short-of-purge', 'an-p2-mass-purge', 'an-p2-targeted-purge']);
    expect(nodes.get('an-p2-targeted-purge')?.text).toContain('reaching beyond the doctors');
    // Reader 17: "no arrests" claimed more than 1's "measures to strengthen discipline" allow; no group is purged.
    expect(nodes.get('an-p2-drive-short-of-purge')?.text).toContain('no purge of any group beyond the doctors');
    for (const h of hyps) expect(nodes.get(h)?.analyst, h).toBe(true);
    expect(nodes.get('an-p2-mass-purge')?.text).toContain('on the scale of the thirties');
    expect(nodes.get('an-p2-drive-short-of-purge')?.text).toContain('short of purge');
    expect(nodes.get('p2-possible-purges')?.text).toBe('All this suggested the possibility of new purges');
    for (const id of ['p2-possible-purges', 'p2-stalin-preoccupied']) expect(nodes.get(id)?.text, id).not.toMatch(/thirties|short of purge/);
    // D.6: "China may have decided ...; the Soviet Union may feel ...": who moved is left open.
    expect(sets.has('d6-armistice-driver')).toBe(false);
    expect(nodes.has('d6-mutually-agreed')).toBe(false);
    expect(map.description).toContain('D.6 gives each side\'s reason with "may ... may"');
  });

  // Since the twenty-third revision C.2's two answers as C.2 poses them; "how great" stays an open question (a hedge).
  it("answers C.2 with a real change against the text's temporary tactical retreat, and leaves 'how great' open", () => {
    const set = sets.get('change-or-retreat')!;
    expect(set.hypotheses.sort()).toEqual(['c2-real-change', 'c2-tactical-retreat']);
    expect(nodes.get('c2-real-change')?.source?.locator).toBe('C.2');
    expect(nodes.get('c2-tactical-retreat')?.source?.locator).toBe('C.2');
    expect(nodes.has('c2-retreat-limited')).toBe(false);
    expect(nodes.has('c2-retreat-major')).toBe(false);
    expect(relationsOf('qualifies').some((r) => r.from === 'c2-how-great' && r.to === 'c2-tactical-retreat')).toBe(true);
  });
});

describe('the memorandum map: footnotes and sources', () => {
  it('gives every footnote node to the editors', () => {
    const fnNodes = map.nodes.filter((n) => n.source?.locator.startsWith('fn'));
    expect(fnNodes.length).toBeGreaterThanOrEqual(15);
    expect(fnNodes.filter((n) => n.author !== 'editors').map((n) => n.id)).toEqual([]);
    expect(map.authors?.find((a) => a.id === 'editors')?.role).toBe('editor');
  });

  it('links each footnote reference in the text to its footnote with cites', () => {
    for (let n = 1; n <= 15; n++) {
      const fn = `fn${n}`;
      const cited = relationsOf('cites').some((r) => nodes.get(r.to)?.source?.locator === fn && !nodes.get(r.from)?.source?.locator.startsWith('fn'));
      expect(cited, fn).toBe(true);
    }
  });

  it('records the seven cited works as sources with citations, Lipkin cited by fn9 and fn10', () => {
    const works = {
      'gruliow-1953': ['fn2'],
      'brent-naumov-2003': ['fn3'],
      'agov-2003': ['fn6'],
      'gaiduk-2012': ['fn7'],
      'lipkin-2011': ['fn9', 'fn10'],
      'voskresenskii-2004': ['fn15'],
      'zinoviev-2010': ['fn15'],
    };
    for (const [work, fns] of Object.entries(works)) {
      expect(nodes.get(work)?.kind).toBe('source');
      expect((nodes.get(work) as { citation?: string }).citation, work).toBeTruthy();
      const citing = relationsOf('cites')
        .filter((r) => r.to === work)
        .map((r) => nodes.get(r.from)?.source?.locator);
      expect(citing.sort(), work).toEqual([...fns].sort());
    }
  });
});

describe('the memorandum map: dates and hedges', () => {
  const facts = map.nodes.flatMap((n) => (n.dates ?? []).map((d) => ({ node: n, ...d })));
  const datesOf = (event: string) => facts.filter((f) => f.event === event);

  it("keeps both dates of the 19th Party Congress, Hammarskjöld's death and the Moscow conference as stated", () => {
    const stated = (event: string) =>
      new Set(
        datesOf(event)
          .filter((f) => !f.node.analyst)
          .map((f) => f.date),
      );
    expect(stated('19th-party-congress')).toEqual(new Set(['1952-10', '1953-10-05/1953-10-14']));
    expect(stated('hammarskjold-death')).toEqual(new Set(['1961', '1962']));
    const conference = datesOf('moscow-economic-conference');
    expect(conference.some((f) => f.date === '1952-04')).toBe(true);
    expect(conference.some((f) => f.relative?.event === 'stalin-death' && f.relative.offset === 'P1Y')).toBe(true);
  });

  it('dates the events the issue names', () => {
    const expected: Record<string, string> = {
      'stalin-death': '1953-03-05',
      'price-cuts-announced': '1953-04-01',
      'doctors-plot': '1953-01',
      'panmunjom-talks-begin': '1951-10',
      'berlin-conference': '1954-01-25/1954-02-18',
      'end-of-war-amnesty': '1945',
      'hammarskjold-elected': '1953-04-10',
      'hammarskjold-birth': '1905',
      'korean-armistice-signed': '1953-06-27',
      'beria-arrest': '1953-06-26',
      'sino-soviet-treaty': '1950-02-14',
    };
    for (const [event, date] of Object.entries(expected))
      expect(
        datesOf(event).map((f) => f.date),
        event,
      ).toContain(date);
    expect(nodes.get('an-stalin-death')?.analyst).toBe(true);
  });

  it("sets the reader's outside knowledge against the editors' date slips, marked as the reader's", () => {
    const corrections: Record<string, [string, string, string]> = {
      'an-congress-dates': ['19th-party-congress', '1952-10-05/1952-10-14', 'fn1-congress'],
      'an-kaesong-talks': ['korean-armistice-talks-begin', '1951-07-10', 'fn6-talks'],
      'an-armistice-signed': ['korean-armistice-signed', '1953-07-27', 'fn6-ceasefire'],
      'an-hammarskjold-appointed': ['hammarskjold-elected', '1953-04-07', 'fn7-elected'],
      'an-hammarskjold-death': ['hammarskjold-death', '1961-09-18', 'fn7-killed'],
    };
    for (const [id, [event, date, slip]] of Object.entries(corrections)) {
      const n = nodes.get(id);
      expect(n?.analyst && n.rationale?.includes('Outside knowledge'), id).toBeTruthy();
      expect(
        n?.dates?.some((d) => d.event === event && d.date === date),
        id,
      ).toBe(true);
      expect(
        datesOf(event).some((f) => f.node.id === slip && f.date !== date),
        slip,
      ).toBe(true);
      expect(
        relationsOf('attacks').some((r) => r.from === id && r.to === slip && r.analyst),
        id,
      ).toBe(true);
    }
  });

  it('records the dates the text gives relative to other events', () => {
    const relative = (id: string) => (nodes.get(id)?.dates ?? []).find((d) => d.relative)?.relative;
    expect(relative('c1-detente-steps')).toEqual({ event: 'stalin-death', offset: 'P0D' });
    for (const id of ['p4-courtesy-reports', 'c1-courtesy-reports', 'a-i-same-positions']) expect(relative(id), id).toEqual({ event: 'stalin-death', offset: '-P1D' });
    for (const id of ['c1-funeral-orations', 'c5-facts-realities']) expect(relative(id)?.event, id).toBe('stalin-death');
    expect(relative('p1-satellite-malaise')).toEqual({ event: '19th-party-congress', offset: '-P1Y' });
    expect(relative('c1-iii-ece')?.event).toBe('memorandum-written');
  });

  it('gives each dated fact in the words of the passage that states it', () => {
    const unstated = facts
      .filter((f) => f.node.source && f.as !== undefined)
      .filter((f) => !regionOf(f.node.source!.locator).some((part) => part.includes(normalise(f.as!))))
      .map((f) => `${f.node.id}: ${f.as}`);
    expect(unstated).toEqual([]);
    // Only the reader's own nodes may carry a date the text does not word.
    expect(facts.filter((f) => f.as === undefined && !f.node.analyst).map((f) => f.node.id)).toEqual([]);
  });

  it("sets the text's inconsistent dates against each other as contradictions the reader noticed", () => {
    const noticed = relationsOf('contradicts').filter((r) => r.analyst && r.rationale);
    // fn1 against paragraph 1 differs only in the date, which the shared event key already sets against it.
    for (const fn of ['fn7', 'fn9'])
      expect(
        noticed.some((r) => [r.from, r.to].some((id) => nodes.get(id)?.source?.locator === fn)),
        fn,
      ).toBe(true);
  });

  it('counts every relative date from an event the map dates absolutely', () => {
    const absolute = new Set(facts.filter((f) => f.date).map((f) => f.event));
    const relative = facts.filter((f) => f.relative);
    expect(relative.length).toBeGreaterThanOrEqual(2);
    for (const f of relative) expect(absolute.has(f.relative!.event), `${f.node.id}: ${f.event}`).toBe(true);
  });

  it("records each judgement's estimative words verbatim, on the PHIA yardstick only", () => {
    const judged = map.nodes.filter((n) => ['claim', 'conclusion', 'hypothesis', 'prediction'].includes(n.kind));
    expect(judged.filter((n) => !n.hedge).map((n) => n.id)).toEqual([]);
    const misquoted = map.nodes
      .filter((n) => n.hedge && n.source)
      .flatMap((n) => n.hedge!.phrases.filter((p) => !normalise(n.source!.quote).toLowerCase().includes(normalise(p).toLowerCase())).map((p) => `${n.id}: ${p}`));
    expect(misquoted).toEqual([]);
    expect(map.nodes.filter((n) => n.hedge?.band && n.hedge.band.yardstick !== 'PHIA').map((n) => n.id)).toEqual([]);
    const band = (id: string) => nodes.get(id)?.hedge?.band?.term;
    expect(band('p2-stalin-feared')).toBe('likely');
    // Lead's rule (methods.md): "possible" in any form, and statements of absent grounds or evidence, carry no band.
    // 5's "no doubt" is the parenthetical of British usage, "very likely", banded as in 6.
    expect(band('p5-uneasiness')).toBe('highly likely');
    expect(band('c4-all-considerations')).toBeUndefined();
    for (const n of map.nodes.filter((x) => x.hedge?.phrases.some((ph) => /possib|no grounds|no reason|no evidence/i.test(ph)))) expect(n.hedge!.band, n.id).toBeUndefined();
    // D.7's "it seems unlikely that Mao should have any idea of succeeding": the node states the judgement used (he
    // has no such idea), banded by its mirror, as C.3's and C.5's "it would be unwise to expect" (reader 12).
    expect(band('d7-mao-not-successor')).toBe('likely');
    expect(nodes.get('d7-mao-not-successor')?.suppress?.map((x) => x.rule)).toEqual(['hedge-band-mismatch']);
    expect(band('p5-edc-offensive')).toBeUndefined();
  });
});
