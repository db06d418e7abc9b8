import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';
import { loadMapText } from '../io/load.js';

describe('fact-conflict', () => {
  it('reports each attribute of one event stated two ways, by its own message id, at the later fact', () => {
    const f = findings(
      'fact-conflict',
      mapYaml({
        nodes: [
          '{ id: a, kind: evidence, text: Beria proposed the amnesty, facts: [{ about: amnesty, originator: Beria, count: 1200000 }] }',
          '{ id: b, kind: evidence, text: Malenkov proposed it, facts: [{ about: amnesty, originator: Malenkov, count: 1200000 }] }',
          '{ id: c, kind: claim, text: Said in Berlin, facts: [{ about: speech, where: Berlin, attributedTo: Molotov }] }',
          '{ id: d, kind: claim, text: Said in Moscow, facts: [{ about: speech, where: Moscow, attributedTo: molotov }] }',
        ],
      }),
    );
    expect(f.map((x) => [x.messageId, x.nodes])).toEqual([
      ['originator', ['b', 'a']],
      ['where', ['d', 'c']],
    ]);
    expect(f[0]!.message).toBe(
      'b ("Malenkov proposed it") says whose idea it was for amnesty is "Malenkov", but a ("Beria proposed the amnesty") says "Beria"; both cannot be right.',
    );
    expect(f[0]!.location.line).toBe(4);
  });
  it("reports a clash with an analyst's correction at the text's fact, wherever the two stand in the map", () => {
    const f = findings(
      'fact-conflict',
      mapYaml({
        nodes: [
          '{ id: note, kind: source, text: The editors say the delegate sat at the OECD, facts: [{ about: delegate, where: OECD }] }',
          '{ id: fix, kind: evidence, text: It was the OEEC, analyst: true, rationale: Outside knowledge, facts: [{ about: delegate, where: OEEC }] }',
        ],
      }),
    );
    expect(f.map((x) => x.nodes)).toEqual([['note', 'fix']]);
    expect(f[0]!.message).toMatch(/^note \("The editors say the delegate sat at the OECD"\) says where it happened for delegate is "OECD", but fix/);
    expect(f[0]!.location.line).toBe(3);
  });
  it('is silent for agreeing facts, facts about different events, and different attributes', () => {
    const f = findings(
      'fact-conflict',
      mapYaml({
        nodes: [
          '{ id: a, kind: evidence, text: A, facts: [{ about: congress, where: Moscow, agent: The party }] }',
          '{ id: b, kind: evidence, text: B, facts: [{ about: congress, where: " moscow ", count: 1192 }] }',
          '{ id: c, kind: evidence, text: C, facts: [{ about: plenum, where: Leningrad }] }',
        ],
      }),
    );
    expect(f).toEqual([]);
  });
  it('refuses a count that is not a whole number, at its line and column', () => {
    expect(() => loadMapText(mapYaml({ nodes: ['{ id: a, kind: evidence, text: A, facts: [{ about: x, count: 2.5 }] }'] }), 'map.yaml')).toThrow(/map\.yaml:3:\d+: error: .*count/);
  });
});
