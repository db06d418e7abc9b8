/** Span arithmetic for the structure reader: own words are a source line minus markers and labels. */
import type { Span } from './line-index.js';

/** The unit's own words: pieces on one line join directly, pieces on different lines with `\n`. */
export function joinSegments(text: string, segments: readonly Span[]): string {
  let out = '';
  segments.forEach((s, i) => {
    if (i > 0 && text.slice(segments[i - 1]!.end, s.start).includes('\n')) out = out.trimEnd() + '\n';
    out += text.slice(s.start, s.end);
  });
  return out;
}

/** `whole` minus the (ordered, disjoint) `holes`. */
export function subtract(whole: Span, holes: readonly Span[]): Span[] {
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
export function trim(text: string, spans: readonly Span[]): Span[] {
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
export function skip(text: string, spans: readonly Span[], count: number): Span[] {
  const out: Span[] = [];
  let left = count;
  for (const s of spans) {
    const cut = Math.min(left, s.end - s.start);
    left -= cut;
    if (s.start + cut < s.end) out.push({ start: s.start + cut, end: s.end });
  }
  return trim(text, out);
}
