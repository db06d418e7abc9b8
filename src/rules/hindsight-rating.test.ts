import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';
import { loadMapText } from '../io/load.js';

const HEAD = [
  'documents:',
  '  - { id: memo, path: memo.txt, date: "1953-06" }',
  '  - { id: history, path: history.txt, date: "1991" }',
  'authors:',
  '  - { id: main, name: The memorandum, role: author }',
  '  - { id: editors, name: The editors, role: editor, date: "2015" }',
  'hypothesisSets:',
  '  - id: q',
  '    question: Why the détente?',
  '    hypotheses: [h1, h2]',
  '    evidence: [then, note, archive, purge, soon]',
  '    ratings:',
  '      - { evidence: then, hypothesis: h1, rating: I }',
  '      - { evidence: note, hypothesis: h1, rating: II }',
  '      - { evidence: note, hypothesis: h2, rating: C }',
  '      - { evidence: archive, hypothesis: h2, rating: I }',
  '      - { evidence: purge, hypothesis: h1, rating: C }',
  '      - { evidence: soon, hypothesis: h1, rating: C }',
].join('\n');
const NODES = [
  '{ id: h1, kind: hypothesis, text: Internal priorities, source: { document: memo, locator: "5", quote: internal } }',
  '{ id: h2, kind: hypothesis, text: Western strength, source: { document: memo, locator: "5", quote: western } }',
  '{ id: then, kind: evidence, text: Courtesy before the death, dates: [{ event: courtesy, date: "1953-02" }] }',
  '{ id: note, kind: evidence, text: The editors explain, author: editors }',
  '{ id: archive, kind: evidence, text: The archives show, source: { document: history, locator: "1", quote: show } }',
  '{ id: purge, kind: evidence, text: Beria arrested, dates: [{ event: beria-arrest, date: "1953-06-26" }] }',
  '{ id: soon, kind: evidence, text: Later that month, dates: [{ event: later, date: "1953-07" }] }',
];

describe('hindsight-rating', () => {
  it('reports rows by a later author, from a later document, or reporting a later event, once each with their ratings', () => {
    const f = findings('hindsight-rating', mapYaml({ extra: HEAD, nodes: NODES }));
    expect(f.map((x) => x.nodes[0])).toEqual(['note', 'archive', 'soon']);
    expect(f[0]!.message).toBe(
      'Hypothesis set q rates note ("The editors explain") (II against h1, C against h2), but it was written by The editors in 2015, after the assessment (1953-06): hindsight its authors did not have; drop the row or rate it in a set that judges the assessment afterwards.',
    );
    expect(f[1]!.message).toContain('its source history is dated 1991');
    expect(f[2]!.message).toContain('it reports later on 1953-07');
  });
  it('is silent for a map whose documents carry no date', () => {
    const f = findings(
      'hindsight-rating',
      mapYaml({
        extra: HEAD.replace(', date: "1953-06"', '').replace('  - { id: history, path: history.txt, date: "1991" }\n', ''),
        nodes: NODES.map((n) => n.replace(/source: \{ document: history[^}]*\}, /, '').replace(', source: { document: history, locator: "1", quote: show }', '')),
      }),
    );
    expect(f.map((x) => x.nodes[0])).toEqual([]);
  });
  it("needs an author's date to be on the calendar, refused at its line and column", () => {
    expect(() => loadMapText(mapYaml({ extra: HEAD.replace('date: "2015"', 'date: "1953-02-30"'), nodes: NODES }), 'map.yaml')).toThrow(
      /map\.yaml:7:\d+: error: date "1953-02-30" is not on the calendar/,
    );
  });
});
