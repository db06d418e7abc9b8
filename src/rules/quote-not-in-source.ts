import type { Rule } from './rule.js';

export const quoteNotInSource: Rule = {
  id: 'quote-not-in-source',
  severity: 'error',
  description: "a node's quote is not found at its locator in the source text",
  docs: 'Provenance: every quoted node must stand where it says in the source (ICD 203 standard 1, describe sources). Quotes are compared after normalising white space and typographic quotes.',
  needsSources: true,
  check(ctx) {
    const coverage = ctx.coverage();
    if (!coverage) return [];
    return coverage.quoteProblems.map((p) => {
      const doc = p.document ? `document ${p.document}` : 'the source';
      const quote = p.quote.length > 50 ? `${p.quote.slice(0, 49)}…` : p.quote;
      let message: string;
      if (p.problem === 'no-document') message = `${ctx.label(p.node)} names no document for its quote, and the map has more than one to choose from.`;
      else if (p.problem === 'unknown-locator') message = `${ctx.label(p.node)} points at "${p.locator}", which ${doc} does not have.`;
      else {
        const where = p.elsewhere && p.elsewhere.length > 0 ? `; the words stand at ${p.elsewhere.join(', ')} instead` : '';
        message = `${ctx.label(p.node)} quotes "${quote}" at ${p.locator} of ${doc}, but those words are not there${where}.`;
      }
      return { message, nodes: [p.node], at: ['nodes', p.nodeIndex, 'source'] };
    });
  },
};
