import type { ArgumentMap, HypothesisSet, Node } from '../model/types.js';
import { boundDay } from '../model/calendar.js';
import type { Rule, Report } from './rule.js';

/** The first or last day a date or range (`a/b`) allows. */
function bound(date: string, which: 'start' | 'end'): number | undefined {
  const [a, b] = date.split('/');
  return boundDay(which === 'start' ? a! : (b ?? a!), which);
}

/** The date of the assessment a set belongs to: the document its hypotheses quote, else the map's first. */
function assessmentDate(map: ArgumentMap, set: HypothesisSet, node: (id: string) => Node | undefined): string | undefined {
  const docs = map.documents ?? [];
  const quoted = set.hypotheses.map((h) => node(h)?.source?.document).find((d) => d !== undefined);
  return (docs.find((d) => d.id === quoted) ?? docs[0])?.date;
}

/** Why a row could not have been known when the assessment was written, or undefined. */
function laterThan(map: ArgumentMap, row: Node, end: number): string | undefined {
  const author = row.author === undefined ? undefined : map.authors?.find((a) => a.id === row.author);
  if (author?.date && (bound(author.date, 'start') ?? -Infinity) > end) return `it was written by ${author.name} in ${author.date}`;
  const doc = row.source?.document === undefined ? undefined : map.documents?.find((d) => d.id === row.source!.document);
  if (doc?.date && (bound(doc.date, 'start') ?? -Infinity) > end) return `its source ${doc.id} is dated ${doc.date}`;
  const fact = (row.dates ?? []).find((f) => f.date !== undefined && (bound(f.date, 'start') ?? -Infinity) > end);
  if (fact) return `it reports ${fact.event} on ${fact.date}`;
  return undefined;
}

export const hindsightRating: Rule = {
  meta: {
    id: 'hindsight-rating',
    severity: 'warning',
    description: 'a rating that rests on a row the assessment could not have known: a later source, author or event',
    docs: "Hindsight bias (Fischhoff 1975; Heuer, Psychology of Intelligence Analysis, ch. 13): what happened afterwards makes an outcome look as if it was always obvious. An ACH matrix that reconstructs how an assessment weighed its hypotheses must rate only what its authors could know: a modern editor's footnote, a later document or an event after the assessment's date judges the assessment, not its reasoning. The assessment's date is that of the document its hypotheses quote (else the map's first document); a row is later when its author's `date`, its source document's date or a date it reports starts after that date ends. Rate such rows in a separate set that judges the assessment with hindsight, and say so.",
    messages: {
      later:
        'Hypothesis set {{set}} rates {{row}} ({{ratings}}), but {{why}}, after the assessment ({{date}}): hindsight its authors did not have; drop the row or rate it in a set that judges the assessment afterwards.',
    },
    defaults: {},
  },
  check(ctx) {
    const out: Report[] = [];
    (ctx.map.hypothesisSets ?? []).forEach((set, i) => {
      const date = assessmentDate(ctx.map, set, ctx.node);
      const end = date === undefined ? undefined : bound(date, 'end');
      if (date === undefined || end === undefined) return;
      (set.evidence ?? []).forEach((id, k) => {
        const row = ctx.node(id);
        const ratings = (set.ratings ?? []).filter((r) => r.evidence === id && r.rating !== 'NA');
        if (!row || ratings.length === 0) return;
        const why = laterThan(ctx.map, row, end);
        if (!why) return;
        out.push({
          messageId: 'later',
          data: { set: set.id, row: ctx.label(id), ratings: ratings.map((r) => `${r.rating} against ${r.hypothesis}`).join(', '), why, date },
          nodes: [id],
          at: ['hypothesisSets', i, 'evidence', k],
        });
      });
    });
    return out;
  },
};
