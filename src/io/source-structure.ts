/**
 * Finds the addressable units of a source text (numbered paragraphs, their lettered subparagraphs
 * and roman-numeral items, bullets and unnumbered steps, annexes, footnotes) by reading the text's
 * own layout conventions, so no table of offsets has to be kept by hand.
 *
 * Conventions read (those of the 1953 memorandum, and the common ones of assessments and reports):
 * - `N. ` at the start of a line (after optional tabs or spaces) opens paragraph `N`; `A. We judge …`
 *   (a capital and prose) opens lettered paragraph `A`, as in key judgements; `1.2 ` opens decimal
 *   paragraph `1.2`. A number before a heading's words (`2. FINDINGS`, `3. Recommendations`) is a
 *   numbered heading, not a paragraph, unless another numbered line follows (a list of short items).
 *   After a line ending mid-sentence, a number other than the next one ("in\n1953. The") is text.
 * - `ANNEX X`, `Appendix X: Title` or `# Annex X` alone on a line opens an annex; its paragraphs are
 *   `X.N` (`Appendix2.N` for a numbered one).
 * - An unnumbered body line where no paragraph is open (an annex's opening paragraph, or any
 *   paragraph of a text without numbers) opens the next paragraph number of its part: Annex C's
 *   opening paragraph is `C.1`. A blank line ends an unnumbered paragraph's own words.
 * - `A. Internally`: a short lettered heading inside paragraph N names a part; items that follow are
 *   `N.A.i`. A new numbered paragraph ends the part (paragraph 4 follows "B. Externally": `4.i`).
 * - `(a)`, `a.` or `a)` opens lettered subparagraph `N.a`; `(i)` opens item `N.i`, or `N.a.i` under an
 *   open subparagraph (`(i)` after `(h)` is the letter).
 * - Bullets (`- `, `* `, `• `) and unnumbered lines after an item that ends with `:` (or `: -`) are
 *   numbered steps of the innermost open item or paragraph: `3.A.v.1`, `2.3`.
 * - A line that follows one ending mid-sentence continues the same unit (hard-wrapped text). Other
 *   unnumbered lines inside a paragraph continue that paragraph's own text: "It is quite possible…"
 *   after C.4.iii is addressed as `C.4`; the list of annexes under paragraph 7 is `7`.
 * - Headings (see `isHeading`) close the open paragraph; `[…]` / `[...]` marks an omission and also
 *   closes it. Neither is a unit.
 * - Footnotes (see `source-notes.ts`): `[footnoteRef:N]` + inline `[N: body]`, Markdown `[^N]` +
 *   `[^N]: body`, a trailing Notes list, symbol notes: `fnN`, `fn-name`, `fn*`, `fn†`.
 *
 * Spans: `segments` are a unit's own words (without its label, footnote markers, footnote bodies or
 * children); `start`/`end` is its whole extent, children included, so a UI can outline a paragraph
 * with its items. `text` is the own words, lines joined by `\n`. All offsets index the original text.
 */
import { lineIndex, type Span } from './line-index.js';
import { annexPrefix, BULLET, DECIMAL, isNumberedHeading, endsSentence, INTRODUCES_STEPS, isHeading, isShortLine, ITEM, LETTERED, NUMBERED, OMISSION } from './source-layout.js';
import { joinSegments, skip, subtract, trim } from './source-spans.js';
import { NoteError, noteDefinition, noteLocator, notesOnLine, scanNotes } from './source-notes.js';

export type UnitKind = 'paragraph' | 'item' | 'footnote';

export type { Span } from './line-index.js';

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
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
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

const ROMAN = /^[ivx]+$/;
const NEXT_LETTER = (c: string): string => String.fromCharCode(c.charCodeAt(0) + 1);

/** Parses the structure of a source text; throws SourceStructureError when it finds no units or conflicting ones. */
export function parseSourceStructure(text: string): SourceStructure {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = lineIndex(text);
  const lineEnd = (ln: number): number => {
    let le = ln + 1 < lineStarts.length ? lineStarts[ln + 1]! - 1 : text.length;
    if (le > lineStarts[ln]! && text.charCodeAt(le - 1) === 13) le--;
    return le;
  };
  const rawLines = lineStarts.map((ls, ln) => text.slice(ls, lineEnd(ln)));
  const scan = scanNotes(rawLines);

  const builders: Builder[] = [];
  const byLocator = new Map<string, Builder>();
  const marks: StructureMark[] = [];
  const fail = (message: string, at: number): never => {
    const p = position(at);
    throw new SourceStructureError(message, p.line, p.column);
  };
  const add = (b: Omit<Builder, 'extentEnd'>): Builder => {
    const at = b.segments[0]?.start ?? 0;
    const prior = byLocator.get(b.locator);
    if (prior) {
      const q = position(prior.segments[0]?.start ?? 0);
      const why = prior.unnumbered ? ` (the unnumbered paragraph at line ${q.line} took the next number, ${b.locator})` : ` (first at line ${q.line})`;
      fail(`locator ${b.locator} occurs twice${why}; expected each paragraph, item and footnote once`, at);
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
  let letter: Builder | undefined; // the open lettered subparagraph, (a) or a.
  let item: Builder | undefined; // the innermost open item: roman under a letter, or the letter itself
  let steps = false; // the open item ends with ":" and takes the plain lines that follow as steps
  let proseClosed = false; // a blank line ended an unnumbered paragraph's own words
  let note: Builder | undefined; // a Markdown or trailing-list note that indented lines continue
  let inList = false;
  // A list numbered from 1 again inside a paragraph ("three points:" then "1. …"): its next number and indent.
  let numbered: { owner: Builder; next: number; indent: number } | undefined;
  let paragraphIndent = 0;
  let previous: { kind: 'start' | 'blank' | 'mark' | 'unit'; words: string; receiver?: Builder } = { kind: 'start', words: '' };
  const children = new Map<string, number>();
  const pendingCites = new Map<string, string>();
  const close = (): void => {
    paragraph = part = letter = item = note = numbered = undefined;
    steps = false;
  };
  // A numbered line is a step of a list inside the paragraph when it starts the list again at 1 right
  // after a line ending in ":", or goes on with that list where the paragraph's own numbers cannot
  // (or it is indented deeper than the paragraph's number).
  const listStep = (n: number, indent: number): boolean => {
    if (numbered && n === numbered.next) return n !== lastNumber + 1 || indent > paragraphIndent;
    return n === 1 && lastNumber >= 1 && paragraph !== undefined && previous.kind === 'unit' && INTRODUCES_STEPS.test(previous.words);
  };
  const child = (owner: Builder, segments: Span[]): Builder => {
    const k = (children.get(owner.locator) ?? 0) + 1;
    children.set(owner.locator, k);
    return add({ locator: `${owner.locator}.${k}`, kind: 'item', segments, parent: owner.locator });
  };

  for (let ln = 0; ln < lineStarts.length; ln++) {
    const ls = lineStarts[ln]!;
    const le = lineEnd(ln);
    let found;
    try {
      found = notesOnLine(text, ls, le, scan);
    } catch (e) {
      if (e instanceof NoteError) fail(e.message, e.offset);
      throw e;
    }
    const { holes, bodies, cited } = found!;
    let own = trim(text, subtract({ start: ls, end: le }, holes));
    const words = own.map((s) => text.slice(s.start, s.end)).join('');
    const next = (rawLines[ln + 1] ?? '').trim();
    const mark = (kind: StructureMark['kind']): void => {
      marks.push({ kind, text: words, start: own[0]!.start, end: own[own.length - 1]!.end, line: ln + 1 });
    };
    let receiver: Builder | undefined;
    let m: RegExpExecArray | null;
    let prefixOfAnnex: string | undefined;
    let def: ReturnType<typeof noteDefinition>;
    const wrapped = previous.kind === 'unit' && previous.receiver !== undefined && !endsSentence(previous.words);
    // After a line ending mid-sentence, "1953. The" goes on with the sentence unless it is the next number.
    const label = NUMBERED.exec(words);
    const numberedHere = label !== null && (!wrapped || Number(label[1]) === lastNumber + 1 || Number(label[1]) === numbered?.next);

    if (words === '') {
      // blank, or a line holding only footnote bodies
      if (rawLines[ln]!.trim() === '') {
        if (paragraph?.unnumbered) proseClosed = true;
        if (!inList) note = undefined;
      }
    } else if (ln === scan.listStart) {
      mark('heading');
      close();
      inList = true;
    } else if ((prefixOfAnnex = annexPrefix(words)) !== undefined) {
      mark('annex');
      prefix = prefixOfAnnex;
      lastNumber = 0;
      close();
      inList = false;
    } else if ((def = noteDefinition(words, inList, scan))) {
      close();
      note = receiver = add({ locator: noteLocator(def.label), kind: 'footnote', segments: skip(text, own, def.length) });
    } else if (note && (inList || /^[ \t]/.test(rawLines[ln]!))) {
      note.segments.push(...own);
      receiver = note;
    } else if (OMISSION.test(words)) {
      mark('omission');
      close();
    } else if (numberedHere && (m = label) && listStep(Number(m[1]), indentOf(rawLines[ln]!))) {
      const n = Number(m[1]);
      own = skip(text, own, m[0].length);
      if (n === 1) numbered = { owner: (item ?? paragraph)!, next: 1, indent: indentOf(rawLines[ln]!) };
      numbered!.next = n + 1;
      receiver = child(numbered!.owner, own);
    } else if (!wrapped && (m = label ?? DECIMAL.exec(words)) && isNumberedHeading(words.slice(m[0].length)) && !NUMBERED.test(next)) {
      mark('heading');
      close();
    } else if (!wrapped && (m = DECIMAL.exec(words))) {
      close();
      proseClosed = false;
      paragraphIndent = indentOf(rawLines[ln]!);
      paragraph = receiver = add({ locator: `${prefix}${m[1]}`, kind: 'paragraph', segments: skip(text, own, m[0].length) });
    } else if (numberedHere && (m = label)) {
      own = skip(text, own, m[0].length);
      lastNumber = Number(m[1]);
      close();
      proseClosed = false;
      paragraphIndent = indentOf(rawLines[ln]!);
      paragraph = receiver = add({ locator: `${prefix}${lastNumber}`, kind: 'paragraph', segments: own });
    } else if ((m = ITEM.exec(words))) {
      if (!paragraph) fail(`item ${m[0].trim()} stands outside any paragraph; expected it after a numbered or opening paragraph`, own[0]!.start);
      const label = (m[1] ?? m[2])!;
      own = skip(text, own, m[0].length);
      const base = part ? `${paragraph!.locator}.${part}` : paragraph!.locator;
      const lastLetter = letter?.locator.slice(-1);
      const isLetter =
        (lastLetter !== undefined && label === NEXT_LETTER(lastLetter)) || !ROMAN.test(label) || ((label === 'v' || label === 'x') && item === letter && lastLetter !== undefined);
      if (isLetter) {
        letter = item = receiver = add({ locator: `${base}.${label}`, kind: 'item', segments: own, parent: paragraph!.locator });
      } else {
        const owner = letter ?? paragraph!;
        item = receiver = add({ locator: `${letter ? letter.locator : base}.${label}`, kind: 'item', segments: own, parent: owner.locator });
      }
      steps = INTRODUCES_STEPS.test(words);
    } else if ((m = BULLET.exec(words))) {
      own = skip(text, own, m[0].length);
      const owner = item ?? paragraph;
      if (owner) receiver = child(owner, own);
      else {
        receiver = add({ locator: `${prefix}${++lastNumber}`, kind: 'paragraph', segments: own, unnumbered: true });
        close();
      }
    } else if ((m = LETTERED.exec(words)) && paragraph && isShortLine(words)) {
      mark('part');
      part = m[1]!;
      letter = item = undefined;
      steps = false;
    } else if ((m = LETTERED.exec(words)) && !isShortLine(words)) {
      close();
      paragraph = receiver = add({ locator: `${prefix}${m[1]}`, kind: 'paragraph', segments: skip(text, own, m[0].length) });
    } else if (wrapped) {
      previous.receiver!.segments.push(...own);
      receiver = previous.receiver;
    } else if (isHeading(words, next, previous.kind === 'mark' || previous.kind === 'start')) {
      mark('heading');
      close();
    } else if (item && steps) {
      receiver = child(item, own);
    } else if (paragraph && !(paragraph.unnumbered && proseClosed)) {
      paragraph.segments.push(...own);
      receiver = paragraph;
      letter = item = undefined;
    } else {
      close();
      proseClosed = false;
      paragraph = receiver = add({ locator: `${prefix}${++lastNumber}`, kind: 'paragraph', segments: own, unnumbered: true });
    }

    for (const body of bodies) add({ locator: `fn${body.n}`, kind: 'footnote', segments: [body.span] });
    for (const n of cited) {
      const fn = byLocator.get(noteLocator(n));
      if (fn && receiver && fn !== receiver && fn.citedIn === undefined) fn.citedIn = receiver.locator;
      else if (receiver && !pendingCites.has(n)) pendingCites.set(n, receiver.locator);
    }
    if (rawLines[ln]!.trim() === '') previous = { kind: 'blank', words: '' };
    else if (receiver) previous = { kind: 'unit', words, receiver };
    else if (words !== '') previous = { kind: 'mark', words };
  }
  // A marker may come before its body appears (or its body may be elsewhere); settle those now.
  for (const [n, locator] of pendingCites) {
    const fn = byLocator.get(noteLocator(n));
    if (fn && fn.citedIn === undefined && fn.locator !== locator) fn.citedIn = locator;
  }

  if (builders.length === 0) throw new SourceStructureError('no paragraphs, items or footnotes found; expected some text that is not a heading');

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

/** Width of a line's leading white space, a tab counting as four. */
function indentOf(line: string): number {
  const lead = /^[ \t]*/.exec(line)![0];
  return lead.length + 3 * (lead.split('\t').length - 1);
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
