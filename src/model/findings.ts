import type { Severity } from './diagnostics.js';

/** One problem or observation about a map, as `argmap check` prints it. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** One plain sentence, naming the nodes by id and short text. */
  message: string;
  /** Ids of the nodes (or inferences) involved, the one located first. */
  nodes: string[];
  location: { file: string; line: number; column: number };
}
