import type { Rule } from './rule.js';
import { showInterval, type PlacedFact } from '../analysis/dated-facts.js';

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
    docs: 'Each date becomes an interval of days (a year or month stands for all of it, a range for its span); relative dates ("a year after X") are resolved against the dates given for X, repeatedly, so chains resolve. Two facts about one event conflict when their intervals do not overlap. Footnotes and every author count: a conflict between the text and its editors is still a conflict a reader must resolve.',
    messages: {
      sameNode: '{{a}} dates {{event}} both {{factA}} and {{factB}}, which cannot both be true.',
      twoNodes: '{{a}} dates {{event}} {{factA}}, but {{b}} dates it {{factB}}; both cannot be true.',
    },
    defaults: {},
  },
  check(ctx) {
    return ctx.dates().conflicts.map(({ event, a, b }) => ({
      messageId: a.node === b.node ? 'sameNode' : 'twoNodes',
      data: { a: ctx.label(a.node), b: ctx.label(b.node), event, factA: describeFact(a), factB: describeFact(b) },
      nodes: a.node === b.node ? [a.node] : [a.node, b.node],
      at: ['nodes', a.nodeIndex, 'dates', a.dateIndex],
    }));
  },
};
