import { MapLoadError } from '../io/diagnostics.js';
import { visibleText } from '../io/visible-text.js';
import { printDiagnostics } from './output.js';
import { EXIT, InputError, UsageError, type CommandSpec, type Io } from './command.js';

/** `Usage: argmap <command> [options] <args>`, without a dangling space for a command that takes none. */
export function usageLine(c: CommandSpec): string {
  return `Usage: argmap ${c.name} [options]${c.usage ? ` ${c.usage}` : ''}`;
}

/**
 * What a command's failure prints and its exit code: the user's mistakes (usage, input) exit 2 with a
 * message, anything else is a bug in argmap (70, with the stack). The same for one file run alone and for
 * each file of a corpus run.
 */
export function reportFailure(e: unknown, command: CommandSpec | undefined, io: Io): number {
  if (e instanceof UsageError) {
    // A command's own UsageError is about that command even when it does not say so.
    const about = e.command ?? command;
    io.stderr(`argmap: ${visibleText(e.message, true)}\n`);
    io.stderr(about ? `${usageLine(about)}\nRun \`argmap ${about.name} --help\` for the options.\n` : 'Run `argmap --help` for the commands.\n');
    return EXIT.usage;
  }
  if (e instanceof MapLoadError) {
    printDiagnostics(io, e.diagnostics);
    return EXIT.usage;
  }
  // RenderInputError is an InputError too.
  if (e instanceof InputError) {
    io.stderr(`argmap: ${visibleText(e.message, true)}\n`);
    return EXIT.usage;
  }
  io.stderr(`argmap: internal error (a bug in argmap, not in your input):\n${(e as Error).stack ?? String(e)}\n`);
  return EXIT.internal;
}
