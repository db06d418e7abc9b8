import type { Rating } from '../../model/types.js';
import { ZERO, addScore, cellScore, compareScore, evidenceWeight, inconsistencyValue, leadersOf, rankLines, scoreValue, type ExactScore, type ScoreLine } from './score.js';
import type { AchCell, AchEvidence, AchMatrix, AchSetResult, CellFlip, EvidenceRow, RankedHypothesis, Sensitivity } from './types.js';

/**
 * The mirror image of a rating, for sensitivity: what if the analyst had it the wrong way round?
 * N, NA have no mirror: a neutral or inapplicable judgement has no "most influential" opposite.
 */
export function flipRating(r: Rating): Rating | undefined {
  switch (r) {
    case 'CC':
      return 'II';
    case 'C':
      return 'I';
    case 'I':
      return 'C';
    case 'II':
      return 'CC';
    default:
      return undefined;
  }
}

/**
 * Whether a what-if puts a hypothesis that does not lead now in front (alone or in a tie). On a clear lead
 * that is any change of the leaders. On a tie it leaves out changes that only break the tie: any
 * inconsistent rating against one leader does that, so nearly every row would be listed, and the step 6
 * question is which items could put another answer in front, not which could pick among the tied ones.
 */
function bringsInAnother(after: readonly string[], leaders: readonly string[]): boolean {
  return after.some((h) => !leaders.includes(h));
}

/** Scores, ranks and examines one matrix: Heuer's steps 3 to 6 and 8. */
export function analyseMatrix(m: AchMatrix): AchSetResult {
  const rows = new Map(m.evidence.map((e) => [e.id, e]));
  const byRow = new Map<string, AchCell[]>(m.evidence.map((e) => [e.id, []]));
  for (const c of m.cells) byRow.get(c.evidence)?.push(c);

  const lines: ScoreLine[] = m.hypotheses.map((h, order) => ({ id: h.id, order, inconsistency: 0, weighted: ZERO }));
  const lineOf = new Map(lines.map((l) => [l.id, l]));
  const ratedCount = new Map(m.hypotheses.map((h) => [h.id, 0]));
  for (const c of m.cells) {
    const e = rows.get(c.evidence);
    const line = lineOf.get(c.hypothesis);
    if (!e || !line) continue;
    line.inconsistency += inconsistencyValue(c.rating);
    line.weighted = addScore(line.weighted, cellScore(c.rating, e.credibility, e.relevance));
    if (c.rating !== 'NA') ratedCount.set(c.hypothesis, ratedCount.get(c.hypothesis)! + 1);
  }

  const ranked = rankLines(lines);
  const leaders = leadersOf(lines);
  const hypotheses: RankedHypothesis[] = [];
  ranked.forEach((l, i) => {
    const prev = ranked[i - 1];
    const rank = prev && compareScore(prev.weighted, l.weighted) === 0 ? hypotheses[i - 1]!.rank : i + 1;
    const h = m.hypotheses[l.order]!;
    hypotheses.push({
      id: h.id,
      label: h.label,
      inconsistency: l.inconsistency,
      weightedInconsistency: scoreValue(l.weighted),
      rank,
      leader: leaders.includes(l.id),
      tiedWith: ranked.filter((o) => o.id !== l.id && compareScore(o.weighted, l.weighted) === 0).map((o) => o.id),
      rated: ratedCount.get(l.id)!,
    });
  });

  // Diagnosticity (documented in docs/ach.md): the row's weight times the spread of the inconsistency it
  // adds to each hypothesis, counting an unrated cell as 0 (as the totals do) and leaving NA cells out.
  // It is how far this one item can move the hypotheses' weighted scores apart (0 to 4).
  // `diagnostic` is Heuer's test: false when the row neither rates the hypotheses differently nor
  // separates their scores: a row of C and CC is still diagnostic to the eye, though it moves no score.
  const evidence: EvidenceRow[] = m.evidence.map((e) => {
    const weight = evidenceWeight(e.credibility, e.relevance);
    const cells = byRow.get(e.id)!;
    const rating = new Map(cells.map((c) => [c.hypothesis, c.rating]));
    const values = m.hypotheses.flatMap((h) => {
      const r = rating.get(h.id);
      return r === 'NA' ? [] : [r ? inconsistencyValue(r) : 0];
    });
    const diagnosticity = values.length > 1 ? weight * (Math.max(...values) - Math.min(...values)) : 0;
    const distinct = new Set(cells.filter((c) => c.rating !== 'NA').map((c) => c.rating));
    return {
      ...e,
      weight,
      diagnostic: distinct.size > 1 || diagnosticity > 0,
      diagnosticity,
      allNA: cells.length === m.hypotheses.length && distinct.size === 0,
    };
  });

  const sensitivity = m.evidence.map((e) => sensitivityOf(e.id, byRow.get(e.id)!, lines, leaders, rows));

  const rated = new Set(m.cells.map((c) => `${c.evidence}\u0000${c.hypothesis}`));
  const notes = new Map(m.notes.map((n) => [`${n.evidence}\u0000${n.hypothesis}`, n.note]));
  const unrated = m.evidence.flatMap((e) =>
    m.hypotheses
      .filter((h) => !rated.has(`${e.id}\u0000${h.id}`))
      .map((h) => {
        const note = notes.get(`${e.id}\u0000${h.id}`);
        return { evidence: e.id, hypothesis: h.id, ...(note ? { note } : {}) };
      }),
  );

  return {
    id: m.id,
    question: m.question,
    hypotheses,
    leaders,
    evidence,
    cells: m.cells,
    sensitivity,
    gaps: {
      unrefuted: hypotheses.filter((h) => h.inconsistency === 0).map((h) => h.id),
      allNA: evidence.filter((e) => e.allNA).map((e) => e.id),
      unrated,
    },
    disputes: m.disputes,
    milestones: m.milestones,
  };
}

/**
 * Heuer step 6 for one row. Scores are sums, so a change to one row only shifts that row's terms:
 * each what-if costs one pass over the hypotheses, not a rescoring of the whole matrix.
 */
function sensitivityOf(evidence: string, cells: readonly AchCell[], lines: readonly ScoreLine[], leaders: readonly string[], rows: ReadonlyMap<string, AchEvidence>): Sensitivity {
  const e = rows.get(evidence)!;
  const shifted = (delta: ReadonlyMap<string, { v: number; s: ExactScore }>): string[] =>
    leadersOf(
      lines.map((l) => {
        const d = delta.get(l.id);
        return d ? { ...l, inconsistency: l.inconsistency + d.v, weighted: addScore(l.weighted, d.s) } : l;
      }),
    );

  const dropDelta = new Map(cells.map((c) => [c.hypothesis, { v: -inconsistencyValue(c.rating), s: addScore(ZERO, cellScore(c.rating, e.credibility, e.relevance), -1) }]));
  const afterDrop = shifted(dropDelta);
  const flips: CellFlip[] = [];
  for (const c of cells) {
    const to = flipRating(c.rating);
    if (!to) continue;
    const s = addScore(cellScore(to, e.credibility, e.relevance), cellScore(c.rating, e.credibility, e.relevance), -1);
    const after = shifted(new Map([[c.hypothesis, { v: inconsistencyValue(to) - inconsistencyValue(c.rating), s }]]));
    if (bringsInAnother(after, leaders)) flips.push({ hypothesis: c.hypothesis, from: c.rating, to, leaders: after });
  }
  const dropChanges = bringsInAnother(afterDrop, leaders);
  return {
    evidence,
    changesLeader: dropChanges || flips.length > 0,
    ...(dropChanges ? { drop: { leaders: afterDrop } } : {}),
    flips,
  };
}
