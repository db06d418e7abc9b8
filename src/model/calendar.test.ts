import { describe, expect, it } from 'vitest';
import { addDuration, calendarDate, dateParts, dateProblem, dayNumber, isoDay } from './calendar.js';

const problem = (s: string) => dateProblem(dateParts(s)!);

describe('calendar arithmetic without Date', () => {
  it('agrees with Date on every day from 1896 to 2104 (1900 and 2100 not leap years, 2000 one), both ways', () => {
    const first = Date.UTC(1896, 0, 1) / 86_400_000;
    const last = Date.UTC(2104, 11, 31) / 86_400_000;
    let mismatches = 0;
    for (let day = first; day <= last; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      if (isoDay(day) !== iso || dayNumber(y, m, d) !== day) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('keeps years below 100 as written (Date.UTC reads 53 as 1953)', () => {
    expect(isoDay(dayNumber(53, 3, 5))).toBe('0053-03-05');
    expect(dayNumber(1953, 3, 5) - dayNumber(53, 3, 5)).toBe(693_960);
    expect(calendarDate(dayNumber(0, 2, 29))).toEqual({ y: 0, m: 2, d: 29 });
  });

  it('writes years past 9999 and before 0000 in the expanded form instead of throwing', () => {
    expect(isoDay(dayNumber(9999, 12, 31) + 1)).toBe('+010000-01-01');
    expect(isoDay(dayNumber(0, 1, 1) - 1)).toBe('-000001-12-31');
    expect(isoDay(1e12)).toMatch(/^\+\d{9,}-\d{2}-\d{2}$/);
  });

  it('names impossible dates and accepts real ones', () => {
    expect(problem('1953-13-45')).toBe('there is no month 13');
    expect(problem('0000-00-00')).toBe('there is no month 00');
    expect(problem('1953-02-30')).toBe('February 1953 has days 01 to 28');
    expect(problem('1953-02-29')).toBe('1953 is not a leap year, so February has 28 days');
    expect(problem('1900-02-29')).toBe('1900 is not a leap year, so February has 28 days');
    expect(problem('2000-02-29')).toBeUndefined();
    expect(problem('1952-02-29')).toBeUndefined();
    expect(problem('1953-04-31')).toBe('April 1953 has days 01 to 30');
    expect(problem('0000')).toBeUndefined();
  });

  it('adds offsets up to 10,000 years and refuses longer ones rather than throwing', () => {
    const start = dayNumber(1953, 3, 5);
    expect(isoDay(addDuration(start, 'P10000Y')!)).toBe('+011953-03-05');
    expect(isoDay(addDuration(start, '-P10000Y')!)).toBe('-008047-03-05');
    expect(addDuration(start, 'P300000Y')).toBeUndefined();
    expect(addDuration(start, `P${'9'.repeat(400)}D`)).toBeUndefined();
    expect(addDuration(start, 'P9999Y12M1D')).toBeUndefined();
    expect(addDuration(Number.MAX_VALUE, 'P1D')).toBeUndefined();
  });
});
