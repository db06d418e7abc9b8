/** A place in a user's file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in a user's file, always with enough to find and fix it. */
export interface Diagnostic {
  file: string;
  /** Absent when the problem has no place inside the file (missing file, binary file). */
  position?: Position;
  severity: Severity;
  message: string;
}

/** A step in a path into a parsed document: an object key or an array index. */
export type PathStep = string | number;
