import type { ArgumentMap, DatedFact } from '../model/types.js';
import { addDuration, boundDay, isoDay } from '../model/calendar.js';

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

/** The interval an ISO date or range stands for; undefined if it does not parse or names no calendar day. */
export function parseIsoInterval(date: string): Interval | undefined {
  const [first, second, ...more] = date.split('/');
  if (more.length > 0) return undefined;
  const start = boundDay(first!, 'start');
  const end = boundDay(second ?? first!, 'end');
  if (start === undefined || end === undefined || end < start) return undefined;
  return { start, end };
}

export { addDuration, isoDay };

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
