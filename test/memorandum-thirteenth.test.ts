import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadMap } from '../src/io/load.js';
import { checkMap } from '../src/rules/index.js';

// Pins the thirteenth revision of the memorandum's map (independent reader 11's points applied so far): each test
// names the passage the map must not misstate.
const loaded = loadMap('arguments/soviet-policies-1953.yaml');
const { map } = loaded;
const relations = map.relations ?? [];
const node = (id: string) => map.nodes.find((n) => n.id === id)!;

describe('the memorandum map, re-read an eleventh time', () => {
  // 2: "While all this suggested the possibility of new purges, there was no atmosphere of tension in Moscow comparable
  // with that of the thirties": "While" grants the suggestion and weighs against the purge itself.
  it("aims 2's 'no atmosphere of tension' at the mass purge, not at the suggestion the text affirms", () => {
    const against = relations.filter((r) => r.from === 'p2-no-tension' && (r.type === 'attacks' || r.type === 'contradicts'));
    expect(against.map((r) => r.to)).toEqual(['an-p2-mass-purge']);
    expect(relations.filter((r) => r.to === 'p2-possible-purges' && r.type === 'attacks')).toEqual([]);
    // Both answers on the scale account for the signs (since the fourteenth revision, reader 13: drawn as explaining
    // the signs themselves, and neither the analyst's hypothesis a ground of what the text affirms).
    expect(map.inferences!.some((i) => i.conclusion === 'p2-possible-purges' && i.premises.some((p) => p.startsWith('an-p2-')))).toBe(false);
    const explained = (h: string) => relations.filter((r) => r.type === 'explains' && r.from === h).map((r) => r.to);
    expect(explained('an-p2-mass-purge')).toEqual(['p1-doctors-plot', 'p1-vigilance-external']);
    expect(explained('an-p2-drive-short-of-purge')).toEqual(['p1-discipline-measures', 'p1-doctors-plot']);
    // The suggestion stands, so grounded semantics does not reject it.
    expect(checkMap(loaded).filter((f) => f.rule === 'unaccepted-claim' && f.nodes[0] === 'p2-possible-purges')).toEqual([]);
  });

  // A rationale a student follows must find what it names.
  it("says what C.3's general rule is measured against now: one undercut, and a finding only under a tighter margin", () => {
    const why = node('an-composition-policy').rationale!;
    expect(why).not.toContain('those two undercuts');
    expect(why).toContain('a-iv-secretariat');
  });

  it('quotes the text, not a word it does not use, and counts its readings', () => {
    const readme = readFileSync('README.md', 'utf8');
    const text = readFileSync('arguments/sources/soviet-policies-1953.txt', 'utf8');
    expect(text).not.toMatch(/portend/);
    expect(readme).not.toMatch(/"portended"/);
    // The count grows with each reading; pinned exactly in the newest reading's file.
    expect(readme).toMatch(/(eighteen|nineteen|twenty|twenty-two|twenty-three) independent readings/);
    expect(readme).not.toMatch(/¶6 makes i\s+sufficient/);
  });

  // "X, but Y": the text grants X and holds Y the stronger. Drawn as an attack it outweighs, which defeats nothing.
  it('draws the concessions of C.3, C.5 (twice) and 6 as attacks the text outweighs, and none of them defeats its target', () => {
    const conceded = relations.filter((r) => r.outweighed).map((r) => `${r.from} -> ${r.to}`);
    expect(conceded).toEqual([
      'c2-new-approach -> c3-objectives-unchanged',
      'c5-prestige-missing -> c5-no-radical-change',
      'c5-china-harder -> c5-no-weakening',
      'p6-no-active-challenge -> p6-carrot-stick',
    ]);
    const findings = checkMap(loaded);
    for (const target of ['c3-objectives-unchanged', 'c5-no-radical-change', 'c5-no-weakening', 'p6-carrot-stick'])
      expect(findings.filter((f) => (f.rule === 'unaccepted-claim' || f.rule === 'explicit-contradiction') && f.nodes.includes(target))).toEqual([]);
    // 6's concession is no longer an orphan kept by a suppression whose reason said the text draws nothing from it.
    expect(node('p6-no-active-challenge').suppress ?? []).toEqual([]);
    expect(findings.filter((f) => f.rule === 'orphan-node' && f.nodes[0] === 'p6-no-active-challenge')).toEqual([]);
  });
});
