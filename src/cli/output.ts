import { writeFileAtomic } from '../io/write.js';
import { InputError, type Io, type OptionSpec } from './command.js';

/** Writes a whole output file; a path that cannot be written is the user's to fix (exit 2), not a crash. */
export function writeOutput(file: string, text: string): void {
  try {
    writeFileAtomic(file, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write ${file} (${code ?? (e as Error).message}); expected a writable path in an existing directory`);
  }
}

/** Standard output when no file is named, else the whole file or nothing. */
export function emit(io: Io, file: string | undefined, text: string): void {
  if (file === undefined) io.stdout(text);
  else writeOutput(file, text);
}

/** The `-o` option of commands that print to stdout unless told to write a file. */
export const OUTPUT_OPTION: OptionSpec = {
  type: 'string',
  short: 'o',
  arg: '<file>',
  description: 'write to this file (whole or not at all) instead of stdout',
};
