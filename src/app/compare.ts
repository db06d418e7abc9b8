import type { LoadedMap } from '../io/load.js';
import { compareMaps, suggestSection, type Comparison } from '../analysis/compare.js';
import { InputError } from '../io/input-error.js';
import { loadAll } from './maps.js';

export interface Grading {
  student: LoadedMap;
  reference: LoadedMap;
  comparison: Comparison;
  /** A section of the reference every student node matches, when none was chosen: the likely intent. */
  suggestedSection?: string;
}

/** Loads both maps (reporting both files' problems together) and grades the student's against the reference. */
export function gradeMap(studentFile: string, referenceFile: string, section?: string): Grading {
  const [student, reference] = loadAll([studentFile, referenceFile]) as [LoadedMap, LoadedMap];
  if (section !== undefined && !(reference.map.sections ?? []).some((x) => x.id === section)) {
    const ids = (reference.map.sections ?? []).map((x) => x.id);
    throw new InputError(`${referenceFile}: no section ${JSON.stringify(section)}; expected one of: ${ids.join(', ') || '(the map has no sections)'}`);
  }
  const comparison = compareMaps(student, reference, section !== undefined ? { section } : {});
  const suggestedSection = section === undefined ? suggestSection(reference.map, comparison) : undefined;
  return { student, reference, comparison, ...(suggestedSection !== undefined ? { suggestedSection } : {}) };
}
