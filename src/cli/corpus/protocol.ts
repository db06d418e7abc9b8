import type { ParsedOptions } from '../command.js';

/** One file for a worker: which command, the file, the parsed options, and where its output goes. */
export interface Task {
  index: number;
  command: string;
  file: string;
  options: ParsedOptions;
  /** For commands that write a file per input: the output folder and the mirrored name inside it. */
  output?: { folder: string; rel: string };
  format: 'table' | 'jsonl';
}

/** A worker's answer: the file's exit status and its line of output, formatted in the worker. */
export interface Reply {
  index: number;
  status: number;
  line: string;
}
