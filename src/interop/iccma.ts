/**
 * Abstract frameworks in the ICCMA competition formats, read and written.
 *
 * - apx (ASPARTIX): `arg(a).` and `att(a,b).` statements, `%` comments to the end of a line, any white
 *   space. A name is either bare, letters/digits/`_` (e.g. `a1`, `3`; an upper-case initial is read as a
 *   name, although an ASP solver would read a variable), or double-quoted with `\"` and `\\` escapes.
 *   `att` may come before the `arg` it names, as in ASP.
 * - tgf (Trivial Graph Format): one argument per line (a first token, anything after it is a label and
 *   ignored), a line `#`, then one attack `a b` per line.
 * - i23 (ICCMA 2023): a header `p af N`, then one attack `i j` per line over arguments 1..N; lines
 *   starting with `#` are comments.
 *
 * Written apx quotes every name that is not a lower-case ASP constant (`^[a-z][A-Za-z0-9_]*$`), so that
 * `3.A.v` becomes `arg("3.A.v").` and `Kremlin` becomes `arg("Kremlin").`: an ASP solver reads both as
 * constants, and `readFramework` reads them back to the same names.
 *
 * A mistake in a file throws MapLoadError with `file:line:col`, what was found and what was expected.
 * Parsing scans character codes once, without a regular expression per token, so that 100k arguments
 * and 200k attacks take a fraction of a second.
 */
import { extname } from 'node:path';
import { MapLoadError, showValue } from '../io/diagnostics.js';
import { readTextInput } from '../io/input.js';
// The indexing from the solver's core only: the CLI reads FRAMEWORK_FORMATS from here for every command's help.
import { indexFramework } from '../analysis/dung-core.js';
import type { ArgumentationFramework, NamedFramework } from '../analysis/dung.js';

export type FrameworkFormat = 'apx' | 'tgf' | 'i23';
export const FRAMEWORK_FORMATS: readonly FrameworkFormat[] = ['apx', 'tgf', 'i23'];

/** A parsed framework: argument names in file order, and attacks as index pairs into them. */
export interface ParsedFramework {
  names: string[];
  from: Int32Array;
  to: Int32Array;
}

/** Largest `p af N` accepted: every argument gets a name string, and 20M of them take about 1 GB. */
export const MAX_ARGUMENTS = 20_000_000;

const EXTENSIONS: Record<string, FrameworkFormat> = { '.apx': 'apx', '.tgf': 'tgf', '.af': 'i23', '.i23': 'i23' };

/** The format a file's extension names, else the one its first statement shows. */
export function detectFormat(file: string, text: string): FrameworkFormat {
  const byName = EXTENSIONS[extname(file).toLowerCase()];
  if (byName) return byName;
  for (const raw of text.split('\n', 200)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('%')) continue;
    if (/^p\s+af\b/.test(line)) return 'i23';
    if (/^(arg|att)\s*\(/.test(line)) return 'apx';
    if (!line.startsWith('#')) return 'tgf';
  }
  return 'tgf';
}

/** Reads and parses a framework file; `format` overrides detection. */
export function readFramework(file: string, format?: FrameworkFormat): ParsedFramework {
  const text = readTextInput(file, 'framework');
  return parseFramework(text, file, format ?? detectFormat(file, text));
}

export function parseFramework(text: string, file: string, format: FrameworkFormat): ParsedFramework {
  const p = new Parser(text, file);
  if (format === 'apx') return p.apx();
  if (format === 'tgf') return p.tgf();
  return p.i23();
}

/** The named framework (CSR core included) of a parsed file. */
export function toNamedFramework(parsed: ParsedFramework): NamedFramework {
  return { names: parsed.names, core: indexFramework(parsed.names.length, parsed.from, parsed.to) };
}

/** The parsed framework with names, as the string API of `analysis/dung.ts` takes it. */
export function toArgumentationFramework(parsed: ParsedFramework): ArgumentationFramework {
  const attacks: [string, string][] = new Array(parsed.from.length);
  for (let i = 0; i < parsed.from.length; i++) attacks[i] = [parsed.names[parsed.from[i]!]!, parsed.names[parsed.to[i]!]!];
  return { arguments: parsed.names.slice(), attacks };
}

const BARE_APX = /^[a-z][A-Za-z0-9_]*$/;

/** A name as an apx term: bare when it is a lower-case constant, else quoted. */
export function apxName(name: string): string {
  return BARE_APX.test(name) ? name : `"${name.replace(/[\\"]/g, (c) => '\\' + c)}"`;
}

/** The framework as apx text: every `arg` in order, then every `att` in order. */
export function writeApx(af: ArgumentationFramework): string {
  const lines = af.arguments.map((a) => `arg(${apxName(a)}).`);
  for (const [a, b] of af.attacks) lines.push(`att(${apxName(a)},${apxName(b)}).`);
  return lines.join('\n') + (lines.length > 0 ? '\n' : '');
}

/** The framework as tgf text; names holding white space or `#` cannot be written and throw. */
export function writeTgf(af: ArgumentationFramework): string {
  for (const a of af.arguments)
    if (a === '' || /[\s]/.test(a) || a.startsWith('#')) throw new Error(`argument ${JSON.stringify(a)} cannot be written as tgf (empty, white space or leading #)`);
  return [...af.arguments, '#', ...af.attacks.map(([a, b]) => `${a} ${b}`)].join('\n') + '\n';
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;

function doubled(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

class Parser {
  private pos = 0;
  private readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  /** Line and column (1-based, in UTF-16 code units) of an offset; counted only when reporting. */
  private where(offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
  }

  private fail(offset: number, message: string): never {
    throw new MapLoadError([{ file: this.file, position: this.where(offset), severity: 'error', message }]);
  }

  /** What stands at an offset, for a message: the rest of the token, or "end of line"/"end of file". */
  private found(offset: number): string {
    if (offset >= this.text.length) return 'end of file';
    const c = this.text.charCodeAt(offset);
    if (c === LF || c === CR) return 'end of line';
    let end = offset;
    while (end < this.text.length && end - offset < 40) {
      const d = this.text.charCodeAt(end);
      if (d === SPACE || d === TAB || d === LF || d === CR) break;
      end++;
    }
    return showValue(this.text.slice(offset, end));
  }

  private declare(name: string, offset: number): void {
    if (this.index.has(name)) this.fail(offset, `argument ${showValue(name)} is declared twice; expected each argument once`);
    this.index.set(name, this.names.length);
    this.names.push(name);
  }

  /** Checks every attack names declared arguments and packs them; `nameAt` reads a name back for a message. */
  private finish(from: number[], to: number[], offsets: number[], nameAt: (offset: number) => string): ParsedFramework {
    for (let i = 0; i < from.length; i++) {
      if (from[i]! >= 0 && to[i]! >= 0) continue;
      const o = offsets[from[i]! < 0 ? 2 * i : 2 * i + 1]!;
      this.fail(o, `attack names argument ${showValue(nameAt(o))}, which is not declared; expected a declared argument`);
    }
    return { names: this.names, from: Int32Array.from(from), to: Int32Array.from(to) };
  }

  private skipBlank(): void {
    const s = this.text;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === SPACE || c === TAB || c === LF || c === CR) this.pos++;
      else if (c === 37 /* % */) {
        const nl = s.indexOf('\n', this.pos);
        this.pos = nl === -1 ? s.length : nl + 1;
      } else break;
    }
  }

  private expectChar(code: number, what: string): void {
    const before = this.pos;
    this.skipBlank();
    if (this.text.charCodeAt(this.pos) === code) {
      this.pos++;
      return;
    }
    // A statement cut short at the end of a line is reported there, not at the next line's first token.
    const lineBreak = this.text.lastIndexOf('\n', this.pos - 1);
    if (lineBreak >= before) this.fail(before, `found end of line; expected ${what}`);
    this.fail(this.pos, `found ${this.found(this.pos)}; expected ${what}`);
  }

  /** An apx name at the current position (after blanks): bare or quoted. */
  private apxTerm(): string {
    this.skipBlank();
    const s = this.text;
    const start = this.pos;
    if (s.charCodeAt(start) === 34 /* " */) {
      let out = '';
      let i = start + 1;
      for (;;) {
        if (i >= s.length || s.charCodeAt(i) === LF) this.fail(start, 'found a quoted name that is not closed; expected a closing " on the same line');
        const c = s.charCodeAt(i);
        if (c === 34) break;
        if (c === 92 /* \ */ && i + 1 < s.length) {
          out += s[i + 1];
          i += 2;
        } else {
          out += s[i];
          i++;
        }
      }
      this.pos = i + 1;
      if (out === '') this.fail(start, 'found an empty quoted name; expected a name');
      return out;
    }
    let i = start;
    while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
    if (i === start) this.fail(start, `found ${this.found(start)}; expected an argument name (letters, digits, _ or a "quoted name")`);
    this.pos = i;
    return s.slice(start, i);
  }

  apx(): ParsedFramework {
    const s = this.text;
    const from: number[] = [];
    const to: number[] = [];
    const offsets: number[] = [];
    let unresolved = false;
    for (;;) {
      this.skipBlank();
      if (this.pos >= s.length) break;
      const start = this.pos;
      const isArg = s.startsWith('arg', start);
      const isAtt = s.startsWith('att', start);
      if (!(isArg || isAtt) || isNameChar(s.charCodeAt(start + 3))) this.fail(start, `found ${this.found(start)}; expected arg(name). or att(name,name).`);
      this.pos += 3;
      this.expectChar(40, '"("');
      this.skipBlank();
      const firstAt = this.pos;
      const first = this.apxTerm();
      if (isArg) {
        this.expectChar(41, '")" closing arg(...)');
        this.declare(first, firstAt);
      } else {
        this.expectChar(44, '"," between the two names of att(...)');
        this.skipBlank();
        const secondAt = this.pos;
        const second = this.apxTerm();
        this.expectChar(41, '")" closing att(...)');
        from.push(this.index.get(first) ?? -1);
        to.push(this.index.get(second) ?? -1);
        offsets.push(firstAt, secondAt);
        if (from[from.length - 1]! < 0 || to[to.length - 1]! < 0) unresolved = true;
      }
      this.expectChar(46, '"." ending the statement');
    }
    // Attacks seen before their arguments' `arg` get a second look now that every name is known.
    if (unresolved)
      for (let i = 0; i < from.length; i++) {
        if (from[i]! < 0) from[i] = this.lookupAt(offsets[2 * i]!);
        if (to[i]! < 0) to[i] = this.lookupAt(offsets[2 * i + 1]!);
      }
    return this.finish(from, to, offsets, (o) => this.termAt(o));
  }

  private termAt(offset: number): string {
    const saved = this.pos;
    this.pos = offset;
    const name = this.apxTerm();
    this.pos = saved;
    return name;
  }

  private lookupAt(offset: number): number {
    return this.index.get(this.termAt(offset)) ?? -1;
  }

  /** End of the line that starts at `start` (before any CR); `nextLine` is set to where the next begins. */
  private nextLine = 0;
  private lineEnd(start: number): number {
    const s = this.text;
    let end = s.indexOf('\n', start);
    this.nextLine = end === -1 ? s.length : end + 1;
    if (end === -1) end = s.length;
    if (end > start && s.charCodeAt(end - 1) === CR) end--;
    return end;
  }

  /** The token starting at or after `i` within [i, end): its [start, stop), or start = -1 if none. */
  private token(i: number, end: number): [number, number] {
    const s = this.text;
    while (i < end && (s.charCodeAt(i) === SPACE || s.charCodeAt(i) === TAB)) i++;
    if (i >= end) return [-1, end];
    let j = i;
    while (j < end && s.charCodeAt(j) !== SPACE && s.charCodeAt(j) !== TAB) j++;
    return [i, j];
  }

  tgf(): ParsedFramework {
    const s = this.text;
    const from: number[] = [];
    const to: number[] = [];
    const offsets: number[] = [];
    let inAttacks = false;
    for (let start = 0; start < s.length; start = this.nextLine) {
      const end = this.lineEnd(start);
      const [a0, a1] = this.token(start, end);
      if (a0 < 0) continue;
      if (!inAttacks) {
        if (s.charCodeAt(a0) === 35 /* # */) {
          if (a1 - a0 !== 1) this.fail(a0, `found ${this.found(a0)}; expected an argument name, or "#" alone to start the attacks`);
          inAttacks = true;
        } else this.declare(s.slice(a0, a1), a0);
        continue;
      }
      const [b0, b1] = this.token(a1, end);
      if (b0 < 0) this.fail(a1, `found end of line; expected a second argument name (an attack is "attacker target")`);
      from.push(this.index.get(s.slice(a0, a1)) ?? -1);
      to.push(this.index.get(s.slice(b0, b1)) ?? -1);
      offsets.push(a0, b0);
    }
    return this.finish(from, to, offsets, (o) => s.slice(o, this.token(o, s.length)[1]).split(/[\r\n]/)[0]!);
  }

  i23(): ParsedFramework {
    const s = this.text;
    let n = -1;
    // Attack lines are most of a big file: scanned in place, into typed arrays, with no per-line
    // allocation; numbers are checked as they are read, so nothing is left to resolve afterwards.
    let from: Int32Array = new Int32Array(1024);
    let to: Int32Array = new Int32Array(1024);
    let m = 0;
    for (let start = 0; start < s.length; start = this.nextLine) {
      const end = this.lineEnd(start);
      let p = this.skipSpaces(start, end);
      if (p === end || s.charCodeAt(p) === 35 /* # */) continue;
      if (n < 0) {
        n = this.i23Header(p, end);
        for (let k = 1; k <= n; k++) this.names.push(String(k));
        continue;
      }
      const i0 = p;
      let i = 0;
      for (let c = s.charCodeAt(p) - 48; p < end && c >= 0 && c <= 9 && i <= n; c = s.charCodeAt(++p) - 48) i = i * 10 + c;
      if (p === i0 || i < 1 || i > n || !this.endsToken(p, end)) this.fail(i0, `found ${this.found(i0)}; expected an argument number from 1 to ${n}`);
      p = this.skipSpaces(p, end);
      if (p === end) this.fail(p, `found end of line; expected a second argument number (an attack is "i j")`);
      const j0 = p;
      let j = 0;
      for (let c = s.charCodeAt(p) - 48; p < end && c >= 0 && c <= 9 && j <= n; c = s.charCodeAt(++p) - 48) j = j * 10 + c;
      if (p === j0 || j < 1 || j > n || !this.endsToken(p, end)) this.fail(j0, `found ${this.found(j0)}; expected an argument number from 1 to ${n}`);
      p = this.skipSpaces(p, end);
      if (p < end && s.charCodeAt(p) !== 35) this.fail(p, `found ${this.found(p)}; expected the end of the attack line "i j"`);
      if (m === from.length) {
        from = doubled(from);
        to = doubled(to);
      }
      from[m] = i - 1;
      to[m++] = j - 1;
    }
    if (n < 0) this.fail(s.length, 'found no header; expected "p af N" as the first line that is not a comment');
    return { names: this.names, from: from.slice(0, m), to: to.slice(0, m) };
  }

  private skipSpaces(p: number, end: number): number {
    while (p < end && (this.text.charCodeAt(p) === SPACE || this.text.charCodeAt(p) === TAB)) p++;
    return p;
  }

  private endsToken(p: number, end: number): boolean {
    const c = this.text.charCodeAt(p);
    return p >= end || c === SPACE || c === TAB;
  }

  /** The header `p af N` on the line [a0, end); returns N. */
  private i23Header(a0: number, end: number): number {
    const s = this.text;
    const a1 = this.token(a0, end)[1];
    const [b0, b1] = this.token(a1, end);
    const [c0, c1] = this.token(b1, end);
    const [d0] = this.token(c1, end);
    if (s.slice(a0, a1) !== 'p') this.fail(a0, `found ${this.found(a0)}; expected the header "p af N" before any attack`);
    if (b0 < 0 || s.slice(b0, b1) !== 'af') this.fail(b0 < 0 ? a1 : b0, `found ${b0 < 0 ? 'end of line' : this.found(b0)}; expected "af" in the header "p af N"`);
    const n = c0 < 0 ? -1 : this.integer(c0, c1);
    if (n < 0) this.fail(c0 < 0 ? b1 : c0, `found ${c0 < 0 ? 'end of line' : this.found(c0)}; expected the number of arguments N in "p af N"`);
    if (n > MAX_ARGUMENTS) this.fail(c0, `found ${n} arguments; expected at most ${MAX_ARGUMENTS} (each is named in memory)`);
    if (d0 >= 0 && s.charCodeAt(d0) !== 35) this.fail(d0, `found ${this.found(d0)}; expected the end of the header "p af N"`);
    return n;
  }

  /** A decimal integer spanning exactly [start, end), else -1. */
  private integer(start: number, end: number): number {
    let v = 0;
    if (end - start > 9) return -1;
    for (let i = start; i < end; i++) {
      const c = this.text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
    }
    return v;
  }
}
