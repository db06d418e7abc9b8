/**
 * Footnotes in the layouts documents use: the memorandum's `[footnoteRef:N]` markers with `[N: …]`
 * bodies inline, Markdown `[^N]` with `[^N]: …` definitions, a trailing "Notes" / "Footnotes" /
 * "Endnotes" list (`1. …` or `[1] …`) cited by `[1]`, `^1` or superscript digits, and symbol notes
 * (`*`, `†`, `‡`, `§`) whose body is a line that starts with the symbol.
 *
 * A bare `[1]`, `^1`, `¹` or `*` is only read as a marker when the text defines that note somewhere:
 * otherwise it is ordinary text (a list reference, an exponent, emphasis) and stays in the quote.
 */
import type { Span } from './line-index.js';
import { trim } from './source-spans.js';

/** What a first pass over the whole text learns about its notes, so markers can be told from text. */
export interface NoteScan {
  /** Line index of the heading that opens a trailing notes list, if the text has one. */
  listStart?: number;
  /** Labels the trailing list defines (`1`, `2`, …). */
  listLabels: ReadonlySet<string>;
  /** Note symbols some line defines (`*`, `†`, …) after the symbol has been cited. */
  symbols: ReadonlySet<string>;
}

const NOTES_HEADING = /^(?:#{1,6}[ \t]*)?(?:foot|end)?notes[ \t]*:?$/i;
const LIST_ENTRY = /^(?:\[(\d{1,3})\][ \t]*|(\d{1,3})[.)][ \t]+)(?=\S)/;
const MARKDOWN_DEF = /^\[\^([^\]\s]+)\]:[ \t]*/;
const SYMBOL_DEF = /^(\*{1,3}|†{1,2}|‡{1,2}|§)(?![*†‡§])[ \t]*(?=\S)/;
// A symbol cites a note when it hangs on a word or closing punctuation, not when it stands alone.
const SYMBOL_CITE = /(?<=[\p{L}\p{N}.,;:)”’"'])(\*{1,3}|†{1,2}|‡{1,2}|§)(?=[\s.,;:)]|$)/gu;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const INLINE = /\[(?:footnoteRef:(\d+)\]|(\d+):)/g;
const NEXT_INLINE = /\[(?:footnoteRef:\d+\]|\d+:)/g;
const BARE = /\[\^([^\]\s]+)\](?!:)|\[(\d{1,3})\]|\^(\d{1,3})(?!\d)|(?<=\S)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g;

/** The locator of a note label: `fn9`, `fn-method` for a named Markdown note, `fn*`, `fn†`. */
export function noteLocator(label: string): string {
  return /^\d+$/.test(label) || /^[*†‡§]+$/.test(label) ? `fn${label}` : `fn-${label}`;
}

/** Finds the trailing notes list and the symbols that are defined, from the text's lines. */
export function scanNotes(lines: readonly string[]): NoteScan {
  const listLabels = new Set<string>();
  let listStart: number | undefined;
  // The last notes heading that is followed by list entries opens the list.
  for (let i = lines.length - 1; i >= 0 && listStart === undefined; i--) {
    if (!NOTES_HEADING.test(lines[i]!.trim())) continue;
    const labels = lines
      .slice(i + 1)
      .map((l) => LIST_ENTRY.exec(l.trim()))
      .filter((m) => m !== null);
    if (labels.length === 0) continue;
    listStart = i;
    for (const m of labels) listLabels.add(m[1] ?? m[2]!);
  }
  const cited = new Map<string, number>();
  lines.forEach((line, i) => {
    for (const m of line.matchAll(SYMBOL_CITE)) if (!cited.has(m[1]!)) cited.set(m[1]!, i);
  });
  const symbols = new Set<string>();
  lines.forEach((line, i) => {
    const m = SYMBOL_DEF.exec(line.trim());
    // A line holding another `*` is Markdown emphasis or a bullet, not a note.
    if (m && (cited.get(m[1]!) ?? Infinity) < i && !/[*]/.test(line.trim().slice(m[1]!.length))) symbols.add(m[1]!);
  });
  return { ...(listStart === undefined ? {} : { listStart }), listLabels, symbols };
}

/** The label a line opens a note with, and how many characters of the line's words the label takes. */
export function noteDefinition(words: string, inList: boolean, scan: NoteScan): { label: string; length: number } | undefined {
  let m = MARKDOWN_DEF.exec(words);
  if (m) return { label: m[1]!, length: m[0].length };
  if (inList && (m = LIST_ENTRY.exec(words))) return { label: m[1] ?? m[2]!, length: m[0].length };
  if ((m = SYMBOL_DEF.exec(words)) && scan.symbols.has(m[1]!) && !/[*]/.test(words.slice(m[1]!.length))) return { label: m[1]!, length: m[0].length };
  return undefined;
}

export interface LineNotes {
  /** Markers and inline bodies to cut out of the line's own words, ordered and disjoint. */
  holes: Span[];
  /** Inline `[N: …]` bodies found on the line. */
  bodies: { n: string; span: Span }[];
  /** Labels the line cites. */
  cited: string[];
}

export class NoteError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Footnote markers and inline bodies on the line `[ls, le)` of `text`. */
export function notesOnLine(text: string, ls: number, le: number, scan: NoteScan): LineNotes {
  const holes: Span[] = [];
  const bodies: { n: string; span: Span }[] = [];
  const cited: string[] = [];
  const line = text.slice(ls, le);
  INLINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE.exec(line))) {
    const at = ls + m.index;
    if (m[1] !== undefined) {
      cited.push(m[1]);
      holes.push({ start: at, end: at + m[0].length });
      continue;
    }
    const open = m.index + m[0].length;
    // The body may hold brackets of its own ("[sic]"); it ends at the last "]" before the next
    // footnote marker or body on the line, or before the line's end.
    NEXT_INLINE.lastIndex = open;
    const next = NEXT_INLINE.exec(line)?.index ?? line.length;
    const close = line.lastIndexOf(']', next - 1);
    if (close < open) throw new NoteError(`footnote ${m[2]} body is not closed; expected "]" before the next footnote marker or the end of the line`, at);
    const [span] = trim(text, [{ start: ls + open, end: ls + close }]);
    if (span) bodies.push({ n: m[2]!, span });
    holes.push({ start: at, end: ls + close + 1 });
    INLINE.lastIndex = close + 1;
  }
  const free = (start: number, end: number): boolean => holes.every((h) => end <= h.start || start >= h.end);
  const defined = (label: string, list: boolean): boolean => (list ? scan.listLabels.has(label) : true);
  for (const b of line.matchAll(BARE)) {
    const start = ls + b.index;
    const end = start + b[0].length;
    const label = b[1] ?? b[2] ?? b[3] ?? (b[4] ? [...b[4]].map((c) => SUPERSCRIPT.indexOf(c)).join('') : undefined);
    // A Markdown marker always cites; the others only when the trailing list defines the number.
    if (label === undefined || !defined(label, b[1] === undefined) || !free(start, end)) continue;
    if (b.index === 0 && b[1] === undefined && scan.listLabels.size > 0 && /^\[\d/.test(b[0])) continue;
    cited.push(label);
    holes.push({ start, end });
  }
  for (const s of line.matchAll(SYMBOL_CITE)) {
    const start = ls + s.index;
    const end = start + s[0].length;
    if (!scan.symbols.has(s[1]!) || !free(start, end)) continue;
    cited.push(s[1]!);
    holes.push({ start, end });
  }
  holes.sort((a, b) => a.start - b.start);
  return { holes, bodies, cited };
}
