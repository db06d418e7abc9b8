import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMap, loadMapText } from '../src/io/load.js';
import { compareMaps, labelSimilarity, quoteOverlap, scopeToSection, type Comparison } from '../src/analysis/compare.js';
import { compareHtml } from '../src/render/compare-report.js';
import { runCli } from './helpers/cli.js';

const HARBOUR = 'arguments/examples/harbour.yaml';
const MEMO = 'arguments/soviet-policies-1953.yaml';
const FIX = 'test/fixtures/compare';
const harbour = loadMap(HARBOUR);
const memo = loadMap(MEMO);
const against = (file: string, ref = harbour, section?: string): Comparison => compareMaps(loadMap(`${FIX}/${file}`), ref, section !== undefined ? { section } : {});
const pairs = (c: Comparison): string[] => c.nodes.matches.map((m) => `${m.student}=${m.reference}:${m.basis}`);

const tmp = mkdtempSync(join(tmpdir(), 'argmap-compare-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('node matching', () => {
  it('quotes overlap by containment or a run of six words, case and quote marks aside; measured on the longer', () => {
    expect(quoteOverlap('four cargo ships at the northern quay', 'shows four cargo ships at the northern quay, twice the usual number')).toBeCloseTo(7 / 12, 6);
    expect(quoteOverlap('China’s loyalty', "china's LOYALTY")).toBe(1);
    // "the quay would close for repairs": 6 shared words of the longer quote's 15.
    expect(
      quoteOverlap('The harbour authority announced on 2 March 2024 that the quay would close for repairs', 'the quay would close for repairs a week after the night shifts began'),
    ).toBeCloseTo(6 / 15, 6);
    expect(quoteOverlap('look for the quay closing on or about', 'We recommend that watchers look for the quay closing')).toBe(0); // 5 words only
  });

  it('a locator is the same place only in a text of the same file name', () => {
    const text = readFileSync(`${FIX}/harbour-weak.yaml`, 'utf8').replaceAll('sources/harbour-report.txt', 'sources/another-report.txt');
    expect(compareMaps(loadMapText(text, `${FIX}/other.yaml`), harbour).nodes.matches).toEqual([]);
  });

  it('labels compare by content words (Jaccard)', () => {
    // {ports, load, up, planned, closure} shared; ahead / before differ: 5 of 7.
    expect(labelSimilarity('Ports load up ahead of a planned closure', 'Ports load up before a planned closure')).toBeCloseTo(5 / 7, 6);
    expect(labelSimilarity('The activity is commercial, not military', 'The activity is commercial rather than military')).toBeCloseTo(3 / 4, 6);
  });
});

describe('a good student of the harbour map', () => {
  const c = against('harbour-good.yaml');

  it('matches every node, each by its strongest basis', () => {
    expect(pairs(c)).toEqual([
      's-ships=ships:quote',
      's-shifts=night-shifts:quote',
      's-closure=closure-announced:quote',
      's-navy=no-navy:quote',
      's-ports-rule=busy-before-closure:label',
      's-stockpile=stockpile:quote',
      's-exercise=exercise:quote',
      's-commercial=judgement:label',
      's-one-source=single-source:label',
      's-closes=closes-8-march:quote',
      's-watch=watch:quote',
      's-imagery=imagery-source:quote',
    ]);
    expect(c.nodes.matches.find((m) => m.student === 's-closure')!.similarity).toBe(0.4);
    expect(c.nodes.missed).toEqual([]);
    expect(c.nodes.extra).toEqual([]);
  });

  it('finds every inference exactly, the undercut through the inference matching, and misses one cites', () => {
    expect(c.inferences.matches.map((m) => `${m.student}=${m.reference}:${m.status}`)).toEqual([
      'a1=i-stockpile:exact',
      'a2=i-shifts:exact',
      'a3=i-judgement:exact',
      'a4=i-watch:exact',
    ]);
    expect(c.relations.matched).toBe(8);
    expect(c.relations.missed).toEqual([{ type: 'cites', from: 'ships', to: 'imagery-source' }]);
    expect(c.relations.extra).toEqual([]);
  });

  it('reports the band one step high and the ACH rating two steps off, not the one-step difference', () => {
    expect(c.hedges).toEqual([
      {
        student: 's-stockpile',
        reference: 'stockpile',
        studentBand: 'PHIA highly likely',
        referenceBand: 'PHIA likely',
        studentPhrases: ['probably'],
        referencePhrases: ['probably'],
        referenceConfidence: 'moderate',
        bandDiffers: true,
        phrasesDiffer: false,
        confidenceDiffers: true,
      },
    ]);
    expect(c.hypothesisSets).toEqual([
      {
        reference: 'purpose',
        student: 'why',
        found: ['stockpile', 'exercise'],
        missed: [],
        ratingsCompared: 4,
        ratingDifferences: [{ evidence: 'ships', hypothesis: 'exercise', student: 'I', reference: 'C', steps: 2 }],
      },
    ]);
  });

  it('says in the margin what differs in a hedge', () => {
    expect(c.margin.find((n) => n.category === 'hedge')!.text).toBe(
      's-stockpile: band PHIA highly likely where the reference has PHIA likely; no confidence where the reference has moderate (stockpile).',
    );
  });

  it('scores by hand: relations 8/9 recall, grade 0.3 + 0.4 + 0.3 × 0.941', () => {
    expect(c.scores.nodes).toEqual({ recall: 1, precision: 1, f1: 1 });
    expect(c.scores.inferences).toEqual({ recall: 1, precision: 1, f1: 1 });
    expect(c.scores.relations).toEqual({ recall: 0.889, precision: 1, f1: 0.941 });
    expect(c.scores.grade).toBe(0.982);
  });
});

describe('relations', () => {
  it('the same two nodes under another type are a disagreement, not a miss and an extra', () => {
    const text = readFileSync(`${FIX}/harbour-good.yaml`, 'utf8').replace(
      '{ type: contradicts, from: s-exercise, to: s-stockpile }',
      '{ type: attacks, from: s-exercise, to: s-stockpile }',
    );
    const c = compareMaps(loadMapText(text, `${FIX}/good-attacks.yaml`), harbour);
    expect(c.relations.typeDiffers).toEqual([
      { student: { type: 'attacks', from: 's-exercise', to: 's-stockpile' }, reference: { type: 'contradicts', from: 'stockpile', to: 'exercise' } },
    ]);
    expect(c.relations.extra).toEqual([]);
    expect(c.relations.missed).toEqual([{ type: 'cites', from: 'ships', to: 'imagery-source' }]);
    expect(c.scores.relations).toEqual({ recall: 0.778, precision: 0.875, f1: 0.824 }); // 7/9, 7/8
    expect(c.margin.find((n) => n.category === 'relation-type')!.text).toBe('s-exercise attacks s-stockpile where the reference has stockpile contradicts exercise.');
  });
});

describe('a weak student of the harbour map', () => {
  const c = against('harbour-weak.yaml');

  it('misses the stockpile inference, the rule, the judgement, the hedge and the imagery; adds a claim', () => {
    expect(c.nodes.missed).toEqual(['busy-before-closure', 'judgement', 'single-source', 'imagery-source']);
    expect(c.nodes.extra).toEqual(['w-hidden-base']);
    expect(c.inferences.missed).toEqual(['i-stockpile', 'i-judgement']);
    expect(c.inferences.matches.map((m) => `${m.student}=${m.reference}:${m.status}`)).toEqual(['w1=i-shifts:exact', 'w2=i-watch:exact']);
  });

  it('flags the evidence drawn as claims and the attack the reference does not make', () => {
    expect(c.kinds).toEqual([
      { student: 'w-ships', reference: 'ships', studentKind: 'claim', referenceKind: 'evidence' },
      { student: 'w-closure', reference: 'closure-announced', studentKind: 'claim', referenceKind: 'evidence' },
    ]);
    // The contradiction is drawn the other way round and still matches.
    expect(c.relations.matched).toBe(4);
    expect(c.relations.extra).toEqual([{ type: 'attacks', from: 'w-hidden-base', to: 'w-stockpile' }]);
    expect(c.hypothesisSets[0]).toMatchObject({ reference: 'purpose', found: [], missed: ['stockpile', 'exercise'] });
  });

  it('scores by hand', () => {
    // nodes 8/12 and 8/9; inferences 2/4 and 2/2; relations 4/9 and 4/5.
    expect(c.scores.nodes).toEqual({ recall: 0.667, precision: 0.889, f1: 0.762 });
    expect(c.scores.inferences).toEqual({ recall: 0.5, precision: 1, f1: 0.667 });
    expect(c.scores.relations).toEqual({ recall: 0.444, precision: 0.8, f1: 0.571 });
    expect(c.scores.grade).toBe(0.667); // 0.3 × 0.762 + 0.4 × 0.667 + 0.3 × 0.571
  });

  it('puts the missed stockpile reasoning first in the margin, then kinds, extras last', () => {
    const cats = c.margin.map((n) => n.category);
    expect(c.margin[0]!.text).toBe(
      'Missed the step to stockpile [w-stockpile] ("The build-up is a stockpile ahead of the repairs") from ships [w-ships] + closure-announced [w-closure] + busy-before-closure [not drawn] (i-stockpile).',
    );
    expect(cats.indexOf('kind')).toBeGreaterThan(cats.lastIndexOf('missed-inference'));
    expect(cats.slice(-2)).toEqual(['extra-node', 'extra-relation']);
    expect(c.margin.at(-2)!.text).toBe('Added a claim w-hidden-base ("The port authority is hiding a naval base"), not in the reference, and gives it no support.');
    expect(c.margin.at(-1)!.text).toContain('an attack the reference does not make');
  });
});

describe('linked and convergent', () => {
  it('a student who splits linked premises into separate reasons', () => {
    const c = against('harbour-convergent.yaml');
    expect(c.nodes.matches.find((m) => m.student === 'busy-before-closure')).toMatchObject({
      student: 'busy-before-closure',
      reference: 'busy-before-closure',
      basis: 'id',
      similarity: 1,
      studentText: 'Harbours stock up ahead of closures',
    });
    expect(c.inferences.shapes).toEqual([{ kind: 'linked-as-convergent', conclusion: 'stockpile', reference: ['i-stockpile'], student: ['c-ships', 'c-closure', 'c-rule'] }]);
    expect(c.inferences.missed).toEqual([]);
    expect(c.inferences.extra).toEqual([]);
    // Reference: i-stockpile 1/2 + three exact = 3.5 of 4; student: three halves + three exact = 4.5 of 6.
    expect(c.scores.inferences).toEqual({ recall: 0.875, precision: 0.75, f1: 0.808 });
    expect(c.scores.grade).toBe(0.923);
    expect(c.margin.map((n) => n.category)).toEqual(['shape']);
  });

  it('the reverse: convergent reasons drawn as one linked step (reference and student swapped)', () => {
    const c = compareMaps(harbour, loadMap(`${FIX}/harbour-convergent.yaml`));
    expect(c.inferences.shapes).toEqual([{ kind: 'convergent-as-linked', conclusion: 'stockpile', reference: ['c-ships', 'c-closure', 'c-rule'], student: ['i-stockpile'] }]);
    expect(c.scores.inferences).toEqual({ recall: 0.75, precision: 0.875, f1: 0.808 });
  });
});

describe('a student map of Annex D against the memorandum', () => {
  const c = against('annex-d-student.yaml', memo, 'annex-d');

  it('scopes the reference to the annex: its 29 nodes, 21 inferences (premises cut to the annex) and 23 relations', () => {
    expect(c.counts.reference).toEqual({ nodes: 29, inferences: 21, relations: 23 });
    const scoped = scopeToSection(memo.map, 'annex-d');
    expect(scoped.inferences!.some((i) => i.id === 'i-d7-mao-less-ready')).toBe(false); // rests on C.5's missing prestige only
    // D.2's stated ground "Sharing the same ideology" stays in the annex; the reader's monolith premise is cut.
    expect(scoped.inferences!.find((i) => i.id === 'i-d2-same-means')?.premises).toEqual(['d2-shared-ideology']);
  });

  it('matches the twelve passages by their quotes', () => {
    expect(pairs(c)).toEqual([
      'a-speculate=d1-so-little-known:quote',
      'a-own-power=d2-own-efforts:quote',
      'a-junior=d2-junior-partner:quote',
      'a-interest=d2-mutual-interest:quote',
      'a-ideology=d2-same-aims:quote',
      'a-plan=d3-plan-and-war:quote',
      'a-dependence=d3-depend-on-soviet:quote',
      'a-loyalty=d3-loyalty:quote',
      'a-forces=d6-many-forces:quote',
      'a-personal=d6-personal-minor:quote',
      'a-little-effect=d6-little-effect:quote',
      'a-longer=d7-longer-term:quote',
    ]);
    expect(c.nodes.extra).toEqual(['a-mao-rival']);
    expect(c.nodes.missed).toHaveLength(17);
  });

  // D.6 gives "minor part" no ground, so the reference has no step into it and the student's s5 matches nothing.
  it('sees the four forces of D.6 linked where the reference has them converge, and a ground for "minor part" the text does not give', () => {
    expect(c.inferences.shapes).toEqual([
      { kind: 'convergent-as-linked', conclusion: 'd6-many-forces', reference: ['i-d6-force-partnership', 'i-d6-force-ideology', 'i-d6-force-dependence'], student: ['s3'] },
    ]);
    expect(c.inferences.matches).toEqual([
      { student: 's1', reference: 'i-d2-junior', status: 'exact', similarity: 1, missingPremises: [], extraPremises: [] },
      { student: 's2', reference: 'i-d3-loyalty', status: 'exact', similarity: 1, missingPremises: [], extraPremises: [] },
      { student: 's3', reference: 'i-d6-force-partnership', status: 'partial', similarity: 0.5, missingPremises: [], extraPremises: ['a-ideology', 'a-loyalty'] },
      { student: 's4', reference: 'i-d6-little-effect', status: 'exact', similarity: 1, missingPremises: [], extraPremises: [] },
    ]);
    expect(c.inferences.matches.some((m) => m.student === 's5')).toBe(false);
    expect(c.inferences.missed).not.toContain('i-d6-force-ideology');
    expect(c.inferences.missed).toContain('i-d6-force-roles');
  });

  it('reports the kind, the band and the unsupported attack', () => {
    expect(c.kinds).toEqual([
      { student: 'a-ideology', reference: 'd2-same-aims', studentKind: 'evidence', referenceKind: 'claim' },
      { student: 'a-dependence', reference: 'd3-depend-on-soviet', studentKind: 'claim', referenceKind: 'evidence' },
    ]);
    expect(c.hedges.find((h) => h.student === 'a-little-effect')).toMatchObject({ studentBand: 'PHIA highly likely', referenceBand: 'PHIA likely', bandDiffers: true });
    expect(c.relations.extra).toEqual([{ type: 'attacks', from: 'a-mao-rival', to: 'a-little-effect' }]);
    expect(c.relations.matched).toBe(2);
  });

  it('scores by hand', () => {
    // Nodes 12/29, 12/13. Inferences: reference credit 1+1+½+½+½+1 = 4½ of 21 (D.3's ground for D.2's mutual
    // interest and D.2's step from "Sharing the same ideology" are ones the student did not draw), student 1+1+½+1+0 = 3½ of 5.
    // Relations 2/23, 2/3. Grade 0.3 × 0.571 + 0.4 × 0.328 + 0.3 × 0.154 = 0.349.
    expect(c.scores.nodes).toEqual({ recall: 0.414, precision: 0.923, f1: 0.571 });
    expect(c.scores.inferences).toEqual({ recall: 0.214, precision: 0.7, f1: 0.328 });
    expect(c.scores.relations).toEqual({ recall: 0.087, precision: 0.667, f1: 0.154 });
    expect(c.scores.grade).toBe(0.349);
  });
});

describe('a map compared with itself', () => {
  for (const [name, map] of [
    ['the example', harbour],
    ['the memorandum', memo],
  ] as const) {
    it(`${name} scores 100 % everywhere with nothing in the margin`, () => {
      const c = compareMaps(map, map);
      for (const s of [c.scores.nodes, c.scores.inferences, c.scores.relations]) expect(s).toEqual({ recall: 1, precision: 1, f1: 1 });
      expect(c.scores.grade).toBe(1);
      expect(c.margin).toEqual([]);
      expect(c.nodes.matches.every((m) => m.student === m.reference)).toBe(true);
      expect(c.hypothesisSets.every((h) => h.missed.length === 0 && h.ratingDifferences.length === 0)).toBe(true);
    });
  }
});

describe('argmap compare', () => {
  it('prints the grade and the margin as text and exits 0', async () => {
    const r = await runCli('compare', `${FIX}/harbour-weak.yaml`, HARBOUR);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Grade: 66.7 %');
    expect(r.out.indexOf('Missed reasoning:')).toBeLessThan(r.out.indexOf('Wrong kinds:'));
    expect(r.out.indexOf('Wrong kinds:')).toBeLessThan(r.out.indexOf('Added nodes:'));
  });

  it('suggests --section when the student matched only one part of the reference', async () => {
    const r = await runCli('compare', `${FIX}/annex-d-student.yaml`, MEMO);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`argmap: every node of ${FIX}/annex-d-student.yaml matches section "annex-d" of ${MEMO}; add --section annex-d to grade against that part alone\n`);
    expect((await runCli('compare', `${FIX}/harbour-good.yaml`, HARBOUR)).err).toBe(''); // the student mapped it all
  });

  it('JSON is the comparison, byte-identical from run to run', async () => {
    const a = await runCli('compare', '--format', 'json', `${FIX}/annex-d-student.yaml`, MEMO, '--section', 'annex-d');
    const b = await runCli('compare', '--format', 'json', `${FIX}/annex-d-student.yaml`, MEMO, '--section', 'annex-d');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(JSON.parse(a.out).scores.grade).toBe(0.349);
  });

  it('writes markdown and html to a file with -o', async () => {
    const md = join(tmp, 'weak.md');
    expect((await runCli('compare', '-f', 'markdown', '-o', md, `${FIX}/harbour-weak.yaml`, HARBOUR)).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^# Port Ellis \(student B\) compared with Harbour activity/);
    const html = join(tmp, 'weak.html');
    const r = await runCli('compare', '-f', 'html', '-o', html, `${FIX}/harbour-weak.yaml`, HARBOUR);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('&quot;The port authority is hiding a naval base&quot;');
  });

  it('escapes map text in HTML', () => {
    const text = readFileSync(`${FIX}/harbour-weak.yaml`, 'utf8').replace('The port authority is hiding a naval base', '<img src=x onerror=alert(1)> & co');
    const c = compareMaps(loadMapText(text, 'evil.yaml'), harbour);
    const page = compareHtml(c);
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
  });

  it('exits 2 with the loader messages for an invalid map, and for an unknown section', async () => {
    // Both maps are read before failing, so the messages of both come in one run.
    const r = await runCli('compare', `${FIX}/missing.yaml`, 'test/fixtures/broken/duplicate-id.yaml');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${FIX}/missing.yaml: error: file not found; expected an existing map file`);
    expect(r.err).toMatch(/test\/fixtures\/broken\/duplicate-id\.yaml:\d+:\d+: error: /);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    const s = await runCli('compare', `${FIX}/annex-d-student.yaml`, MEMO, '--section', 'annex-x');
    expect(s.code).toBe(2);
    expect(s.err).toContain('no section "annex-x"; expected one of: main,');
    const u = await runCli('compare', `${FIX}/harbour-weak.yaml`);
    expect(u.code).toBe(2);
  });
});
