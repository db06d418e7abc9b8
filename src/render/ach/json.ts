import { visibleJson } from '../../io/visible-text.js';
import type { AchResult, AchSetResult } from '../../analysis/ach/types.js';

/**
 * The JSON view. The keys the issue fixes come first in each object, in its order; the rest extend it.
 * `cells` holds every rated cell with `derived` telling graph-read ratings from the analyst's.
 */
export function achJsonValue(set: AchSetResult): object {
  return {
    id: set.id,
    question: set.question,
    hypotheses: set.hypotheses.map((h) => ({
      id: h.id,
      label: h.label,
      inconsistency: h.inconsistency,
      weightedInconsistency: h.weightedInconsistency,
      rank: h.rank,
      leader: h.leader,
      tiedWith: h.tiedWith,
      rated: h.rated,
    })),
    evidence: set.evidence.map((e) => ({
      id: e.id,
      label: e.label,
      diagnostic: e.diagnostic,
      diagnosticity: e.diagnosticity,
      credibility: e.credibility,
      relevance: e.relevance,
      credibilityFrom: e.credibilityFrom,
      relevanceFrom: e.relevanceFrom,
      weight: e.weight,
      allNA: e.allNA,
    })),
    sensitivity: set.sensitivity.map((s) => ({
      evidence: s.evidence,
      changesLeader: s.changesLeader,
      ...(s.drop ? { drop: s.drop } : {}),
      flips: s.flips,
    })),
    leaders: set.leaders,
    cells: set.cells.map((c) => ({
      evidence: c.evidence,
      hypothesis: c.hypothesis,
      rating: c.rating,
      derived: c.derived,
      ...(c.rationale !== undefined ? { rationale: c.rationale } : {}),
    })),
    gaps: set.gaps,
    disputes: set.disputes,
    milestones: set.milestones,
  };
}

export function achJson(result: AchResult): string {
  return visibleJson(JSON.stringify({ sets: result.sets.map(achJsonValue) }, null, 2)) + '\n';
}
