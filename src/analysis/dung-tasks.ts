/**
 * The names of the semantics and of the ICCMA tasks argmap answers, apart from the solver: the CLI lists
 * them in its help and checks `--semantics`/`--task` against them without loading the search.
 */

export type Semantics = 'grounded' | 'complete' | 'preferred' | 'stable';
export const SEMANTICS: readonly Semantics[] = ['grounded', 'complete', 'preferred', 'stable'];

/**
 * The ICCMA reasoning tasks: enumerate the extensions (EE), give some extension (SE), decide whether an
 * argument is in some extension (DC, credulous) or in every one (DS, skeptical), count them (CE).
 */
export type Task = 'EE' | 'SE' | 'DC' | 'DS' | 'CE';
export const TASKS: readonly Task[] = ['EE', 'SE', 'DC', 'DS', 'CE'];
