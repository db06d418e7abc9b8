/** Exit codes: 0 clean, 1 findings of error severity, 2 bad input or usage, 70 an internal bug (sysexits EX_SOFTWARE). */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 70 } as const;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal (progress output is only shown there). */
  isTTY: boolean;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder shown in help, e.g. `<dir>`. */
  arg?: string;
  description: string;
  /** Allowed values for a string option. */
  choices?: readonly string[];
  default?: string;
}

export type ParsedOptions = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  /** The positional part of the usage line, e.g. `<file...>`. */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Least and most positional arguments (most: Infinity for lists). */
  positionals: { min: number; max: number };
  run(positionals: string[], options: ParsedOptions, io: Io): Promise<number>;
}

/** A mistake in how the command was called: printed with the usage, exit 2, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: Command) {
    super(message);
    this.name = 'UsageError';
  }
}

// One InputError for every layer: the io layer's, so readers and writers below the CLI can throw it too.
export { InputError } from '../io/input-error.js';
