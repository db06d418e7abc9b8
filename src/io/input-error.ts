/**
 * A problem with the user's input (a file, a path, a format, an output target) that the message already
 * describes: the CLI prints it and exits 2, never with a stack trace. MapLoadError is the kind that
 * carries `file:line:col` diagnostics; this base class is the one every layer throws for the rest.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
