import { describe, expect, it } from 'vitest';
import { findings, mapYaml } from './fixtures/run.js';

describe('undated-relative-event', () => {
  it('warns about a date counted from an event no node dates', () => {
    const f = findings(
      'undated-relative-event',
      mapYaml({
        nodes: ['{ id: a, kind: evidence, text: Later on, dates: [{ event: talks, relative: { event: armistice, offset: P2W }, as: two weeks after the armistice }] }'],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toBe(
      'a ("Later on") dates talks relative to armistice ("two weeks after the armistice"), but no node gives armistice a date, so the date cannot be checked.',
    );
  });
  it('is silent once the event is dated, even through another relative date', () => {
    const f = findings(
      'undated-relative-event',
      mapYaml({
        nodes: [
          '{ id: a, kind: evidence, text: Later on, dates: [{ event: talks, relative: { event: armistice, offset: P2W } }] }',
          '{ id: b, kind: evidence, text: Armistice, dates: [{ event: armistice, relative: { event: death, offset: P4M } }] }',
          "{ id: c, kind: evidence, text: Death, dates: [{ event: death, date: '1953-03-05' }] }",
        ],
      }),
    );
    expect(f).toEqual([]);
  });
});
