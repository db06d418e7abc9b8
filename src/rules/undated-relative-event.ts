import type { Rule } from './rule.js';

export const undatedRelativeEvent: Rule = {
  id: 'undated-relative-event',
  severity: 'warning',
  description: 'a date counted from an event that the map never dates',
  docs: 'A relative date ("a year after X") can only be checked against other dates once X is dated somewhere in the map, directly or through another relative date.',
  check(ctx) {
    return ctx.dates().undated.map((u) => {
      const rel = u.fact.relative!;
      const words = u.fact.as ? ` ("${u.fact.as}")` : '';
      return {
        message: `${ctx.label(u.node)} dates ${u.fact.event} relative to ${rel.event}${words}, but no node gives ${rel.event} a date, so the date cannot be checked.`,
        nodes: [u.node],
        at: ['nodes', u.nodeIndex, 'dates', u.dateIndex],
      };
    });
  },
};
