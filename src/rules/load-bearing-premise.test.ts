import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

const run = (nodes: string[], inferences: string[]) => findings('load-bearing-premise', mapYaml({ nodes, inferences }));
// A conclusion on evidence and a stated warrant, and a second conclusion on the first and the upper warrant given.
const layered = (upperWarrant: string) =>
  run(
    [
      '{ id: e, kind: evidence, text: A report }',
      '{ id: w1, kind: premise, text: Lower warrant }',
      '{ id: first, kind: conclusion, text: First step }',
      upperWarrant,
      '{ id: then, kind: conclusion, text: Then this }',
    ],
    ['{ id: i1, premises: [e, w1], conclusion: first }', '{ id: i2, premises: [first, w2], conclusion: then }'],
  );

describe('load-bearing-premise', () => {
  it('names the underived premise every line of support needs, not the judgement that has support of its own', () => {
    const f = run(
      [
        '{ id: e1, kind: evidence, text: First report }',
        '{ id: e2, kind: evidence, text: Second report }',
        '{ id: key, kind: premise, text: The key assumption }',
        '{ id: mid, kind: claim, text: Middle judgement }',
        '{ id: rec, kind: conclusion, text: Do this }',
      ],
      ['{ id: i1, premises: [e1], conclusion: mid }', '{ id: i2, premises: [e2], conclusion: mid }', '{ id: i3, premises: [mid, key], conclusion: rec }'],
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.nodes).toEqual(['rec', 'key']);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.message).toBe(
      'Conclusion rec ("Do this") rests on 1 key assumption that no inference in the map supports: key ("The key assumption"); if it fails, the conclusion loses its support.',
    );
  });

  it('reports a single long chain once, by its underived premises, and marks the unstated one', () => {
    const f = run(
      [
        '{ id: rec, kind: conclusion, text: Do this }',
        '{ id: x1, kind: claim, text: Step one }',
        '{ id: x2, kind: claim, text: Step two }',
        '{ id: x3, kind: claim, text: Step three }',
        '{ id: e, kind: evidence, text: A report }',
        '{ id: w1, kind: premise, text: First warrant }',
        '{ id: w2, kind: premise, text: Second warrant, analyst: true, rationale: implied }',
      ],
      [
        '{ id: i0, premises: [x1], conclusion: rec }',
        '{ id: i1, premises: [x2, w1], conclusion: x1 }',
        '{ id: i2, premises: [x3], conclusion: x2 }',
        '{ id: i3, premises: [e, w2], conclusion: x3 }',
      ],
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.nodes).toEqual(['rec', 'w1', 'w2']);
    expect(f[0]!.message).toContain('rests on 2 key assumptions that no inference in the map supports: w1 ("First warrant"), unstated w2 ("Second warrant"); if any fails');
  });

  it('names a premise that two lines of support share: they are not independent', () => {
    const f = run(
      [
        '{ id: e1, kind: evidence, text: One }',
        '{ id: e2, kind: evidence, text: Two }',
        '{ id: w, kind: premise, text: Shared warrant }',
        '{ id: rec, kind: conclusion, text: Do this }',
      ],
      ['{ id: i1, premises: [e1, w], conclusion: rec }', '{ id: i2, premises: [e2, w], conclusion: rec }'],
    );
    expect(f.map((x) => x.nodes)).toEqual([['rec', 'w']]);
  });

  it("names another conclusion it rests on once, leaving that conclusion's assumptions to its own finding", () => {
    const f = layered('{ id: w2, kind: premise, text: Upper warrant }');
    expect(f.map((x) => x.nodes)).toEqual([
      ['first', 'w1'],
      ['then', 'w2', 'first'],
    ]);
    expect(f[1]!.message).toContain(
      'key assumption that no inference in the map supports: w2 ("Upper warrant"); if it fails, the conclusion loses its support. It also rests on first ("First step"), whose own assumptions are reported there.',
    );
  });

  it('leaves out a premise the map says needs no grounds, and is silent when nothing else is assumed', () => {
    const truism = "{ id: t, kind: claim, text: Policy depends on success, suppress: [{ rule: unsupported-conclusion, reason: 'a truism' }] }";
    const nodes = ['{ id: e, kind: evidence, text: A report }', truism, '{ id: w, kind: premise, text: A warrant }', '{ id: rec, kind: conclusion, text: Do this }'];
    expect(run(nodes, ['{ id: i, premises: [e, t, w], conclusion: rec }']).map((x) => x.nodes)).toEqual([['rec', 'w']]);
    expect(run(nodes, ['{ id: i, premises: [e, t], conclusion: rec }'])).toEqual([]);
  });

  it('aggregates a long list into one finding naming the count', () => {
    const ws = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const f = run(
      [...ws.map((w) => `{ id: ${w}, kind: premise, text: Warrant ${w} }`), '{ id: rec, kind: conclusion, text: Do this }'],
      [`{ id: i, premises: [${ws.join(', ')}], conclusion: rec }`],
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('rests on 7 key assumptions');
    expect(f[0]!.message).toContain('e ("Warrant e") and 2 more;');
  });

  it('is silent when two independent lines support the conclusion, or when all it needs is evidence and supported judgements', () => {
    expect(
      run(
        ['{ id: e1, kind: evidence, text: One }', '{ id: e2, kind: evidence, text: Two }', '{ id: rec, kind: conclusion, text: Do this }'],
        ['{ id: i1, premises: [e1], conclusion: rec }', '{ id: i2, premises: [e2], conclusion: rec }'],
      ),
    ).toEqual([]);
    expect(
      run(
        ['{ id: e1, kind: evidence, text: One }', '{ id: e2, kind: evidence, text: Two }', '{ id: mid, kind: claim, text: Mid }', '{ id: rec, kind: conclusion, text: Do this }'],
        ['{ id: i1, premises: [e1], conclusion: mid }', '{ id: i2, premises: [e2], conclusion: mid }', '{ id: i3, premises: [mid], conclusion: rec }'],
      ),
    ).toEqual([]);
  });

  it("says the named assumptions are the analyst's reconstruction when every one is unstated, and not when one is the author's", () => {
    const nodes = [
      '{ id: e, kind: evidence, text: A report }',
      '{ id: u1, kind: premise, text: First reading, analyst: true, rationale: implied }',
      '{ id: u2, kind: premise, text: Second reading, analyst: true, rationale: implied }',
      '{ id: w, kind: premise, text: A stated warrant }',
      '{ id: rec, kind: conclusion, text: Do this }',
    ];
    const unstated = run(nodes, ['{ id: i, premises: [e, u1, u2], conclusion: rec }']);
    expect(unstated).toHaveLength(1);
    expect(unstated[0]!.message).toBe(
      'Conclusion rec ("Do this") rests on 2 key assumptions that the text does not state and no inference in the map supports: unstated u1 ("First reading"), unstated u2 ("Second reading"); they are the analyst\'s reconstruction of what the argument needs, not the author\'s words: if any fails, the conclusion as reconstructed loses its support.',
    );
    const one = run(nodes, ['{ id: i, premises: [e, u1], conclusion: rec }']);
    expect(one[0]!.message).toContain("; it is the analyst's reconstruction");
    const mixed = run(nodes, ['{ id: i, premises: [e, u1, w], conclusion: rec }']);
    expect(mixed[0]!.message).not.toContain('reconstruction');
    expect(mixed[0]!.message).toContain('unstated u1 ("First reading"), w ("A stated warrant"); if any fails, the conclusion loses its support.');
  });

  it('keeps the reconstruction note when the conclusion also rests on another conclusion', () => {
    const f = layered('{ id: w2, kind: premise, text: A reading, analyst: true, rationale: implied }');
    expect(f[0]!.message).not.toContain('reconstruction');
    expect(f[1]!.message).toContain("it is the analyst's reconstruction of what the argument needs, not the author's words");
    expect(f[1]!.message).toContain('It also rests on first ("First step")');
  });

  it('reads a restated conclusion as one claim: an assumption of one route is not named when the restatement has a route without it', () => {
    const nodes = [
      '{ id: e1, kind: evidence, text: A report }',
      '{ id: key, kind: premise, text: The summary route warrant }',
      '{ id: e2, kind: evidence, text: An annex report }',
      '{ id: w2, kind: premise, text: The annex route warrant }',
      '{ id: rec, kind: conclusion, text: Do this }',
      '{ id: rec2, kind: conclusion, text: Do this as the annex says }',
    ];
    const inferences = ['{ id: i1, premises: [e1, key], conclusion: rec }', '{ id: i2, premises: [e2, w2], conclusion: rec2 }'];
    const apart = run(nodes, inferences);
    expect(apart.map((f) => f.nodes)).toEqual([
      ['rec', 'key'],
      ['rec2', 'w2'],
    ]);
    const restated = findings('load-bearing-premise', mapYaml({ nodes, inferences, relations: ['{ type: restates, from: rec2, to: rec }'] }));
    expect(restated).toEqual([]);
    // What both routes share is still named, once for the judgement said twice, on the first of its statements.
    const shared = findings(
      'load-bearing-premise',
      mapYaml({
        nodes: [...nodes, '{ id: both, kind: premise, text: What both routes take for granted }'],
        inferences: ['{ id: i1, premises: [e1, key, both], conclusion: rec }', '{ id: i2, premises: [e2, w2, both], conclusion: rec2 }'],
        relations: ['{ type: restates, from: rec2, to: rec }'],
      }),
    );
    expect(shared.map((f) => f.nodes)).toEqual([['rec', 'rec2', 'both']]);
    expect(shared[0]!.message).toMatch(/^Conclusion rec \("Do this"\), restated as rec2 \("Do this as the annex says"\) rests on 1 key assumption/);
  });
});
