import type { Rule } from './rule.js';
import { showInterval, type DateConflict, type PlacedFact } from '../analysis/dated-facts.js';

/** The fact's own words, with the interval they were read as; a bare ISO date is shown once. */
export function describeFact(f: PlacedFact): string {
  const via = f.from ? `, counted from ${f.from}` : '';
  if (f.fact.as) return `"${f.fact.as}" (${showInterval(f.interval)}${via})`;
  if (f.fact.date !== undefined) return showInterval(f.interval);
  return `${f.fact.relative!.offset} after ${f.fact.relative!.event} (${showInterval(f.interval)})`;
}

export const datedFactConflict: Rule = {
  meta: {
    id: 'dated-fact-conflict',
    severity: 'error',
    description: 'two facts date one event in ways that cannot both be true',
    docs: 'Each date becomes an interval of days (a year or month stands for all of it, a range for its span); relative dates ("a year after X") are resolved against the dates given for X, repeatedly, so chains resolve. Two facts about one event conflict when their intervals do not overlap. Footnotes and every author count: a conflict between the text and its editors is still a conflict a reader must resolve. The message says how far apart the two dates are (exact for two single days, else between the middles of the spans), so a slip of days reads differently from one of years. When one fact clashes with every other fact about its event and they agree among themselves (a single slip, such as a wrong year in a footnote), it is reported once, at that fact, naming the others.',
    messages: {
      sameNode: '{{a}} dates {{event}} both {{factA}} and {{factB}}, which cannot both be true.',
      twoNodes: '{{a}} dates {{event}} {{factA}}, but {{b}} dates it {{factB}}; both cannot be true ({{apart}} apart).',
      oddOneOut: '{{a}} dates {{event}} {{factA}}, against {{count}} facts that agree with one another: {{others}}; one date at odds with all the others, reported once.',
    },
    defaults: {},
  },
  check(ctx) {
    const out = [];
    for (const group of byEvent(ctx.dates().conflicts)) {
      const odd = oddOneOut(group);
      if (odd) {
        const others = group.map((c) => (c.a === odd ? c.b : c.a));
        out.push({
          messageId: 'oddOneOut',
          data: {
            a: ctx.label(odd.node),
            event: group[0]!.event,
            factA: describeFact(odd),
            count: String(others.length),
            others: others.map((f) => `${ctx.label(f.node)} ${describeFact(f)}`).join('; '),
          },
          nodes: [odd.node, ...new Set(others.map((f) => f.node))],
          at: ['nodes', odd.nodeIndex, 'dates', odd.dateIndex],
        });
        continue;
      }
      for (const { event, a, b } of group)
        out.push({
          messageId: a.node === b.node ? 'sameNode' : 'twoNodes',
          data: { a: ctx.label(a.node), b: ctx.label(b.node), event, factA: describeFact(a), factB: describeFact(b), apart: apart(a.interval, b.interval) },
          nodes: a.node === b.node ? [a.node] : [a.node, b.node],
          at: ['nodes', a.nodeIndex, 'dates', a.dateIndex],
        });
    }
    return out;
  },
};

/** The conflicts grouped by event, in the order each event's first conflict comes. */
function byEvent(conflicts: DateConflict[]): DateConflict[][] {
  const groups = new Map<string, DateConflict[]>();
  for (const c of conflicts) {
    const g = groups.get(c.event);
    if (g) g.push(c);
    else groups.set(c.event, [c]);
  }
  return [...groups.values()];
}

/**
 * The one fact every conflict of an event involves, when there are two or more: the others then agree among
 * themselves (any clash between two of them would be a conflict without it), so it is one slip, not several.
 */
function oddOneOut(group: DateConflict[]): PlacedFact | undefined {
  if (group.length < 2) return undefined;
  const [first, ...rest] = group;
  return [first!.a, first!.b].find((f) => rest.every((c) => c.a === f || c.b === f));
}

/**
 * How far apart two dates are, so a reader can weigh a slip of days against one of years: exact for two
 * single days, else between the middles of the two spans ("October 1952" against "5-14 October 1953").
 */
export function apart(a: { start: number; end: number }, b: { start: number; end: number }): string {
  const exact = a.start === a.end && b.start === b.end;
  const days = Math.round(Math.abs((a.start + a.end) / 2 - (b.start + b.end) / 2));
  if (exact || days < 62) return `${exact ? '' : 'about '}${days === 1 ? '1 day' : `${days} days`}`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `about ${months} months`;
  return `about ${Math.round(days / 365.25)} years`;
}
