import { writeFileAtomic } from '../io/write.js';
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

/** What `-o` means, the same for every command; said in `argmap --help` and in each help that offers -o. */
export const OUTPUT_OPTION_RULE =
  '-o <file> always names one file to write (- for standard output); a command that writes several files takes --out-dir <dir> instead.';

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
