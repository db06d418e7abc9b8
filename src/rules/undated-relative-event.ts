import type { Rule } from './rule.js';

export const undatedRelativeEvent: Rule = {
  meta: {
    id: 'undated-relative-event',
    severity: 'warning',
    description: 'a date counted from an event that the map never dates',
    docs: 'A relative date ("a year after X") can only be checked against other dates once X is dated somewhere in the map, directly or through another relative date.',
    messages: {
      undated: '{{node}} dates {{event}} relative to {{from}}{{words}}, but no node gives {{from}} a date, so the date cannot be checked.',
    },
    defaults: {},
  },
  check(ctx) {
    return ctx.dates().undated.map((u) => {
      const rel = u.fact.relative!;
      const words = u.fact.as ? ` ("${u.fact.as}")` : '';
      return {
        messageId: 'undated',
        data: { node: ctx.label(u.node), event: u.fact.event, from: rel.event, words },
        nodes: [u.node],
        at: ['nodes', u.nodeIndex, 'dates', u.dateIndex],
      };
    });
  },
};
