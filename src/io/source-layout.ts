/**
 * How one line of a document is laid out: the labels that open paragraphs and items, annex lines,
 * and whether a line is a heading. Kept apart from the parser so each convention is one pattern.
 */

export const NUMBERED = /^(\d{1,4})\.[ \t]+(?=\S)/;
/** `1.2 ` or `3.1.4. `: decimal paragraph numbers, as many reports number them. */
export const DECIMAL = /^(\d{1,3}(?:\.\d{1,3})+)\.?[ \t]+(?=\S)/;
/** `(a)`, `(iv)`, `a.`, `a)`, `iv)`: a lettered subparagraph or a roman-numeral item. */
export const ITEM = /^(?:\(([a-z]|[ivx]{1,6})\)|([a-z]|[ivx]{1,6})[.)])[ \t]*(?=\S)/;
/** `A. Internally` (a part heading inside a paragraph) or `A. We judge …` (a lettered paragraph). */
export const LETTERED = /^([A-Z])\.[ \t]+(?=\S)/;
export const BULLET = /^[-*•–+][ \t]+(?=\S)/;
export const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/;
export const OMISSION = /^\[(?:…|\.\.\.)\]$/;
export const INTRODUCES_STEPS = /:\s*[-–—]?$/;
const ANNEX = /^(?:#{1,6}[ \t]+)?(annex|appendix)[ \t]+([A-Z]|\d{1,2})(?:[ \t]*[.:–—-][ \t]*(.*))?$/i;
// A line ending in any of these is prose; a short line ending otherwise may be a heading.
const CLOSING = /[.:;,?!)\]”"’'…\-–—]$/;
// A line ending so finishes its sentence; one that does not is wrapped and goes on in the next line.
const SENTENCE_END = /(?:[.!?:;…]["”’')\]]*|:\s*[-–—])$/;
const MAX_HEADING = 120;
const SMALL_WORDS = new Set('a an and as at but by for from in into nor of on or over the to under upon with after before between since than via vs per its their s'.split(' '));

/** The annex prefix of an `ANNEX C` / `Appendix 2: Method` line (`C.`, `Appendix2.`), or undefined. */
export function annexPrefix(words: string): string | undefined {
  const m = ANNEX.exec(words);
  if (!m) return undefined;
  // "Annex A. – The Internal Situation …." inside a list of annexes is prose, not an annex's start.
  if (m[3] !== undefined && CLOSING.test(m[3])) return undefined;
  const id = m[2]!;
  if (/^\d/.test(id)) return `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()}${id}.`;
  return `${id.toUpperCase()}.`;
}

/** A short line without closing punctuation: the shape of a heading or of a part's name. */
export function isShortLine(words: string): boolean {
  return words.length <= MAX_HEADING && !CLOSING.test(words);
}

export function endsSentence(words: string): boolean {
  return SENTENCE_END.test(words);
}

/** Lines that open something of their own, so the line before them stands alone. */
export function opensStructure(words: string): boolean {
  return (
    words === '' ||
    NUMBERED.test(words) ||
    DECIMAL.test(words) ||
    ITEM.test(words) ||
    BULLET.test(words) ||
    MARKDOWN_HEADING.test(words) ||
    LETTERED.test(words) ||
    ANNEX.test(words) ||
    OMISSION.test(words)
  );
}

function isTitleCase(words: string): boolean {
  const tokens = words.split(/\s+/).map((t) => t.replace(/^[^\p{L}\p{N}]+/u, ''));
  return tokens.every((t, i) => !/^\p{Ll}/u.test(t) || (i > 0 && SMALL_WORDS.has(t.replace(/[^\p{L}]+$/u, '').toLowerCase())));
}

/** The words after a paragraph number that make it a numbered heading (`2. BACKGROUND`, `1.1 Scope`). */
export function isNumberedHeading(rest: string): boolean {
  return isShortLine(rest) && !/^\p{Ll}/u.test(rest) && (!/\p{Ll}/u.test(rest) || isTitleCase(rest));
}

/**
 * Whether a line that does not continue a wrapped sentence is a heading: a Markdown `#` line, or a
 * short line without closing punctuation that is in capitals or title case, or stands apart (the
 * next line opens something else) or under another heading. A line whose next line starts in lower
 * case is the first line of a wrapped paragraph.
 */
export function isHeading(words: string, next: string, afterMark: boolean): boolean {
  if (MARKDOWN_HEADING.test(words)) return true;
  if (!isShortLine(words) || /^\p{Ll}/u.test(words) || /^\p{Ll}/u.test(next)) return false;
  if (!/\p{Ll}/u.test(words) || isTitleCase(words)) return true;
  return opensStructure(next) || (afterMark && words.split(/\s+/).length <= 8);
}
