import type { Rule, Report } from './rule.js';
import { IN, OUT, UNDEC } from '../analysis/dung-core.js';
import { forEachDefeat } from '../model/defeats.js';

export const unacceptedClaim: Rule = {
  meta: {
    id: 'unaccepted-claim',
    severity: 'warning',
    description: "an author's assertion that is defeated (OUT) or undecided in the grounded labelling of the map's attacks",
    docs: 'Dung (1995) grounded semantics: the most sceptical acceptable set, computed by propagating IN/OUT from unattacked arguments. Nodes and inferences are arguments; attacks, undercuts and (both ways) contradicts are attacks, except an attack marked `outweighed` (a concession: the text grants the point and holds its target the stronger), which defeats nothing. An assertion labelled OUT has an undefeated attacker; one labelled UNDEC sits in an unresolved cycle of attacks. Support does not defend in a Dung framework, so a well-supported claim can still be OUT.',
    messages: {
      defeated: '{{node}} is defeated (OUT): {{by}} attacks it and nothing defeats {{them}}, yet the author asserts it.',
      undecided: '{{node}} is undecided (UNDEC): it stands in a cycle of attacks with {{rivals}}, and the map does not say which side wins.',
    },
    defaults: {},
  },
  check(ctx) {
    const labels = ctx.grounded();
    const { vertex } = ctx.support;
    const labelOf = (id: string) => labels[vertex.get(id)!]!;
    const attackers = new Map<string, string[]>();
    const addAttack = (from: string, to: string) => {
      const list = attackers.get(to);
      if (list) list.includes(from) || list.push(from);
      else attackers.set(to, [from]);
    };
    forEachDefeat(ctx.map.relations ?? [], addAttack);
    const out: Report[] = [];
    ctx.map.nodes.forEach((n, v) => {
      const label = labels[v]!;
      if (!ctx.asserted(n) || label === IN) return;
      const against = attackers.get(n.id) ?? [];
      if (label === OUT) {
        const winners = against.filter((a) => labelOf(a) === IN);
        const by = winners.length > 0 ? winners.map((a) => ctx.label(a)).join(' and ') : 'an accepted argument';
        out.push({
          messageId: 'defeated',
          data: { node: ctx.label(n.id), by, them: winners.length > 1 ? 'them' : 'it' },
          nodes: [n.id, ...winners],
        });
      } else {
        const rivals = against.filter((a) => labelOf(a) === UNDEC);
        out.push({
          messageId: 'undecided',
          data: { node: ctx.label(n.id), rivals: rivals.map((a) => ctx.label(a)).join(' and ') },
          nodes: [n.id, ...rivals],
        });
      }
    });
    return out;
  },
};
