/**
 * The proleptic Gregorian calendar in whole days, by integer arithmetic. JavaScript's Date is not used:
 * it reads years 0–99 as 1900–1999, rolls impossible dates over (1953-02-30 becomes 2 March) and throws
 * beyond ±273,790 years, and map dates must do none of these.
 */

/** A relative date may reach at most this far from its event; further is refused when the map is read. */
export const MAX_OFFSET_YEARS = 10_000;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_PER_YEAR = 365.2425;

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export const daysInMonth = (y: number, m: number) => (m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]!);

/** Days from 0000-01-01 to 1 January of year y (year 0 is a leap year; works for negative years too). */
function daysBeforeYear(y: number): number {
  const p = y - 1;
  return 365 * y + Math.floor(p / 4) - Math.floor(p / 100) + Math.floor(p / 400) + 1;
}

const EPOCH = daysBeforeYear(1970);

function daysBeforeMonth(y: number, m: number): number {
  let n = 0;
  for (let k = 1; k < m; k++) n += daysInMonth(y, k);
  return n;
}

/** Day number (days since 1970-01-01) of a calendar date; month and day must exist (see dateProblem). */
export function dayNumber(y: number, m: number, d: number): number {
  return daysBeforeYear(y) + daysBeforeMonth(y, m) + d - 1 - EPOCH;
}

/** The calendar date of a day number. */
export function calendarDate(day: number): { y: number; m: number; d: number } {
  const n = day + EPOCH;
  let y = Math.floor(n / DAYS_PER_YEAR);
  while (daysBeforeYear(y) > n) y--;
  while (daysBeforeYear(y + 1) <= n) y++;
  let rest = n - daysBeforeYear(y);
  let m = 1;
  while (rest >= daysInMonth(y, m)) rest -= daysInMonth(y, m++);
  return { y, m, d: rest + 1 };
}

/** ISO 8601 text of a day number; years outside 0000–9999 in the expanded form (+010000-01-01). */
export function isoDay(day: number): string {
  const { y, m, d } = calendarDate(day);
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : `${y < 0 ? '-' : '+'}${String(Math.abs(y)).padStart(6, '0')}`;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** One date of the map's ISO form (1953, 1953-03, 1953-03-05), read but not yet checked against the calendar. */
export interface DateParts {
  y: number;
  m?: number;
  d?: number;
}

export function dateParts(s: string): DateParts | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!match) return undefined;
  return { y: Number(match[1]), ...(match[2] ? { m: Number(match[2]) } : {}), ...(match[3] ? { d: Number(match[3]) } : {}) };
}

/** Why a date of the map's form names no day of the calendar, or undefined when it does. */
export function dateProblem({ y, m, d }: DateParts): string | undefined {
  if (m === undefined) return undefined;
  if (m < 1 || m > 12) return `there is no month ${String(m).padStart(2, '0')}`;
  if (d === undefined) return undefined;
  const last = daysInMonth(y, m);
  if (d >= 1 && d <= last) return undefined;
  if (m === 2 && d === 29) return `${y} is not a leap year, so February has 28 days`;
  return `${MONTH_NAMES[m - 1]} ${String(y).padStart(4, '0')} has days 01 to ${last}`;
}

/**
 * The first or last day a date of the map's form stands for (1953 runs from 1 January to 31 December);
 * undefined when it is not of that form or names no calendar day.
 */
export function boundDay(s: string, which: 'start' | 'end'): number | undefined {
  const p = dateParts(s);
  if (!p || dateProblem(p) !== undefined) return undefined;
  const { y, m, d } = p;
  if (m === undefined) return which === 'start' ? dayNumber(y, 1, 1) : dayNumber(y, 12, 31);
  return dayNumber(y, m, d ?? (which === 'start' ? 1 : daysInMonth(y, m)));
}

/** An ISO 8601 duration of the map's form (P1Y2M3W4D, optionally negative). */
export interface Duration {
  sign: 1 | -1;
  years: number;
  months: number;
  weeks: number;
  days: number;
}

export function parseDuration(s: string): Duration | undefined {
  const m = /^(-)?P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(s);
  if (!m) return undefined;
  return { sign: m[1] ? -1 : 1, years: Number(m[2] ?? 0), months: Number(m[3] ?? 0), weeks: Number(m[4] ?? 0), days: Number(m[5] ?? 0) };
}

/** How many years a duration spans, roughly (months and days as average lengths); Infinity for absurd digits. */
export function durationYears(t: Duration): number {
  return t.years + t.months / 12 + (t.weeks * 7 + t.days) / DAYS_PER_YEAR;
}

/**
 * Adds a duration to a day number, months by the calendar with the day of month clamped (31 January +
 * 1 month is the last day of February), then weeks and days. Undefined for durations past the limit.
 */
export function addDuration(day: number, duration: string): number | undefined {
  const t = parseDuration(duration);
  if (!t || !(durationYears(t) <= MAX_OFFSET_YEARS) || !Number.isSafeInteger(day)) return undefined;
  const { y, m, d } = calendarDate(day);
  const monthIndex = y * 12 + (m - 1) + t.sign * (t.years * 12 + t.months);
  const ny = Math.floor(monthIndex / 12);
  const nm = monthIndex - ny * 12 + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm))) + t.sign * (t.weeks * 7 + t.days);
}
