// Analysis of Competing Hypotheses (Heuer 1999, ch. 8; PARC ACH 2.0 scoring) over an argument map or a CSV matrix.
export type * from './types.js';
export { analyseMatrix, flipRating } from './analyse.js';
export { matrixFromSet, matricesFromMap } from './from-map.js';
export { inconsistencyValue, levelFactor, evidenceWeight } from './score.js';
