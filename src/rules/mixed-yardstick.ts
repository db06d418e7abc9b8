import type { Rule, Report } from './rule.js';
import { bandRange } from '../analysis/estimative-language.js';

const NAME = { PHIA: 'PHIA', ICD203: 'ICD 203' } as const;
const pct = (yardstick: 'PHIA' | 'ICD203', term: string) => {
  const r = bandRange(yardstick, term);
  return r ? `${Math.round(r.min * 100)}–${Math.round(r.max * 100)} %` : '';
};

export const mixedYardstick: Rule = {
  meta: {
    id: 'mixed-yardstick',
    severity: 'warning',
    description: 'likelihood bands taken from both the PHIA and the ICD 203 yardsticks in one map',
    docs: 'The UK PHIA yardstick and the US ICD 203 expressions of likelihood give the same words different ranges ("unlikely" is 25–35 % on one and 20–45 % on the other); ICD 203 also asks for one row of terms throughout. A map should band its judgements on one yardstick. The yardstick most nodes use (the first used, on a tie) is taken as the map\'s; nodes on the other are reported.',
    messages: {
      otherYardstick: '{{node}} is banded "{{term}}" on the {{yardstick}} yardstick ({{range}}), while the map\'s other judgements use {{main}}; one map should use one yardstick.',
    },
    defaults: {},
  },
  check(ctx) {
    const banded = ctx.map.nodes.filter((n) => n.hedge?.band);
    const count = { PHIA: 0, ICD203: 0 };
    for (const n of banded) count[n.hedge!.band!.yardstick]++;
    if (count.PHIA === 0 || count.ICD203 === 0) return [];
    const first = banded[0]!.hedge!.band!.yardstick;
    const main = count.PHIA > count.ICD203 ? 'PHIA' : count.ICD203 > count.PHIA ? 'ICD203' : first;
    const out: Report[] = [];
    for (const n of banded) {
      const band = n.hedge!.band!;
      if (band.yardstick === main) continue;
      out.push({
        messageId: 'otherYardstick',
        data: { node: ctx.label(n.id), term: band.term, yardstick: NAME[band.yardstick], range: pct(band.yardstick, band.term), main: NAME[main] },
        nodes: [n.id],
        at: ['nodes', ctx.support.vertex.get(n.id)!, 'hedge', 'band'],
      });
    }
    return out;
  },
};
