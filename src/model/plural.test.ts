import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from './plural.js';

describe('plural', () => {
  it('counts a word: the singular for exactly one, else the plural, zero included', () => {
    expect([0, 1, 2].map((n) => plural(n, 'step'))).toEqual(['0 steps', '1 step', '2 steps']);
    expect(plural(1, 'I-node')).toBe('1 I-node');
    expect(plural(12, 'I-node')).toBe('12 I-nodes');
  });

  it('gives the field’s Greek plurals and leaves evidence uncounted', () => {
    expect(pluralWord('hypothesis', 2)).toBe('hypotheses');
    expect(pluralWord('hypothesis', 1)).toBe('hypothesis');
    expect(pluralWord('bias', 3)).toBe('biases');
    expect(plural(2, 'box')).toBe('2 boxes');
    expect(plural(2, 'match')).toBe('2 matches');
    expect(plural(3, 'evidence')).toBe('3 evidence');
    expect(plural(1, 'key judgement')).toBe('1 key judgement');
    expect(plural(4, 'key judgement')).toBe('4 key judgements');
  });
});
