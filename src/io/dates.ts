import { MAX_OFFSET_YEARS, boundDay, dateParts, dateProblem, durationYears, parseDuration } from '../model/calendar.js';
import { showValue } from './diagnostics.js';

/**
 * Calendar checks on the dates a map gives. The schema's pattern admits 1953-02-30 and 29 February of any
 * year; left in, such a date would roll over to another day and the date rules would report conflicts the
 * text never made. Each function returns the message for a bad value, or undefined.
 */

/** Why a date or range of digits in the map's form names no calendar day (e.g. "there is no month 13"). */
export function offCalendar(date: string): string | undefined {
  for (const end of date.split('/')) {
    const parts = dateParts(end);
    const why = parts && dateProblem(parts);
    if (why) return why;
  }
  return undefined;
}

/** A date or range of the schema's form that names no calendar day, or a range that ends before it starts. */
export function calendarDateProblem(date: string): string | undefined {
  const why = offCalendar(date);
  if (why) return `date ${showValue(date)} is not on the calendar (${why}); expected a real date such as 1953-03-05`;
  const ends = date.split('/');
  if (ends.length === 2 && boundDay(ends[1]!, 'end')! < boundDay(ends[0]!, 'start')!) return `date range ${showValue(date)} ends before it starts; expected start/end`;
  return undefined;
}

/** An offset past MAX_OFFSET_YEARS: no text dates an event that far from another, and day arithmetic stays exact. */
export function offsetProblem(offset: string): string | undefined {
  const t = parseDuration(offset);
  if (!t) return undefined;
  if (durationYears(t) <= MAX_OFFSET_YEARS) return undefined;
  return `offset ${showValue(offset)} reaches more than ${MAX_OFFSET_YEARS} years from its event; expected at most P${MAX_OFFSET_YEARS}Y`;
}
