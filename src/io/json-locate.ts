import type { Position } from './diagnostics.js';
import { lineIndex } from './line-index.js';
import type { KnownLists } from './json-syntax.js';

/**
 * Positions of values and keys in a JSON text the loader has checked, found by scanning the text itself.
 * A YAML parse of the file would take seconds at 100k nodes and far more memory than the map, and fails
 * on JSON that YAML reads differently; `argmap check` on machine-made maps needs a position per finding,
 * so this scanner jumps from bracket to bracket instead. Arrays remember their items' offsets once
 * scanned, and objects their members' offsets, so locating the i-th node is a lookup after the first
 * time. Positions follow the loader's convention: 1-based line and column of the value's first character
 * (with `key`, of the last step's key), or of the deepest value on the path that exists. `known` holds lists
 * already walked, as the syntax check gives them.
 */
export function jsonLocator(
  text: string,
  position: (offset: number) => Position = lineIndex(text),
  known?: KnownLists,
): (path: readonly (string | number)[], key?: boolean) => Position {
  const items = new Map<number, Int32Array>(known?.items);
  const ends = known?.ends;

  const skipSpace = (i: number) => {
    let c = text.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
    return i;
  };
  const stringEnd = (i: number) => {
    // i is at the opening quote; returns the index after the closing one.
    for (let j = i + 1; ;) {
      const q = text.indexOf('"', j);
      if (q < 0) return text.length;
      let back = 0;
      while (text.charCodeAt(q - 1 - back) === 92) back++;
      if (back % 2 === 0) return q + 1;
      j = q + 1;
    }
  };
  const valueEnd = (i: number): number => {
    const c = text.charCodeAt(i);
    if (c === 34) return stringEnd(i);
    if (c === 123 || c === 91) {
      const end = ends?.get(i);
      if (end !== undefined) return end;
      let depth = 0;
      for (let j = i; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 34) j = stringEnd(j) - 1;
        else if (d === 123 || d === 91) depth++;
        else if (d === 125 || d === 93) {
          if (--depth === 0) return j + 1;
        }
      }
      return text.length;
    }
    let j = i;
    for (let d = text.charCodeAt(j); j < text.length && d !== 44 && d !== 125 && d !== 93 && d !== 32 && d !== 10 && d !== 13 && d !== 9; d = text.charCodeAt(++j));
    return j;
  };
  const arrayItems = (open: number): Int32Array => {
    let cached = items.get(open);
    if (cached) return cached;
    const found: number[] = [];
    let i = skipSpace(open + 1);
    while (i < text.length && text.charCodeAt(i) !== 93) {
      found.push(i);
      i = skipSpace(valueEnd(i));
      if (text.charCodeAt(i) === 44) i = skipSpace(i + 1);
    }
    cached = Int32Array.from(found);
    items.set(open, cached);
    return cached;
  };
  // Per object: each member's key offset and value offset.
  const members = new Map<number, Map<string, [key: number, value: number]>>();
  const member = (open: number, key: string): [number, number] | undefined => {
    let found = members.get(open);
    if (!found) {
      found = new Map();
      let i = skipSpace(open + 1);
      while (i < text.length && text.charCodeAt(i) === 34) {
        const at = i;
        const end = stringEnd(i);
        const name = JSON.parse(text.slice(i, end)) as string;
        i = skipSpace(skipSpace(end) + 1);
        if (!found.has(name)) found.set(name, [at, i]);
        i = skipSpace(valueEnd(i));
        if (text.charCodeAt(i) === 44) i = skipSpace(i + 1);
      }
      members.set(open, found);
    }
    return found.get(key);
  };
  return (path, key = false) => {
    let at = skipSpace(0);
    for (const [k, step] of path.entries()) {
      const c = text.charCodeAt(at);
      // Like the loader, a path that runs out points at the deepest value that exists.
      if (typeof step === 'number') {
        const list = c === 91 ? arrayItems(at) : undefined;
        if (!list || step < 0 || step >= list.length) break;
        at = list[step]!;
      } else {
        const next = c === 123 ? member(at, step) : undefined;
        if (next === undefined) break;
        at = key && k === path.length - 1 ? next[0] : next[1];
      }
    }
    return position(at);
  };
}
