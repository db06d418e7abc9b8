import type { Rule, Report } from './rule.js';

/** "a, b and c" for a short list of field names. */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const unreviewedDraft: Rule = {
  meta: {
    id: 'unreviewed-draft',
    severity: 'info',
    description: 'a node drafted by argmap init that a person has not yet checked',
    docs: 'A drafted node is a guess at a reading, not a reading: its kind, hedge and dates come from patterns in the text. Every rule reads it as if a person had written it, so until someone checks it against the text its findings are about the tool, not the author. Reported once per node, at its review field, naming the guessed fields; info by default so a fresh skeleton checks clean. Set review.status: reviewed (or delete review) once checked.',
    messages: {
      draft: '{{node}}: {{fields}} {{verb}} guessed by argmap init; check {{them}} against the text, then set review.status: reviewed.',
      draftNoFields: '{{node}} was drafted by argmap init; check it against the text, then set review.status: reviewed.',
    },
    defaults: {},
  },
  check(ctx) {
    const out: Report[] = [];
    ctx.map.nodes.forEach((node, i) => {
      if (node.review?.status !== 'draft') return;
      const guessed = node.review.guessed ?? [];
      const at = ['nodes', i, 'review'];
      const label = ctx.label(node.id);
      if (guessed.length === 0) out.push({ messageId: 'draftNoFields', data: { node: label }, nodes: [node.id], at });
      else {
        const one = guessed.length === 1;
        out.push({ messageId: 'draft', data: { node: label, fields: andList(guessed), verb: one ? 'was' : 'were', them: one ? 'it' : 'them' }, nodes: [node.id], at });
      }
    });
    return out;
  },
};
