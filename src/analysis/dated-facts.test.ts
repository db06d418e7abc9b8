import { describe, expect, it } from 'vitest';
import { addDuration, isoDay, parseIsoInterval, showInterval } from './dated-facts.js';

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
