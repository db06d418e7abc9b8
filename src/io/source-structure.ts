/**
 * Finds the addressable units of a source text (numbered paragraphs, their lettered parts and
 * roman-numeral items, unnumbered steps under an item, annexes, editorial footnotes) by reading the
 * text's own layout conventions, so no table of offsets has to be kept by hand.
 *
 * Conventions read (those of the 1953 memorandum and of the example report):
 * - `N. ` at the start of a line (after optional tabs or spaces) opens paragraph `N`.
 * - `ANNEX X` (or `Appendix X`) alone on a line opens an annex; its paragraphs are `X.N`.
 * - An unnumbered body line where no paragraph is open (e.g. an annex's opening paragraph) opens
 *   the next paragraph number of its part: Annex C's opening paragraph is `C.1`.
 * - `A. Internally`: a short lettered heading inside paragraph N names a part; items that follow are
 *   `N.A.i`. A new numbered paragraph ends the part (paragraph 4 follows "B. Externally": `4.i`).
 * - `(i) ` opens an item of the open paragraph (`4.i`, `C.5.iii`).
 * - Unnumbered lines after an item that ends with `:` (or `: -`) are its steps, `3.A.v.1`…
 * - Other unnumbered lines inside a paragraph continue that paragraph's own text: "It is quite
 *   possible…" after C.4.iii is addressed as `C.4`; the list of annexes under paragraph 7 is `7`.
 * - A line without closing punctuation (titles, "Conclusion", "Western Policy") is a heading and
 *   closes the open paragraph; `[…]` / `[...]` marks an omission and also closes it. Neither is a unit.
 * - `[footnoteRef:N]` cites footnote N inside a sentence; `[N: body]` is its body, inline after the
 *   citing paragraph, ending at the last `]` before the next `[` or the end of the line: `fnN`.
 *
 * Spans: `segments` are a unit's own words (without its label, footnote markers, footnote bodies or
 * children); `start`/`end` is its whole extent, children included, so a UI can outline a paragraph
 * with its items. `text` is the own words, lines joined by `\n`. All offsets index the original text.
 */
import { lineIndex } from './line-index.js';

export type UnitKind = 'paragraph' | 'item' | 'footnote';

/** A half-open range `[start, end)` of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

export interface SourceUnit {
  /** Structural address: `5`, `3.A.v.2`, `C.4.ii`, `D.6`, `fn9`. */
  locator: string;
  kind: UnitKind;
  /** Extent in the original text, children included. */
  start: number;
  end: number;
  /** 1-based line and column of the unit's first own word. */
  line: number;
  column: number;
  /** The unit's own words: no label, footnote markers, footnote bodies or children. */
  text: string;
  /** Where the own words stand in the original text, in order. */
  segments: readonly Span[];
  /** Locator of the enclosing unit (items and steps); footnotes have none. */
  parent?: string;
  /** For a footnote: the unit whose text carries its `[footnoteRef:N]` marker, when there is one. */
  citedIn?: string;
}

/** Layout lines that are structure rather than units, kept for outlines and explorers. */
export interface StructureMark {
  kind: 'heading' | 'annex' | 'part' | 'omission';
  text: string;
  start: number;
  end: number;
  line: number;
}

export interface SourceStructure {
  text: string;
  /** Every unit in document order (by start offset). */
  units: readonly SourceUnit[];
  marks: readonly StructureMark[];
  /** The unit with this locator, if the text has one. */
  unit(locator: string): SourceUnit | undefined;
}

/** The text cannot be read as a structured document; `line`/`column` point at the problem when known. */
export class SourceStructureError extends Error {
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
    this.name = 'SourceStructureError';
  }
}

interface Builder {
  locator: string;
  kind: UnitKind;
  segments: Span[];
  parent?: string;
  citedIn?: string;
  /** Opened by an unnumbered line and given the next number of its part. */
  unnumbered?: boolean;
  extentEnd: number;
}

const NUMBERED = /^(\d{1,4})\.[ \t]+(?=\S)/;
const ROMAN = /^\(([ivxlc]+)\)[ \t]*(?=\S)/;
const LETTERED = /^([A-Z])\.[ \t]+(?=\S)/;
const ANNEX = /^(?:annex|appendix)[ \t]+([A-Z])$/i;
const OMISSION = /^\[(?:…|\.\.\.)\]$/;
const INTRODUCES_STEPS = /:\s*[-–—]?$/;
// A line ending in any of these is prose; a short line ending otherwise is a heading.
const CLOSING = /[.:;,?!)\]”"’'…\-–—]$/;
const MAX_HEADING = 120;
const FOOTNOTE = /\[(?:footnoteRef:(\d+)\]|(\d+):)/g;
const NEXT_MARKER = /\[(?:footnoteRef:\d+\]|\d+:)/g;

/** Parses the structure of a source text; throws SourceStructureError when it finds no units or conflicting ones. */
export function parseSourceStructure(text: string): SourceStructure {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = lineIndex(text);

  const builders: Builder[] = [];
  const byLocator = new Map<string, Builder>();
  const marks: StructureMark[] = [];
  const add = (b: Omit<Builder, 'extentEnd'>): Builder => {
    const at = b.segments[0]?.start ?? 0;
    const prior = byLocator.get(b.locator);
    if (prior) {
      const p = position(at);
      const q = position(prior.segments[0]?.start ?? 0);
      const why = prior.unnumbered ? ` (the unnumbered paragraph at line ${q.line} took the next number, ${b.locator})` : ` (first at line ${q.line})`;
      throw new SourceStructureError(`locator ${b.locator} occurs twice${why}; expected each paragraph, item and footnote once`, p.line, p.column);
    }
    const built: Builder = { ...b, extentEnd: 0 };
    builders.push(built);
    byLocator.set(b.locator, built);
    return built;
  };

  let prefix = '';
  let lastNumber = 0;
  let paragraph: Builder | undefined;
  let part: string | undefined;
  let item: Builder | undefined;
  let steps = -1; // steps seen under the open item; -1 when it takes none
  const pendingCites = new Map<string, string>();
  const close = (): void => {
    paragraph = undefined;
    part = undefined;
    item = undefined;
    steps = -1;
  };

  for (let ln = 0; ln < lineStarts.length; ln++) {
    const ls = lineStarts[ln]!;
    let le = ln + 1 < lineStarts.length ? lineStarts[ln + 1]! - 1 : text.length;
    if (le > ls && text.charCodeAt(le - 1) === 13) le--;

    const { holes, bodies, cited } = footnotesOf(text, ls, le, position);
    let own = trim(text, subtract({ start: ls, end: le }, holes));
    const words = own.map((s) => text.slice(s.start, s.end)).join('');
    const mark = (kind: StructureMark['kind']): void => {
      marks.push({ kind, text: words, start: own[0]!.start, end: own[own.length - 1]!.end, line: ln + 1 });
    };
    let receiver: Builder | undefined;
    let m: RegExpExecArray | null;

    if (words === '') {
      // blank, or a line holding only footnote bodies
    } else if (OMISSION.test(words)) {
      mark('omission');
      close();
    } else if ((m = ANNEX.exec(words))) {
      mark('annex');
      prefix = `${m[1]!.toUpperCase()}.`;
      lastNumber = 0;
      close();
    } else if ((m = NUMBERED.exec(words))) {
      own = skip(text, own, m[0].length);
      lastNumber = Number(m[1]);
      close();
      paragraph = receiver = add({ locator: `${prefix}${lastNumber}`, kind: 'paragraph', segments: own });
    } else if ((m = ROMAN.exec(words))) {
      if (!paragraph) {
        const p = position(own[0]!.start);
        throw new SourceStructureError(`item (${m[1]}) stands outside any paragraph; expected it after a numbered or opening paragraph`, p.line, p.column);
      }
      own = skip(text, own, m[0].length);
      const base = part ? `${paragraph.locator}.${part}` : paragraph.locator;
      item = receiver = add({ locator: `${base}.${m[1]}`, kind: 'item', segments: own, parent: paragraph.locator });
      steps = INTRODUCES_STEPS.test(words) ? 0 : -1;
    } else if ((m = LETTERED.exec(words)) && paragraph && isHeading(words)) {
      mark('part');
      part = m[1]!;
      item = undefined;
      steps = -1;
    } else if (isHeading(words)) {
      mark('heading');
      close();
    } else if (item && steps >= 0) {
      receiver = add({ locator: `${item.locator}.${++steps}`, kind: 'item', segments: own, parent: item.locator });
    } else if (paragraph) {
      paragraph.segments.push(...own);
      receiver = paragraph;
      item = undefined;
    } else {
      lastNumber++;
      paragraph = receiver = add({ locator: `${prefix}${lastNumber}`, kind: 'paragraph', segments: own, unnumbered: true });
    }

    for (const body of bodies) add({ locator: `fn${body.n}`, kind: 'footnote', segments: [body.span] });
    for (const n of cited) {
      const fn = byLocator.get(`fn${n}`);
      if (fn && receiver && fn.citedIn === undefined) fn.citedIn = receiver.locator;
      else if (receiver && !pendingCites.has(n)) pendingCites.set(n, receiver.locator);
    }
  }
  // A marker may come before its body appears (or its body may be elsewhere); settle those now.
  for (const [n, locator] of pendingCites) {
    const fn = byLocator.get(`fn${n}`);
    if (fn && fn.citedIn === undefined) fn.citedIn = locator;
  }

  // Unnumbered paragraphs alone are no structure: plain prose must not pass as a numbered document.
  if (builders.every((b) => b.unnumbered))
    throw new SourceStructureError('no numbered paragraphs, items or footnotes found; expected paragraphs that start with "1. ", "2. " … or footnotes "[1: …]"');

  // Children are built after their parents, so one backward pass carries extents upwards.
  for (const b of builders) b.extentEnd = b.segments[b.segments.length - 1]!.end;
  for (let i = builders.length - 1; i >= 0; i--) {
    const b = builders[i]!;
    const parent = b.parent === undefined ? undefined : byLocator.get(b.parent);
    if (parent && b.extentEnd > parent.extentEnd) parent.extentEnd = b.extentEnd;
  }

  const units: SourceUnit[] = builders
    .map((b) => {
      const start = b.segments[0]!.start;
      const unit: SourceUnit = { locator: b.locator, kind: b.kind, start, end: b.extentEnd, ...position(start), text: joinSegments(text, b.segments), segments: b.segments };
      if (b.parent !== undefined) unit.parent = b.parent;
      if (b.citedIn !== undefined) unit.citedIn = b.citedIn;
      return unit;
    })
    .sort((a, b) => a.start - b.start);
  const index = new Map(units.map((u) => [u.locator, u]));
  return { text, units, marks, unit: (locator) => index.get(locator) };
}

/** The unit's own words: pieces on one line join directly, pieces on different lines with `\n`. */
function joinSegments(text: string, segments: readonly Span[]): string {
  let out = '';
  segments.forEach((s, i) => {
    if (i > 0 && text.slice(segments[i - 1]!.end, s.start).includes('\n')) out = out.trimEnd() + '\n';
    out += text.slice(s.start, s.end);
  });
  return out;
}

function isHeading(words: string): boolean {
  return words.length <= MAX_HEADING && !CLOSING.test(words);
}

/** Footnote markers and bodies on one line: the ranges to cut out, the bodies found, the notes cited. */
function footnotesOf(text: string, ls: number, le: number, position: (o: number) => { line: number; column: number }) {
  const holes: Span[] = [];
  const bodies: { n: string; span: Span }[] = [];
  const cited: string[] = [];
  const line = text.slice(ls, le);
  FOOTNOTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FOOTNOTE.exec(line))) {
    const at = ls + m.index;
    if (m[1] !== undefined) {
      cited.push(m[1]);
      holes.push({ start: at, end: at + m[0].length });
      continue;
    }
    const open = m.index + m[0].length;
    // The body may hold brackets of its own ("[sic]"); it ends at the last "]" before the next
    // footnote marker or body on the line, or before the line's end.
    NEXT_MARKER.lastIndex = open;
    const next = NEXT_MARKER.exec(line)?.index ?? line.length;
    const close = line.lastIndexOf(']', next - 1);
    if (close < open) {
      const p = position(at);
      throw new SourceStructureError(`footnote ${m[2]} body is not closed; expected "]" before the next footnote marker or the end of the line`, p.line, p.column);
    }
    const [span] = trim(text, [{ start: ls + open, end: ls + close }]);
    if (span) bodies.push({ n: m[2]!, span });
    holes.push({ start: at, end: ls + close + 1 });
    FOOTNOTE.lastIndex = close + 1;
  }
  return { holes, bodies, cited };
}

/** `whole` minus the (ordered, disjoint) `holes`. */
function subtract(whole: Span, holes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let from = whole.start;
  for (const h of holes) {
    if (h.start > from) out.push({ start: from, end: h.start });
    from = Math.max(from, h.end);
  }
  if (whole.end > from) out.push({ start: from, end: whole.end });
  return out;
}

/** Drops white space before the first word and after the last, and empty pieces. */
function trim(text: string, spans: readonly Span[]): Span[] {
  const out = spans.map((s) => ({ ...s }));
  while (out.length > 0) {
    const s = out[0]!;
    while (s.start < s.end && /\s/.test(text[s.start]!)) s.start++;
    if (s.start < s.end) break;
    out.shift();
  }
  while (out.length > 0) {
    const s = out[out.length - 1]!;
    while (s.end > s.start && /\s/.test(text[s.end - 1]!)) s.end--;
    if (s.end > s.start) break;
    out.pop();
  }
  return out;
}

/** Removes the first `count` characters of the joined spans (a paragraph or item label). */
function skip(text: string, spans: readonly Span[], count: number): Span[] {
  const out: Span[] = [];
  let left = count;
  for (const s of spans) {
    const cut = Math.min(left, s.end - s.start);
    left -= cut;
    if (s.start + cut < s.end) out.push({ start: s.start + cut, end: s.end });
  }
  return trim(text, out);
}

/**
 * The locator a mistyped one most likely means (`3.a.v(2)`, `C.5(iii)`, `footnote 9`, `¶ 5`): equal
 * once case, brackets, spacing and the words for paragraph and footnote are set aside.
 */
export function suggestLocator(structure: SourceStructure, locator: string): string | undefined {
  const key = (l: string): string =>
    l
      .toLowerCase()
      .replace(/^\s*(?:footnote|note|fn|n)\.?\s*(\d+)\s*$/, 'fn$1')
      .replace(/^\s*(?:paragraph|para|par|¶|§)\.?\s*/, '')
      .replace(/\(([^)]*)\)/g, '.$1')
      .replace(/[\s.]+/g, '.')
      .replace(/^\.|\.$/g, '');
  const wanted = key(locator);
  return structure.units.find((u) => u.locator !== locator && key(u.locator) === wanted)?.locator;
}
