import type { Level, Rating } from './types.js';

/** One competing hypothesis, a column of the matrix. */
export interface AchHypothesis {
  id: string;
  label: string;
}

/** Where an item's weight came from, so a reader can tell an analyst's grading from a default. */
export type WeightOrigin = 'set' | 'node' | 'csv' | 'default';

/** One item of evidence (or argument, or assumption), a row of the matrix. */
export interface AchEvidence {
  id: string;
  label: string;
  credibility: Level;
  relevance: Level;
  credibilityFrom: WeightOrigin;
  relevanceFrom: WeightOrigin;
}

/** One rated cell. `derived` cells were read off the argument graph; the analyst never wrote them. */
export interface AchCell {
  evidence: string;
  hypothesis: string;
  rating: Rating;
  derived: boolean;
  rationale?: string;
}

/** A cell nobody rated, with the reason when the graph gave a mixed signal. */
export interface AchUnrated {
  evidence: string;
  hypothesis: string;
  note?: string;
}

/** An analyst's rating that points the other way from the argument graph (C against an attack, I against support). */
export interface AchDispute {
  evidence: string;
  hypothesis: string;
  /** The analyst's rating, which stands. */
  rating: Rating;
  /** What the graph would have said. */
  graph: 'C' | 'I';
  reason: string;
}

/** A development to watch for (Heuer step 8): a prediction linked to a hypothesis. */
export interface AchMilestone {
  prediction: string;
  label: string;
  hypothesis: string;
  /** The node that makes the prediction, when it is not the hypothesis itself but rests on it. */
  via?: string;
}

/** The matrix before scoring, from a map's hypothesis set or from a CSV file. */
export interface AchMatrix {
  id: string;
  question: string;
  hypotheses: AchHypothesis[];
  evidence: AchEvidence[];
  /** Rated cells, row by row in evidence order, hypotheses in set order within a row. */
  cells: AchCell[];
  /** Notes on cells left unrated (a mixed graph signal); cells missing from `cells` are unrated. */
  notes: AchUnrated[];
  /** Explicit ratings the graph contradicts (the rating is kept; the map or the rating may need a look). */
  disputes: AchDispute[];
  milestones: AchMilestone[];
}

/** A hypothesis with its scores, in ranked order (least contradicted first). */
export interface RankedHypothesis extends AchHypothesis {
  /** Σ over evidence of 1 for I and 2 for II. */
  inconsistency: number;
  /** The same, each item multiplied by credibility × relevance (High √2, Medium 1, Low 1/√2). */
  weightedInconsistency: number;
  /** 1-based; hypotheses whose weighted scores are equal share a rank. */
  rank: number;
  leader: boolean;
  /** Other hypotheses with exactly the same weighted inconsistency. */
  tiedWith: string[];
  /** Cells of this column with a rating other than NA. */
  rated: number;
}

/** A row of the matrix with what the analysis found about it. */
export interface EvidenceRow extends AchEvidence {
  /** credibility × relevance. */
  weight: number;
  /** False when every rating of the row (NA and empty cells aside) is the same (Heuer step 4). */
  diagnostic: boolean;
  /** weight × (largest − smallest inconsistency value in the row); 0 means it cannot separate the hypotheses' scores. */
  diagnosticity: number;
  /** Rated NA for every hypothesis. */
  allNA: boolean;
}

export interface LeaderChange {
  /** The leader or tied leaders after the change, in ranked order. */
  leaders: string[];
}

export interface CellFlip extends LeaderChange {
  hypothesis: string;
  from: Rating;
  to: Rating;
}

/**
 * Heuer step 6: would the conclusion change if this item were wrong? A change of the lead is one that puts
 * a hypothesis not leading now in front, alone or in a tie: on a tied lead, a change that only breaks the
 * tie (any inconsistent rating against one of the tied leaders does) is not counted.
 */
export interface Sensitivity {
  evidence: string;
  /** True when dropping the item, or flipping any one of its ratings, changes the lead. */
  changesLeader: boolean;
  /** Set when dropping the item changes the lead. */
  drop?: LeaderChange;
  /** The single-cell flips (C↔I, CC↔II) that change the lead. */
  flips: CellFlip[];
}

export interface AchGaps {
  /** Hypotheses with nothing inconsistent against them: not yet tested hard. */
  unrefuted: string[];
  /** Evidence rated NA for every hypothesis. */
  allNA: string[];
  unrated: AchUnrated[];
}

/** The scored matrix of one hypothesis set. */
export interface AchSetResult {
  id: string;
  question: string;
  /** Ranked, least weighted inconsistency first. */
  hypotheses: RankedHypothesis[];
  /** The hypotheses with the least weighted inconsistency (more than one on a tie). */
  leaders: string[];
  evidence: EvidenceRow[];
  cells: AchCell[];
  sensitivity: Sensitivity[];
  gaps: AchGaps;
  disputes: AchDispute[];
  milestones: AchMilestone[];
}

export interface AchResult {
  /** Where the matrices came from (a map or a CSV file), as given. */
  file: string;
  sets: AchSetResult[];
}
