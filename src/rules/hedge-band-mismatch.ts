import type { Rule, Report } from './rule.js';
import { lexiconEntry } from '../analysis/estimative-language.js';

export const hedgeBandMismatch: Rule = {
  meta: {
    id: 'hedge-band-mismatch',
    severity: 'warning',
    description: "a hedge's band disagrees with what its own estimative phrase means on that yardstick",
    docs: 'The band recorded for a judgement should be the one its words map onto (the lexicon in src/analysis/estimative-language.ts). A band given to words that carry none ("may", "possible": Kent left them off his scale) invents a precision the author did not state; so does a band given to a comparative ("most likely", "more likely than"), which ranks alternatives and says nothing of how likely any is.',
    messages: {
      noBand: '{{node}} is banded "{{term}}", but its words {{words}} carry no band at all; the band claims a precision the author did not state.',
      comparative: '{{node}} is banded "{{term}}", but {{words}} is a comparative: it says which alternative is likelier, not how likely any is; drop the band.',
      otherBand: '{{node}} is banded "{{term}}", but its words {{words}} mean "{{meant}}" on the {{yardstick}} yardstick.',
    },
    defaults: {},
  },
  check(ctx) {
    const out: Report[] = [];
    ctx.map.nodes.forEach((n, i) => {
      const band = n.hedge?.band;
      if (!band || n.hedge!.phrases.length === 0) return;
      const entries = n.hedge!.phrases.map((p) => ({ p, e: lexiconEntry(p) }));
      if (entries.some(({ e }) => !e)) return; // a phrase the lexicon does not know: nothing to compare with
      const terms = entries.map(({ e }) => (band.yardstick === 'PHIA' ? e!.phia : e!.icd203)).filter((t) => t !== undefined);
      const words = entries.map(({ p }) => `"${p}"`).join(', ');
      const at = ['nodes', i, 'hedge', 'band'];
      if (terms.length === 0) {
        if (entries.every(({ e }) => e!.comparative)) {
          out.push({ messageId: 'comparative', data: { node: ctx.label(n.id), term: band.term, words }, nodes: [n.id], at });
        } else if (entries.every(({ e }) => e!.kind === 'possibility')) {
          out.push({ messageId: 'noBand', data: { node: ctx.label(n.id), term: band.term, words }, nodes: [n.id], at });
        }
        return;
      }
      if (!terms.includes(band.term)) {
        out.push({
          messageId: 'otherBand',
          data: { node: ctx.label(n.id), term: band.term, words, meant: terms[0]!, yardstick: band.yardstick === 'PHIA' ? 'PHIA' : 'ICD 203' },
          nodes: [n.id],
          at,
        });
      }
    });
    return out;
  },
};
