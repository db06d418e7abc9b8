import type { Severity } from './diagnostics.js';

/** The values a rule's message template fills in: `{{name}}` in the template takes `data.name`. */
export type MessageData = Readonly<Record<string, string | number>>;

/** One problem or observation about a map, as `argmap check` prints it. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Which of the rule's messages (its `meta.messages`) this is, and what filled it in. */
  messageId: string;
  data: MessageData;
  /** One plain sentence, naming the nodes by id and short text: the template filled in from `data`. */
  message: string;
  /** Ids of the nodes (or inferences) involved, the one located first. */
  nodes: string[];
  location: { file: string; line: number; column: number };
  /** Set when a node's `suppress` entry covers this finding: still listed, never counted. */
  suppressed?: { reason: string; location: { file: string; line: number; column: number } };
}
