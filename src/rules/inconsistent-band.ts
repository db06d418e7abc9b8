import type { Band, Node } from '../model/types.js';
import { lexiconEntry } from '../analysis/estimative-language.js';
import type { Rule, Report } from './rule.js';

const bandName = (b: Band | undefined): string => (b ? `${b.term} (${b.yardstick === 'PHIA' ? 'PHIA' : 'ICD 203'})` : 'no band');
const bandKey = (b: Band | undefined): string => (b ? `${b.yardstick}\u0000${b.term}` : '');

export const inconsistentBand: Rule = {
  meta: {
    id: 'inconsistent-band',
    severity: 'warning',
    description: 'one estimative phrase given different bands (or a band and none) in one map, with no note saying why',
    docs: 'A reader learns what an author\'s words mean from how they are used: if "no doubt" is almost certain in one judgement and no estimate at all in another, the map teaches two meanings for one phrase (ICD 203 standard 6 asks for consistent expressions of likelihood; Kent, "Words of Estimative Probability", 1964). Hedges of exactly one phrase are grouped by that phrase (case aside); comparatives are left out, since they carry no band. A node whose hedge has a note (the rationale for its band) is never reported, though it counts as a use; each other node whose band differs from another use is reported once, naming that use.',
    messages: {
      differs:
        '{{node}} gives "{{phrase}}" {{band}}, but {{other}} gives it {{otherBand}}; one phrase should carry one band across the map, or the hedge\'s note should say why this use differs.',
    },
    defaults: {},
  },
  check(ctx) {
    const uses = new Map<string, { node: Node; index: number }[]>();
    ctx.map.nodes.forEach((node, index) => {
      const phrases = node.hedge?.phrases ?? [];
      // A hedge of several phrases is banded as a whole; no one phrase owns its band.
      if (phrases.length !== 1) return;
      const phrase = phrases[0]!.trim().toLowerCase();
      if (lexiconEntry(phrase)?.comparative) return;
      const list = uses.get(phrase);
      if (list) list.push({ node, index });
      else uses.set(phrase, [{ node, index }]);
    });
    const out: Report[] = [];
    for (const [phrase, list] of uses) {
      // The use named is the first in file order with another band: the first use, or, for nodes sharing
      // its band, the first use that differs from it. Found once per phrase, not searched per node, which
      // was quadratic in the uses of a phrase that nobody bands.
      const firstKey = bandKey(list[0]!.node.hedge!.band);
      const firstOther = list.find((u) => bandKey(u.node.hedge!.band) !== firstKey);
      if (!firstOther) continue;
      for (const { node, index } of list) {
        if (node.hedge!.note) continue;
        const other = bandKey(node.hedge!.band) === firstKey ? firstOther : list[0]!;
        out.push({
          messageId: 'differs',
          data: { node: ctx.nodeLabel(index), phrase, band: bandName(node.hedge!.band), other: ctx.nodeLabel(other.index), otherBand: bandName(other.node.hedge!.band) },
          nodes: [node.id, other.node.id],
          at: ['nodes', index, 'hedge'],
        });
      }
    }
    return out;
  },
};
