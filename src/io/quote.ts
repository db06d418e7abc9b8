/**
 * Quotes are compared with the source after two normalisations only: runs of white space become
 * one space (ends trimmed), and typographic quote marks become straight ones. Spelling, dashes,
 * ellipses and case must match exactly, so a quote is evidence of the words, not a paraphrase.
 */
import type { SourceStructure, SourceUnit, Span } from './source-structure.js';

const SINGLE = /[‘’‛′]/g;
const DOUBLE = /[“”″]/g;
const SPACE = /\s/;

/** The form in which quotes and source words are compared. */
export function normaliseForQuote(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(SINGLE, "'").replace(DOUBLE, '"');
}

export type QuoteResult =
  | {
      found: true;
      /** Offsets in the original text: from the quote's first character to just after its last. */
      start: number;
      end: number;
      /** The pieces of [start, end) that are the unit's own words (footnote markers cut out), for highlighting. */
      ranges: Span[];
    }
  | {
      found: false;
      reason: 'unknown-locator' | 'not-found';
      /** Locators whose own words do contain the quote, in document order. */
      elsewhere?: string[];
    };

/** A unit's own words normalised, with the original offset of every character. */
interface View {
  words: string;
  at: number[];
}

const views = new WeakMap<SourceUnit, View>();

function viewOf(text: string, unit: SourceUnit): View {
  const cached = views.get(unit);
  if (cached) return cached;
  const chars: string[] = [];
  const at: number[] = [];
  let space = false;
  unit.segments.forEach((s, k) => {
    // Lines of one unit are separate words even where a line has no trailing space.
    if (k > 0 && text.slice(unit.segments[k - 1]!.end, s.start).includes('\n')) space = true;
    for (let i = s.start; i < s.end; i++) {
      const c = text[i]!;
      if (SPACE.test(c)) {
        space = true;
        continue;
      }
      if (space && chars.length > 0) {
        chars.push(' ');
        at.push(i);
      }
      space = false;
      chars.push(c);
      at.push(i);
    }
  });
  const view = { words: normaliseForQuote(chars.join('')), at };
  views.set(unit, view);
  return view;
}

/** Finds `quote` in the own words of the unit at `locator`; on failure says where else it occurs. */
export function findQuote(structure: SourceStructure, locator: string, quote: string): QuoteResult {
  const wanted = normaliseForQuote(quote);
  const unit = structure.unit(locator);
  if (!unit) return { found: false, reason: 'unknown-locator', elsewhere: wanted ? quoteOccurrences(structure, quote) : [] };
  const view = viewOf(structure.text, unit);
  const i = wanted ? view.words.indexOf(wanted) : -1;
  if (i < 0) return { found: false, reason: 'not-found', elsewhere: wanted ? quoteOccurrences(structure, quote).filter((l) => l !== locator) : [] };
  const start = view.at[i]!;
  const end = view.at[i + wanted.length - 1]! + 1;
  const ranges = unit.segments.map((s) => ({ start: Math.max(s.start, start), end: Math.min(s.end, end) })).filter((s) => s.start < s.end);
  return { found: true, start, end, ranges };
}

/** Locators of every unit whose own words contain `quote`, in document order. */
export function quoteOccurrences(structure: SourceStructure, quote: string): string[] {
  const wanted = normaliseForQuote(quote);
  if (!wanted) return [];
  return structure.units.filter((u) => viewOf(structure.text, u).words.includes(wanted)).map((u) => u.locator);
}
