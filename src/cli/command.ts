/** Exit codes: 0 clean, 1 findings of error severity, 2 bad input or usage, 70 an internal bug (sysexits EX_SOFTWARE). */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 70 } as const;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * A promise while standard output holds more than it can take at once (a pipe read slower than argmap
   * writes), settled when it has taken it; undefined when writing may go on. Absent: never wait.
   */
  drained?(): Promise<void> | undefined;
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

/** What one option's spec yields once parsed: its choices or a string, a list, a flag; never undefined with a default. */
type OptionValue<O extends OptionSpec> = O['type'] extends 'boolean'
  ? boolean | undefined
  : O['multiple'] extends true
    ? string[] | undefined
    : (O['choices'] extends readonly (infer C extends string)[] ? C : string) | (O extends { default: string } ? never : undefined);

/** The parsed options of a command, typed from its option specs. */
export type OptionsOf<S extends Record<string, OptionSpec>> = string extends keyof S ? ParsedOptions : { -readonly [K in keyof S]: OptionValue<S[K]> };

/**
 * What the user sees of a command (its name, summary, usage and options): enough to print its help and
 * to parse its arguments, and light to load, so that choosing one command never loads the others' code.
 */
export interface CommandSpec<S extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  name: string;
  summary: string;
  /** The positional part of the usage line, e.g. `<file...>`. */
  usage: string;
  options: S;
  /** Least and most positional arguments (most: Infinity for lists). */
  positionals: { min: number; max: number };
}

export interface Command<S extends Record<string, OptionSpec> = Record<string, OptionSpec>> extends CommandSpec<S> {
  run(positionals: string[], options: OptionsOf<S>, io: Io): Promise<number>;
}

/** A command as the registry lists it: its spec at once, its code (and all that code imports) when it runs. */
export interface CommandEntry extends CommandSpec {
  load(): Promise<Command>;
}

/** A command's spec with its option specs' literal types kept, for the command's `run` to be typed from. */
export function defineSpec<const S extends Record<string, OptionSpec>>(spec: CommandSpec<S>): CommandSpec<S> {
  return spec;
}

/**
 * A command whose `run` gets its options typed from their specs (choices as unions, defaults as
 * present), so no command casts what the parser hands it. The parser checks choices and fills defaults.
 */
export function defineCommand<const S extends Record<string, OptionSpec>>(command: Command<S>): Command {
  const seen = new Set<string>();
  for (const [name, o] of Object.entries(command.options)) {
    // A slip here would show only when a user hit it: a default the parser then refuses, or one -x meaning two options.
    if (o.default !== undefined && (o.type !== 'string' || (o.choices && !o.choices.includes(o.default))))
      throw new Error(`argmap ${command.name} --${name}: default ${JSON.stringify(o.default)} is not a value the option takes`);
    if (o.short !== undefined && (o.short.length !== 1 || seen.has(o.short))) throw new Error(`argmap ${command.name} --${name}: -${o.short} is not one letter of its own`);
    if (o.short !== undefined) seen.add(o.short);
  }
  defined.add(command);
  return command as unknown as Command;
}

const defined = new WeakSet<object>();

/** True for a command made by defineCommand, so its options were checked and are typed in its run. */
export function isDefinedCommand(command: Command): boolean {
  return defined.has(command);
}

/** A mistake in how the command was called: printed with the usage, exit 2, never a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandSpec,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

// One InputError for every layer: the io layer's, so readers and writers below the CLI can throw it too.
export { InputError } from '../io/input-error.js';
