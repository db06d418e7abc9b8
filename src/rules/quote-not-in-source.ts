import type { Rule } from './rule.js';

export const quoteNotInSource: Rule = {
  meta: {
    id: 'quote-not-in-source',
    severity: 'error',
    description: "a node's quote is not found at its locator in the source text",
    docs: 'Provenance: every quoted node must stand where it says in the source (ICD 203 standard 1, describe sources). Quotes are compared after normalising white space and typographic quotes.',
    messages: {
      noDocument: '{{node}} names no document for its quote, and the map has more than one to choose from.',
      unknownLocator: '{{node}} points at "{{locator}}", which {{document}} does not have.',
      notThere: '{{node}} quotes "{{quote}}" at {{locator}} of {{document}}, but those words are not there{{elsewhere}}.',
    },
    defaults: {},
  },
  needsSources: true,
  check(ctx) {
    const coverage = ctx.coverage();
    if (!coverage) return [];
    return coverage.quoteProblems.map((p) => {
      const doc = p.document ? `document ${p.document}` : 'the source';
      const quote = p.quote.length > 50 ? `${p.quote.slice(0, 49)}…` : p.quote;
      const elsewhere = p.elsewhere && p.elsewhere.length > 0 ? `; the words stand at ${p.elsewhere.join(', ')} instead` : '';
      const messageId = p.problem === 'no-document' ? 'noDocument' : p.problem === 'unknown-locator' ? 'unknownLocator' : 'notThere';
      const data = { node: ctx.label(p.node), locator: p.locator, document: doc, quote, elsewhere };
      return { messageId, data, nodes: [p.node], at: ['nodes', p.nodeIndex, 'source'] };
    });
  },
};
