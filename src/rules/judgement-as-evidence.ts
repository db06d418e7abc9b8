import type { Node } from '../model/types.js';
import type { Rule, Report } from './rule.js';

const JUDGEMENT_KINDS = new Set<Node['kind']>(['claim', 'conclusion', 'hypothesis', 'premise']);

export const judgementAsEvidence: Rule = {
  meta: {
    id: 'judgement-as-evidence',
    severity: 'warning',
    description: 'a row of an ACH matrix that is a judgement or presumption, not evidence',
    docs: "An ACH matrix rates evidence and arguments against the hypotheses (Heuer, Psychology of Intelligence Analysis, ch. 8, step 2), but a row that is the author's own conclusion rated against the author's rivals makes the matrix repeat the author: the judgement decides the ranking it was meant to test, which is circular. Presumptions belong in a Key Assumptions Check (CIA Tradecraft Primer, 2009; `argmap assumptions`), where what would undermine them is asked openly. Reported for each row of kind claim, conclusion, hypothesis or premise; evidence and sources are what rows are for.",
    messages: {
      authors:
        "Row {{row}} of hypothesis set {{set}} is the author's own {{kind}}, not evidence: rating it lets the author's judgement decide the ranking it should be tested by; move it to the key assumptions and rate the evidence behind it.",
      analysts:
        'Row {{row}} of hypothesis set {{set}} is a {{kind}} ({{whose}}), not evidence: a presumption rated as if it were observed; move it to the key assumptions and rate the evidence behind it.',
    },
    defaults: {},
  },
  check(ctx) {
    const out: Report[] = [];
    (ctx.map.hypothesisSets ?? []).forEach((set, i) => {
      // Validation holds every rated item to the set's `evidence`, each listed once: that list is the rows.
      (set.evidence ?? []).forEach((id, k) => {
        const node = ctx.node(id);
        if (!node || !JUDGEMENT_KINDS.has(node.kind)) return;
        const own = ctx.authorsOwn(node);
        const whose = node.analyst ? 'added by the analyst' : `by ${node.author ?? 'another author'}`;
        out.push({
          messageId: own ? 'authors' : 'analysts',
          data: { row: ctx.label(id), set: set.id, kind: node.kind, whose },
          nodes: [id],
          at: ['hypothesisSets', i, 'evidence', k],
        });
      });
    });
    return out;
  },
};
