import type { Node } from '../model/types.js';
import type { Rule, Report } from './rule.js';
import { openConflicts } from './conflicts.js';

const ASSERTED_KINDS = new Set<Node['kind']>(['claim', 'evidence', 'premise', 'conclusion']);

export const contradictionAcrossAuthors: Rule = {
  meta: {
    id: 'contradiction-across-authors',
    severity: 'info',
    description: "another author's text contradicts itself, or two authors contradict each other",
    docs: "explicit-contradiction reads the main author against himself. A document often holds other voices (editors' footnotes, a cited report), and their claims can conflict among themselves or with the main text: an editor's note that corrects the author is a disagreement between authors, which a reader should see as such, not as the author contradicting himself. Nodes count when they are asserted in some author's words (claims, evidence, premises, conclusions; not hypotheses, not analyst-added); a node without `author` is the main author's. Message withinAuthor: one other author against himself; betweenAuthors: two authors. Info by default: a disagreement between authors is often the point of a note.",
    messages: {
      withinAuthor: '{{author}} states both {{from}} and {{to}}, and {{conflict}}: a conflict within that text, not the main author contradicting himself.',
      betweenAuthors: '{{fromAuthor}} states {{from}} and {{toAuthor}} states {{to}}, and {{conflict}}: a disagreement between authors, not the main author contradicting himself.',
    },
    defaults: {},
  },
  check(ctx) {
    const names = new Map((ctx.map.authors ?? []).map((a) => [a.id, a.name]));
    const main = ctx.map.authors?.find((a) => a.role === 'author') ?? ctx.map.authors?.[0];
    const authorOf = (n: Node): string | undefined => n.author ?? main?.id;
    const inWords = (n: Node): boolean => ASSERTED_KINDS.has(n.kind) && !n.analyst;
    const who = (id: string | undefined): string => (id === undefined ? 'The main author' : (names.get(id) ?? id));
    return openConflicts(ctx, (from, to) => {
      if (!inWords(from) || !inWords(to)) return false;
      // Both the main author's: explicit-contradiction's finding, not this rule's.
      return !(ctx.authorsOwn(from) && ctx.authorsOwn(to));
    }).map(({ kind, from, to, index }): Report => {
      const a = authorOf(from);
      const b = authorOf(to);
      const conflict = kind === 'contradiction' ? 'they contradict each other' : 'the first rebuts the second, unanswered';
      const nodes = [from.id, to.id];
      const at = ['relations', index];
      if (a === b) return { messageId: 'withinAuthor', data: { author: who(a), from: ctx.label(from.id), to: ctx.label(to.id), conflict }, nodes, at };
      return { messageId: 'betweenAuthors', data: { fromAuthor: who(a), from: ctx.label(from.id), toAuthor: who(b), to: ctx.label(to.id), conflict }, nodes, at };
    });
  },
};
