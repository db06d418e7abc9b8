import type { Position } from './diagnostics.js';

/** A half-open range `[start, end)` of UTF-16 offsets into a text. */
export interface Span {
  start: number;
  end: number;
}

/** Turns offsets in `text` into 1-based line and column, by binary search over the line starts (built once). */
export function lineIndex(text: string): (offset: number) => Position {
  const starts: number[] = [0];
  for (let n = text.indexOf('\n'); n >= 0; n = text.indexOf('\n', n + 1)) starts.push(n + 1);
  const lineStarts = Int32Array.from(starts);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
}
