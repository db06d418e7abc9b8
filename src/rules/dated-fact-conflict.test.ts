import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('dated-fact-conflict', () => {
  it('reports a congress dated October 1952 in the text and 5-14 October 1953 in a footnote', () => {
    const f = findings(
      'dated-fact-conflict',
      mapYaml({
        nodes: [
          "{ id: p1, kind: evidence, text: The congress of October 1952, dates: [{ event: congress, date: '1952-10', as: October 1952 }] }",
          "{ id: fn1, kind: source, text: 'Editors: congress 5-14 October 1953', author: editors, dates: [{ event: congress, date: '1953-10-05/1953-10-14', as: 5–14 October 1953 }] }",
        ],
        extra: 'authors:\n  - { id: main, name: Author, role: author }\n  - { id: editors, name: Editors, role: editor }',
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.nodes).toEqual(['p1', 'fn1']);
    expect(f[0]!.message).toBe(
      'p1 ("The congress of October 1952") dates congress "October 1952" (1952-10-01/1952-10-31), but fn1 ("Editors: congress 5-14 October 1953") dates it "5–14 October 1953" (1953-10-05/1953-10-14); both cannot be true (about 12 months apart).',
    );
    expect(f[0]!.location.line).toBe(6);
  });
  it('resolves "a year after" against the named event, through chains, and reports the clash', () => {
    const f = findings(
      'dated-fact-conflict',
      mapYaml({
        nodes: [
          "{ id: death, kind: evidence, text: Died March 1953, dates: [{ event: death, date: '1953-03-05' }] }",
          "{ id: conf, kind: evidence, text: Conference April 1952, dates: [{ event: conference, date: '1952-04', as: April 1952 }] }",
          '{ id: later, kind: evidence, text: A year after the death, dates: [{ event: conference, relative: { event: death, offset: P1Y }, as: a year after the death }] }',
        ],
      }),
    );
    expect(f.map((x) => x.nodes)).toEqual([['conf', 'later']]);
    expect(f[0]!.message).toContain('"a year after the death" (1954-03-05, counted from death)');
  });
  it('shows a date given without words once, as its interval', () => {
    const f = findings(
      'dated-fact-conflict',
      mapYaml({
        nodes: [
          "{ id: fn, kind: evidence, text: Ceasefire 27 June 1953, dates: [{ event: armistice, date: '1953-06-27', as: the 27 June 1953 }] }",
          "{ id: rec, kind: evidence, text: Armistice signed 27 July 1953, analyst: true, rationale: Record, dates: [{ event: armistice, date: '1953-07-27' }] }",
        ],
      }),
    );
    expect(f.map((x) => x.message)).toEqual([
      'fn ("Ceasefire 27 June 1953") dates armistice "the 27 June 1953" (1953-06-27), but rec ("Armistice signed 27 July 1953") dates it 1953-07-27; both cannot be true (30 days apart).',
    ]);
  });
  it('is silent when a year-precision date contains a day-precision one', () => {
    const f = findings(
      'dated-fact-conflict',
      mapYaml({
        nodes: [
          "{ id: a, kind: evidence, text: In 1953, dates: [{ event: e, date: '1953' }] }",
          "{ id: b, kind: evidence, text: On 10 April 1953, dates: [{ event: e, date: '1953-04-10' }] }",
          "{ id: c, kind: evidence, text: Week after, dates: [{ event: f, relative: { event: e, offset: P1W } }, { event: f, date: '1953-04-17' }] }",
        ],
      }),
    );
    expect(f).toEqual([]);
  });
  it('reports once a fact at odds with every other fact about its event, naming them, and each clash when no one fact is', () => {
    const f = findings(
      'dated-fact-conflict',
      mapYaml({
        nodes: [
          "{ id: text, kind: evidence, text: The congress of October 1952, dates: [{ event: congress, date: '1952-10', as: October 1952 }] }",
          "{ id: report, kind: evidence, text: The report of last October, dates: [{ event: congress, date: '1952-10', as: last October }] }",
          "{ id: fn, kind: source, text: 'Editors: congress 1953', dates: [{ event: congress, date: '1953-10', as: October 1953 }] }",
          "{ id: x, kind: evidence, text: Talks in 1950, dates: [{ event: talks, date: '1950' }] }",
          "{ id: y, kind: evidence, text: Talks in 1951, dates: [{ event: talks, date: '1951' }] }",
          "{ id: z, kind: evidence, text: Talks in 1952, dates: [{ event: talks, date: '1952' }] }",
        ],
      }),
    );
    expect(f.map((x) => x.nodes)).toEqual([
      ['fn', 'text', 'report'],
      ['x', 'y'],
      ['x', 'z'],
      ['y', 'z'],
    ]);
    expect(f[0]!.message).toBe(
      'fn ("Editors: congress 1953") dates congress "October 1953" (1953-10-01/1953-10-31), against 2 facts that agree with one another: text ("The congress of October 1952") "October 1952" (1952-10-01/1952-10-31); report ("The report of last October") "last October" (1952-10-01/1952-10-31); one date at odds with all the others, reported once.',
    );
    expect(f[0]!.location.line).toBe(5);
  });
});

describe('how far apart two conflicting dates are', () => {
  it('gives days exactly for two single days, and months or years between the middles of spans', async () => {
    const { apart } = await import('./dated-fact-conflict.js');
    const day = (iso: string) => Date.parse(iso) / 86_400_000;
    const one = (iso: string) => ({ start: day(iso), end: day(iso) });
    const span = (a: string, b: string) => ({ start: day(a), end: day(b) });
    expect(apart(one('1953-04-10'), one('1953-04-07'))).toBe('3 days');
    expect(apart(one('1953-04-10'), one('1953-04-09'))).toBe('1 day');
    expect(apart(span('2003-01-01', '2003-12-31'), span('2013-01-01', '2013-12-31'))).toBe('about 10 years');
    expect(apart(span('1952-04-01', '1952-04-30'), one('1954-03-05'))).toBe('about 23 months');
  });
});
