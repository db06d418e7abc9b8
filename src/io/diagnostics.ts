import { InputError } from './input-error.js';
import { visibleText } from './visible-text.js';
import type { Diagnostic, Position, Severity } from '../model/diagnostics.js';

export type { Diagnostic, Position, Severity };

/** Thrown by the loader when a file cannot become a valid map; carries every problem found. */
export class MapLoadError extends InputError {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'MapLoadError';
    this.diagnostics = diagnostics;
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.position ? `${d.file}:${d.position.line}:${d.position.column}` : d.file;
  // One line each, whatever a quoted value holds: a message may echo text from the file.
  return visibleText(`${where}: ${d.severity}: ${d.message}`, true);
}

/** Sort by file, then position; diagnostics without a position come first for their file. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    const la = a.position?.line ?? 0;
    const lb = b.position?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.position?.column ?? 0;
    const cb = b.position?.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

/** Longest stretch of a found value a message repeats; the rest is cut, and its length given. */
export const MAX_ECHO = 80;

// C0 and C1 controls, DEL, and the invisible format characters that reorder or hide text (bidi overrides
// and isolates, zero-width marks, soft hyphen, BOM): from a file, they would steer the reader's terminal.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;
const escapeInvisible = (s: string) => s.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The first `max` characters of s, not splitting a surrogate pair, and whether anything was left out. */
function clip(s: string, max: number): { head: string; cut: boolean } {
  if (s.length <= max) return { head: s, cut: false };
  const end = /[\ud800-\udbff]/.test(s[max - 1]!) ? max - 1 : max;
  return { head: s.slice(0, end), cut: true };
}

/**
 * Text from a file as a message repeats it unquoted (a token, a parser's description): invisible
 * characters written as \uXXXX escapes, and at most `max` characters, then `…` and the full length.
 */
export function echoText(s: string, max = MAX_ECHO): string {
  const { head, cut } = clip(s, max);
  return escapeInvisible(head) + (cut ? `… (${s.length} characters)` : '');
}

/**
 * Renders a value found in a file for a message: one line, quoted, at most MAX_ECHO characters (a file
 * holding one huge scalar, or /etc/passwd through a symlink, used to be repeated whole), with control and
 * invisible characters escaped. Every message that repeats what it found goes through here.
 */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const { head, cut } = clip(value, MAX_ECHO);
    return escapeInvisible(JSON.stringify(head)) + (cut ? `… (${value.length} characters)` : '');
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return echoText(String(value));
}
