import { describe, expect, it } from 'vitest';
import { addDuration, analyseDates, isoDay, parseIsoInterval, showInterval } from './dated-facts.js';
import type { ArgumentMap, DatedFact } from '../model/types.js';

const day = (iso: string) => parseIsoInterval(iso)!.start;

describe('dated facts', () => {
  it('reads year, month, day and range precision as intervals of days', () => {
    expect(showInterval(parseIsoInterval('1953')!)).toBe('1953-01-01/1953-12-31');
    expect(showInterval(parseIsoInterval('1952-02')!)).toBe('1952-02-01/1952-02-29');
    expect(showInterval(parseIsoInterval('1953-10-05/1953-10-14')!)).toBe('1953-10-05/1953-10-14');
    expect(showInterval(parseIsoInterval('1946/1953')!)).toBe('1946-01-01/1953-12-31');
    expect(parseIsoInterval('1953-10-14/1953-10-05')).toBeUndefined();
  });
  it('adds durations by the calendar, clamping the day of month, and subtracts negative ones', () => {
    expect(isoDay(addDuration(day('1953-03-05'), 'P1Y')!)).toBe('1954-03-05');
    expect(isoDay(addDuration(day('1953-01-31'), 'P1M')!)).toBe('1953-02-28');
    expect(isoDay(addDuration(day('1953-03-05'), 'P2W')!)).toBe('1953-03-19');
    expect(isoDay(addDuration(day('1953-03-05'), '-P1Y2M3D')!)).toBe('1952-01-02');
  });
});

describe('dated facts on maps the loader would refuse', () => {
  const map = (dates: DatedFact[]): ArgumentMap => ({ title: 't', nodes: [{ id: 'a', kind: 'evidence', text: 'x', dates }] });

  it('never throws on offsets past the calendar or impossible dates, and never rolls them over', () => {
    const facts: DatedFact[] = [
      { event: 'congress', date: '1953-02' },
      { event: 'congress', date: '1953-02-30' },
      { event: 'later', relative: { event: 'congress', offset: 'P300000Y' } },
      { event: 'later', relative: { event: 'congress', offset: `P${'9'.repeat(400)}D` } },
      { event: 'later', relative: { event: 'congress', offset: '-P10000Y' } },
    ];
    const result = analyseDates(map(facts));
    // 1953-02-30 used to become 2 March and conflict with "February 1953".
    expect(result.conflicts).toEqual([]);
    expect(result.byEvent.get('congress')!.map((f) => showInterval(f.interval))).toEqual(['1953-02-01/1953-02-28']);
    expect(result.byEvent.get('later')!.map((f) => showInterval(f.interval))).toEqual(['-008047-02-01/-008047-02-28']);
    expect(result.undated.map((u) => u.fact.relative!.offset)).toEqual(['P300000Y', `P${'9'.repeat(400)}D`]);
  });
});
