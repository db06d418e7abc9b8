import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

const set = (hs: string) => `hypothesisSets:\n  - { id: q, question: Why?, hypotheses: [${hs}] }`;

describe('overlapping-hypotheses', () => {
  it('reports a hypothesis that supports another of its set through a chain, and one that restates another', () => {
    const f = findings(
      'overlapping-hypotheses',
      mapYaml({
        extra: set('general, special, twin, rival'),
        nodes: [
          '{ id: general, kind: hypothesis, text: Recession forces a respite }',
          '{ id: special, kind: hypothesis, text: The EDC campaign is a respite tactic }',
          '{ id: step, kind: claim, text: Between }',
          '{ id: twin, kind: hypothesis, text: Economic offensive }',
          '{ id: rival, kind: hypothesis, text: A genuine change of aims }',
        ],
        inferences: ['{ id: i1, premises: [special], conclusion: step }', '{ id: i2, premises: [step], conclusion: general }'],
        relations: ['{ type: restates, from: twin, to: general }'],
      }),
    );
    expect(f.map((x) => [x.messageId, x.nodes])).toEqual([
      ['supports', ['special', 'general']],
      ['restates', ['general', 'twin']],
    ]);
    expect(f[0]!.message).toContain('special ("The EDC campaign is a respite tactic") supports general ("Recession forces a respite")');
  });
  it('reports two hypotheses quoting the same words of one document', () => {
    const f = findings(
      'overlapping-hypotheses',
      mapYaml({
        extra: `documents: [{ id: memo, path: memo.txt }]\n${set('a, b')}`,
        nodes: [
          '{ id: a, kind: hypothesis, text: A, source: { document: memo, locator: p1, quote: the same words } }',
          '{ id: b, kind: hypothesis, text: B, source: { document: memo, locator: p1, quote: the same words } }',
        ],
      }),
    );
    expect(f.map((x) => x.messageId)).toEqual(['sameQuote']);
  });
  it('is silent for rivals, even when a common ground supports both', () => {
    const f = findings(
      'overlapping-hypotheses',
      mapYaml({
        extra: `documents: [{ id: memo, path: memo.txt }]\n${set('a, b')}`,
        nodes: [
          '{ id: a, kind: hypothesis, text: A, source: { document: memo, locator: p1, quote: one thing } }',
          '{ id: b, kind: hypothesis, text: B, source: { document: memo, locator: p1, quote: another } }',
          '{ id: e, kind: evidence, text: E }',
        ],
        inferences: ['{ id: i1, premises: [e], conclusion: a }', '{ id: i2, premises: [e], conclusion: b }'],
      }),
    );
    expect(f).toEqual([]);
  });
});
