import { formatDiagnostic, type Diagnostic } from '../io/diagnostics.js';
import { writeFileAtomic } from '../io/write.js';
import { plural } from '../model/plural.js';
import { InputError, UsageError, type Command, type Io, type OptionSpec } from './command.js';

/** Writes a whole output file; a path that cannot be written is the user's to fix (exit 2), not a crash. */
export function writeOutput(file: string, text: string): void {
  try {
    writeFileAtomic(file, text);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write ${file} (${code ?? (e as Error).message}); expected a writable path in an existing directory`);
  }
}

/**
 * The file `-o` names, or undefined for standard output (no -o, or `-o -`). An empty name is a mistake
 * (a shell variable that was never set), not a quiet request for stdout.
 */
export function outputFile(value: unknown, command?: Command, flag = '-o'): string | undefined {
  if (typeof value !== 'string' || value === '-') return undefined;
  if (value === '') throw new UsageError(`${flag} needs a file name (or - for standard output); found an empty string`, command);
  return value;
}

/** Standard output when no file is named, else the whole file or nothing. */
export function emit(io: Io, file: string | undefined, text: string): void {
  if (file === undefined) io.stdout(text);
  else writeOutput(file, text);
}

/**
 * Writes output made chunk by chunk to standard output, waiting whenever it is full. Writes to a pipe
 * that cannot take them are queued in memory until the event loop runs: a million-node check piped to a
 * reader kept the whole 600 MB of findings JSON queued, 4.3 GB of resident memory, where waiting keeps
 * it to one chunk.
 */
export async function streamOut(io: Io, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    io.stdout(chunk);
    const full = io.drained?.();
    if (full) await full;
  }
}

/** What `-o` means, the same for every command; said in `argmap --help` and in each help that offers -o. */
export const OUTPUT_OPTION_RULE = '-o <file> always names one file to write (- for standard output); a command that writes several files takes --out-dir <dir> instead.';

/** How `-o` writes, said once for every command's help. */
export const OUTPUT_RULES =
  'whole or not at all, through a temporary file beside it; a symbolic link is written through to its target (the link stays); devices, FIFOs, sockets and directories are refused';

/** The `-o` option of commands that print to stdout unless told to write a file. */
export const OUTPUT_OPTION: OptionSpec = {
  type: 'string',
  short: 'o',
  arg: '<file>',
  description: `write to this file instead of stdout (- for stdout): ${OUTPUT_RULES}`,
};

/**
 * How many problems of one input reach the terminal. A file broken on every line (a CSV with a thousand bad
 * cells, a binary fed in as YAML) would otherwise bury the first, usually causal, message under megabytes.
 */
export const DIAGNOSTICS_SHOWN = 50;

/** Prints an input's problems, the first {@link DIAGNOSTICS_SHOWN} of them, then how many more there are. */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics.slice(0, DIAGNOSTICS_SHOWN)) io.stderr(formatDiagnostic(d) + '\n');
  const more = diagnostics.length - DIAGNOSTICS_SHOWN;
  if (more > 0) io.stderr(`argmap: ${plural(more, 'more problem')} in ${diagnostics[0]!.file} not shown; fix the first ones and run again\n`);
}
