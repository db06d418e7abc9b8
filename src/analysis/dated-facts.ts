import type { ArgumentMap, DatedFact } from '../model/types.js';

/**
 * Dated facts as intervals of days, with relative dates resolved against the events they name, and
 * the conflicts between facts about one event. A date at year precision stands for the whole year
 * (1953 → 1 January–31 December 1953), at month precision for the whole month; a range runs from the
 * start of its first date to the end of its last. Two facts about one event conflict when their
 * intervals do not overlap: no single day could make both true.
 */

/** Days since 1970-01-01, inclusive bounds. */
export interface Interval {
  start: number;
  end: number;
}

export interface PlacedFact {
  fact: DatedFact;
  node: string;
  nodeIndex: number;
  dateIndex: number;
  interval: Interval;
  /** For a resolved relative date: the event it was counted from. */
  from?: string;
}

export interface DateConflict {
  event: string;
  a: PlacedFact;
  b: PlacedFact;
}

export interface UndatedReference {
  fact: DatedFact;
  node: string;
  nodeIndex: number;
  dateIndex: number;
}

export interface DateAnalysis {
  /** Every fact with an interval, by event, in map order. */
  byEvent: Map<string, PlacedFact[]>;
  conflicts: DateConflict[];
  /** Relative dates whose event is never given a date (directly or through other relative dates). */
  undated: UndatedReference[];
}

const DAY = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / DAY);

function parseBound(s: string, which: 'start' | 'end'): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[3] !== undefined) return dayOf(y, Number(m[2]), Number(m[3]));
  if (m[2] !== undefined) return which === 'start' ? dayOf(y, Number(m[2]), 1) : dayOf(y, Number(m[2]) + 1, 1) - 1;
  return which === 'start' ? dayOf(y, 1, 1) : dayOf(y + 1, 1, 1) - 1;
}

/** The interval an ISO date or range stands for; undefined if it does not parse. */
export function parseIsoInterval(date: string): Interval | undefined {
  const [first, second] = date.split('/');
  const start = parseBound(first!, 'start');
  const end = parseBound(second ?? first!, 'end');
  if (start === undefined || end === undefined || end < start) return undefined;
  return { start, end };
}

/** Adds an ISO duration (P1Y2M3W4D, optionally negative) to a day number, month arithmetic by the calendar. */
export function addDuration(day: number, duration: string): number | undefined {
  const m = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!m) return undefined;
  const sign = m[1] ? -1 : 1;
  const d = new Date(day * DAY);
  const months = sign * (Number(m[2] ?? 0) * 12 + Number(m[3] ?? 0));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  // Clamp the day of month (31 January + 1 month → 28/29 February), as calendars do.
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const shifted = Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay));
  return Math.round(shifted / DAY) + sign * (Number(m[4] ?? 0) * 7 + Number(m[5] ?? 0));
}

/** An ISO calendar date for a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function showInterval(i: Interval): string {
  return i.start === i.end ? isoDay(i.start) : `${isoDay(i.start)}/${isoDay(i.end)}`;
}

const overlaps = (a: Interval, b: Interval) => a.start <= b.end && b.start <= a.end;

/** What a set of facts about one event allows: their common part, or when they disagree their span. */
function anchor(facts: PlacedFact[]): Interval {
  let start = -Infinity;
  let end = Infinity;
  for (const f of facts) {
    start = Math.max(start, f.interval.start);
    end = Math.min(end, f.interval.end);
  }
  if (start <= end) return { start, end };
  return { start: Math.min(...facts.map((f) => f.interval.start)), end: Math.max(...facts.map((f) => f.interval.end)) };
}

export function analyseDates(map: ArgumentMap): DateAnalysis {
  const byEvent = new Map<string, PlacedFact[]>();
  const add = (p: PlacedFact) => {
    const list = byEvent.get(p.fact.event);
    if (list) list.push(p);
    else byEvent.set(p.fact.event, [p]);
  };
  let pending: UndatedReference[] = [];
  map.nodes.forEach((node, nodeIndex) => {
    (node.dates ?? []).forEach((fact, dateIndex) => {
      if (fact.date !== undefined) {
        const interval = parseIsoInterval(fact.date);
        if (interval) add({ fact, node: node.id, nodeIndex, dateIndex, interval });
      } else if (fact.relative) pending.push({ fact, node: node.id, nodeIndex, dateIndex });
    });
  });
  // Resolve relative dates in rounds: each round may date an event that a later relative date counts from.
  // Anchors are taken from the facts known at the start of the round, so the order of facts in the file
  // does not change the result.
  for (;;) {
    const anchors = new Map<string, Interval>();
    for (const [event, facts] of byEvent) anchors.set(event, anchor(facts));
    const still: UndatedReference[] = [];
    const resolved: PlacedFact[] = [];
    for (const ref of pending) {
      const rel = ref.fact.relative!;
      const base = anchors.get(rel.event);
      const start = base && addDuration(base.start, rel.offset);
      const end = base && addDuration(base.end, rel.offset);
      if (start === undefined || end === undefined) still.push(ref);
      else resolved.push({ ...ref, interval: { start, end }, from: rel.event });
    }
    if (resolved.length === 0) {
      pending = still;
      break;
    }
    resolved.forEach(add);
    pending = still;
  }
  for (const list of byEvent.values()) list.sort((a, b) => a.nodeIndex - b.nodeIndex || a.dateIndex - b.dateIndex);
  const conflicts: DateConflict[] = [];
  for (const [event, facts] of [...byEvent].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (let i = 0; i < facts.length; i++) {
      for (let j = i + 1; j < facts.length; j++) {
        if (!overlaps(facts[i]!.interval, facts[j]!.interval)) conflicts.push({ event, a: facts[i]!, b: facts[j]! });
      }
    }
  }
  return { byEvent, conflicts, undated: pending };
}
