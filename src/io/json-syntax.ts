import { echoText, showValue, type Position } from './diagnostics.js';

/** A problem in a JSON text, at an offset into it. */
export interface JsonProblem {
  offset: number;
  message: string;
}

const VALUE_WORDS = 'a value (a string in double quotes, a number, true, false, null, an object or a list)';
const WORDS = ['true', 'false', 'null'];

/**
 * Checks a JSON text against the grammar of RFC 8259 before JSON.parse sees it, for what JSON.parse does
 * not give: the place of a syntax error (V8 names no position for a trailing comma or an unquoted value),
 * duplicate keys (JSON.parse keeps the last one silently; the YAML loader refuses them) and a bound on
 * nesting, so nothing downstream recurses deeper than `maxDepth`. It walks the text once with an explicit
 * stack. Returns the first syntax error alone, or every duplicate key; empty when the text is sound.
 *
 * With `lists`, it also keeps where the items of every list at most {@link ITEMS_DEPTH} deep (a map's
 * `nodes` and `inferences`) start and where the list ends: the walk passes them anyway, and the locator
 * (json-locate.ts) would otherwise walk those lists again for the first position a rule asks.
 */
export function checkJsonSyntax(text: string, maxDepth: number, position: (offset: number) => Position, lists?: KnownLists): JsonProblem[] {
  const n = text.length;
  const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
  const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  // Per open container: where it opened and, for objects, the keys seen so far with their offsets.
  const stack: Frame[] = [];
  const duplicates: JsonProblem[] = [];
  let i = 0;

  const space = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  };
  const place = (at: number) => {
    const p = position(at);
    return `line ${p.line}, column ${p.column}`;
  };
  const found = (at: number): string => {
    if (at >= n) return 'the end of the file';
    const code = text.charCodeAt(at);
    if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    const word = /[^\s,:[\]{}"]{1,20}/y;
    word.lastIndex = at;
    const m = word.exec(text);
    return `\`${echoText(m ? m[0] : text[at]!)}\``;
  };
  const fail = (at: number, expected: string): JsonProblem[] => [{ offset: at, message: `invalid JSON: found ${found(at)}; expected ${expected}` }];
  /** Skips a string starting at i (an opening quote); returns an error message or undefined. */
  const string = (): string | undefined => {
    i++;
    for (;;) {
      STRING_RUN.lastIndex = i;
      STRING_RUN.exec(text);
      i = STRING_RUN.lastIndex;
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (i >= n) return 'a closing `"`';
      if (c !== 92) return 'no control character inside a string (write \\n, \\t or \\u00XX)';
      const e = text[i + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
      else {
        i++;
        return 'an escape: \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits';
      }
    }
  };
  const closeWord = (frame: Frame) => (frame.keys ? '`,` or `}`' : '`,` or `]`');

  space();
  if (i >= n) return [{ offset: 0, message: 'the file is empty; expected an argument map (a mapping with `title` and `nodes`)' }];
  for (;;) {
    // Here a value must start.
    stack[stack.length - 1]?.items?.push(i);
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (stack.length >= maxDepth) return [{ offset: i, message: `nesting deeper than ${maxDepth} levels; expected at most ${maxDepth} (a map needs fewer than 10)` }];
      stack.push(c === 123 ? { open: i, keys: new Keys() } : lists && stack.length < ITEMS_DEPTH ? { open: i, items: [] } : { open: i });
      i++;
      space();
      const close = text.charCodeAt(i);
      if ((c === 123 && close === 125) || (c === 91 && close === 93)) {
        closeFrame(stack.pop()!);
        i++;
      } else if (c === 123) {
        const key = objectKey();
        if (key) return key;
        continue;
      } else continue;
    } else if (c === 34) {
      const bad = string();
      if (bad) return fail(i, bad);
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      if (!NUMBER.exec(text)) return fail(i, 'a number such as 3, -1.5 or 2e3');
      i = NUMBER.lastIndex;
    } else {
      const word = WORDS.find((w) => text.startsWith(w, i));
      if (!word) return fail(i, VALUE_WORDS);
      i += word.length;
    }
    // A value has ended: close containers, or move to the next item.
    for (;;) {
      space();
      const frame = stack[stack.length - 1];
      if (!frame) {
        if (i < n) return fail(i, 'the end of the file after the map (one JSON value per file)');
        return duplicates;
      }
      const d = text.charCodeAt(i);
      if (d === 44) {
        i++;
        space();
        const next = text.charCodeAt(i);
        if (next === 93 || next === 125) return fail(i, `another ${frame.keys ? 'key' : 'value'} after the comma (JSON allows no trailing comma)`);
        if (frame.keys) {
          const key = objectKey();
          if (key) return key;
        }
        break;
      }
      if ((frame.keys && d === 125) || (!frame.keys && d === 93)) {
        closeFrame(stack.pop()!);
        i++;
        continue;
      }
      if (i >= n) return fail(i, `${closeWord(frame)} to close the ${frame.keys ? 'object' : 'list'} opened at ${place(frame.open)}`);
      return fail(i, closeWord(frame));
    }
  }

  /** A container closes (i is at its closing bracket): a kept list goes to `lists`. */
  function closeFrame(frame: Frame): void {
    if (!frame.items) return;
    lists!.items.set(frame.open, Int32Array.from(frame.items));
    lists!.ends.set(frame.open, i + 1);
  }

  /** Reads `"key" :` at i inside the innermost object; returns a syntax error or undefined. */
  function objectKey(): JsonProblem[] | undefined {
    if (text.charCodeAt(i) !== 34) return fail(i, 'a key in double quotes');
    const start = i;
    const bad = string();
    if (bad) return fail(i, bad);
    const raw = text.slice(start + 1, i - 1);
    const name = raw.includes('\\') ? (JSON.parse(text.slice(start, i)) as string) : raw;
    const first = stack[stack.length - 1]!.keys!.add(name, start);
    if (first !== undefined) duplicates.push({ offset: start, message: `duplicate key ${showValue(name)} (first at ${place(first)}); expected each key once per object` });
    space();
    if (text.charCodeAt(i) !== 58) return fail(i, '`:` after the key');
    i++;
    space();
    return undefined;
  }
}

/** Lists of a JSON text already walked, by the offset of their `[`: where each item starts, and the offset after the `]`. */
export interface KnownLists {
  items: Map<number, Int32Array>;
  ends: Map<number, number>;
}

/** Lists this deep or less (the map itself is 1 deep) have their item offsets kept for the locator. */
export const ITEMS_DEPTH = 2;

interface Frame {
  open: number;
  keys?: Keys;
  /** Offsets of the items so far, for a list whose items are kept. */
  items?: number[];
}

/** The keys of one object with their offsets: a list while short (most objects of a map have a handful), then a Map. */
class Keys {
  private names: string[] = [];
  private offsets: number[] = [];
  private index: Map<string, number> | undefined;

  /** Records a key; returns the offset of an earlier one of the same name. */
  add(name: string, offset: number): number | undefined {
    if (this.index) {
      const first = this.index.get(name);
      if (first === undefined) this.index.set(name, offset);
      return first;
    }
    const k = this.names.indexOf(name);
    if (k >= 0) return this.offsets[k];
    this.names.push(name);
    this.offsets.push(offset);
    if (this.names.length > 16) this.index = new Map(this.names.map((n, j) => [n, this.offsets[j]!]));
    return undefined;
  }
}
