import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

const AUTHORS = 'authors:\n  - { id: jic, name: The assessment staff, role: author }\n  - { id: editors, name: the editors, role: editor }';

describe('borrowed-support', () => {
  it("reports an editors' footnote drawn as a premise of the author's claim, at the inference", () => {
    const f = findings(
      'borrowed-support',
      mapYaml({
        extra: AUTHORS,
        nodes: [
          "{ id: fn15, kind: evidence, text: 'Editors: the 1950 treaty gave China credit', author: editors }",
          '{ id: mine, kind: evidence, text: China fights in Korea }',
          '{ id: claim, kind: claim, text: China depends on Soviet aid }',
        ],
        inferences: ['{ id: i1, premises: [mine, fn15], conclusion: claim }'],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.nodes).toEqual(['claim', 'fn15']);
    expect(f[0]!.message).toBe(
      'claim ("China depends on Soviet aid"), the author\'s judgement, is supported by fn15 ("Editors: the 1950 treaty gave China credit"), which the editors wrote, not the author; the author never gave that reason.',
    );
    expect(f[0]!.location.line).toBe(10);
  });
  it("is silent for the analyst's own inference and for support among the editors' notes", () => {
    const f = findings(
      'borrowed-support',
      mapYaml({
        extra: AUTHORS,
        nodes: [
          "{ id: fn1, kind: evidence, text: 'Editors: a date', author: editors }",
          "{ id: fn2, kind: claim, text: 'Editors: a reading', author: editors }",
          '{ id: claim, kind: claim, text: A judgement }',
        ],
        inferences: ['{ id: i1, premises: [fn1], conclusion: fn2 }', '{ id: i2, premises: [fn1], conclusion: claim, analyst: true, rationale: The reader adds this }'],
      }),
    );
    expect(f).toEqual([]);
  });
});
