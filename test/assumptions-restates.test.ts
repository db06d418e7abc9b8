import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { loadMap } from '../src/io/load.js';
import { keyAssumptions } from '../src/analysis/key-assumptions.js';
import { restatements, restatementsMerged } from '../src/graph/restatements.js';
import { assumptionsText, shortList, SHOWN } from '../src/render/assumptions.js';
import type { Underminer } from '../src/analysis/underminers.js';

const fixture = (name: string) => `test/fixtures/assumptions/${name}.yaml`;
const check = (name: string) => keyAssumptions(loadMap(fixture(name)).map);
const MEMO = 'arguments/soviet-policies-1953.yaml';

describe('key assumptions across restatements', () => {
  it('follows a premise into the support of its restatement, and finds a premise every line needs when one line states it in other words', () => {
    const report = check('restated-premise');
    const c = report.find((r) => r.conclusion === 'c')!;
    // p has no inference of its own; its restatement q rests on e and the unstated warrant w.
    expect(c.assumptions.map((a) => a.id)).toEqual(['w']);
    expect(c.judgements).toEqual(['p']);
    expect(c.evidence).toEqual(['e']);
    expect(c.reconstructed).toBe(true);
    expect(c.restated).toEqual([{ node: 'p', as: ['q'] }]);
    expect(assumptionsText(report)).toContain('also rests on judgements with support of their own: p (= q)\n');
    // c2's two lines rest on k and on k2, the same claim in other words: one premise both lines need.
    const c2 = report.find((r) => r.conclusion === 'c2')!;
    expect(c2.assumptions.map((a) => ({ id: a.id, restatedAs: a.restatedAs }))).toEqual([{ id: 'k', restatedAs: ['k2'] }]);
  });

  it('treats a ring of restatements as one claim and terminates', () => {
    const map = loadMap(fixture('restates-cycle')).map;
    const r = restatements(map);
    expect(r.members('r3')).toEqual(['r1', 'r2', 'r3']);
    expect(new Set(['r1', 'r2', 'r3'].map((id) => r.representative(id)))).toEqual(new Set(['r1']));
    expect(restatementsMerged(map).inferences!.map((i) => [i.premises, i.conclusion])).toEqual([
      [['r1'], 'c'],
      [['e'], 'r1'],
    ]);
    const [c] = keyAssumptions(map);
    expect(c).toMatchObject({ conclusion: 'c', assumptions: [], judgements: ['r1'], evidence: ['e'] });
    expect(c!.challenges).toEqual([{ node: 'x', how: 'attacks', of: 'r1', restatement: 'r2' }]);
  });

  it('keeps apart a claim the map derives in one step from its own restatement', () => {
    const [watch] = keyAssumptions(loadMap('arguments/examples/harbour.yaml').map);
    expect(watch!.conclusion).toBe('watch');
    expect(watch!.assumptions.map((a) => a.id)).toEqual(['closes-8-march']);
  });

  it('names every kind of underminer with its relation and target, in text, Markdown and JSON', async () => {
    const expected: Underminer[] = [
      { node: 'x-attacks', how: 'attacks', target: 'a', on: 'itself' },
      { node: 'x-contradicts', how: 'contradicts', target: 'a', on: 'itself' },
      { node: 'x-restated', how: 'attacks', target: 'a2', on: 'restatement' },
      { node: 'x-use', how: 'undercuts', target: 'i-m', on: 'use' },
      { node: 'x-line', how: 'undercuts', target: 'i-c', on: 'line' },
    ];
    const [c] = check('underminers');
    expect(c!.assumptions.map((a) => a.id)).toEqual(['a']);
    expect(c!.assumptions[0]!.underminedBy).toEqual(expected);
    const text = (await runCli('assumptions', fixture('underminers'))).out;
    expect(text).not.toContain('nothing in the map undermines it');
    expect(text).toContain(
      'undermined by x-attacks (attacks a), x-contradicts (contradicts a), x-restated (attacks its restatement a2), x-use (undercuts inference i-m, which uses it), x-line (undercuts inference i-c, on the line from it to the conclusion)\n',
    );
    const md = (await runCli('assumptions', fixture('underminers'), '--format', 'markdown')).out;
    expect(md).toContain('x-restated (attacks its restatement a2)');
    const json = JSON.parse((await runCli('assumptions', fixture('underminers'), '--format', 'json')).out) as {
      conclusions: { assumptions: { id: string; underminedBy: Underminer[] }[] }[];
    };
    expect(json.conclusions[0]!.assumptions[0]!.underminedBy).toEqual(expected);
  });

  it('shortens long lists in text and Markdown, and JSON keeps them all', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `j${String(i + 1).padStart(2, '0')}`);
    expect(shortList(ids.slice(0, SHOWN))).toBe(ids.slice(0, SHOWN).join(', '));
    const text = (await runCli('assumptions', fixture('long-chain'))).out;
    expect(text).toContain(`also rests on judgements with support of their own: ${ids.slice(0, SHOWN).join(', ')} … and ${12 - SHOWN} more\n`);
    const md = (await runCli('assumptions', fixture('long-chain'), '--format', 'markdown')).out;
    expect(md).toContain(`… and ${12 - SHOWN} more`);
    const json = JSON.parse((await runCli('assumptions', fixture('long-chain'), '--format', 'json')).out) as { conclusions: { judgements: string[] }[] };
    expect(json.conclusions[0]!.judgements).toEqual(ids);
  });

  it('says once that nothing is tagged and nothing is a key assumption, and not when something is', async () => {
    const text = (await runCli('assumptions', fixture('restates-cycle'))).out;
    expect(text.match(/Nothing in the map is tagged key-assumption/g)).toHaveLength(1);
    const json = JSON.parse((await runCli('assumptions', fixture('restates-cycle'), '--format', 'json')).out) as { notes?: string[] };
    expect(json.notes).toHaveLength(1);
    expect((await runCli('assumptions', fixture('underminers'))).out).not.toContain('Nothing in the map is tagged');
    expect((await runCli('assumptions', MEMO)).out).not.toContain('Nothing in the map is tagged');
  });

  it("prints the memorandum's underminers of its tagged presumptions that reader 10 found missing", async () => {
    const report = keyAssumptions(loadMap(MEMO).map);
    const unchanged = report.find((c) => c.conclusion === 'c7-i-assume-unchanged')!;
    // 6's "So little is known" undercuts 5's step from the successors; 3.A(iii)-(iv)'s one redistribution of power
    // (drawn once, on a-iv-secretariat) undercuts C.3's from its composition. Since the twenty-third revision the two
    // steps (and C.3's doctrine) share one continuity premise, which every line needs: a key assumption, listed first.
    const continuity = unchanged.assumptions.find((a) => a.id === 'an-composition-policy')!;
    expect(continuity.underminedBy.map((u) => [u.node, u.target])).toEqual([
      ['p6-so-little-known', 'i-p5-objectives'],
      ['a-iv-secretariat', 'i-c3-unwise'],
    ]);
    const text = (await runCli('assumptions', MEMO)).out;
    expect(text).toContain(
      'undermined by p6-so-little-known (undercuts inference i-p5-objectives, which uses it), a-iv-secretariat (undercuts inference i-c3-unwise, which uses it)',
    );
    expect(text).not.toContain('a-iii-presidium-cut (undercuts');
  });
});
