import { findQuote, quoteOccurrences } from '../../io/quote.js';
import { parseSourceStructure, type SourceStructure } from '../../io/source-structure.js';
import type { QuoteSpan } from './data-types.js';

/** Parsed structures of a map's documents; a document whose layout cannot be read gets none. */
export function structuresOf(texts: Iterable<{ id: string; text: string }>): Map<string, SourceStructure> {
  const out = new Map<string, SourceStructure>();
  for (const { id, text } of texts) {
    try {
      out.set(id, parseSourceStructure(text));
    } catch {
      // The page still works without quotes in place; `argmap check` reports unreadable sources.
    }
  }
  return out;
}

function ranges(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  return spans.map((s) => ({ start: s.start, end: s.end }));
}

/**
 * The quote's place: in the unit its locator names, or, when the words stand elsewhere (a wrong
 * locator the checks will flag), in the first unit that holds them, so the reader still sees them.
 */
export function quoteSpan(document: string, structure: SourceStructure, locator: string, quote: string): QuoteSpan | undefined {
  let unitLocator = locator;
  let found = findQuote(structure, locator, quote);
  if (!found.found) {
    const elsewhere = found.elsewhere?.[0] ?? quoteOccurrences(structure, quote)[0];
    if (elsewhere === undefined) return undefined;
    unitLocator = elsewhere;
    found = findQuote(structure, elsewhere, quote);
    if (!found.found) return undefined;
  }
  const unit = structure.unit(unitLocator)!;
  const parent = unit.parent !== undefined ? structure.unit(unit.parent) : undefined;
  return {
    document,
    unit: unitLocator,
    paragraph: ranges(unit.segments),
    quote: ranges(found.ranges),
    ...(parent && parent.segments.length > 0 ? { lead: ranges(parent.segments), leadUnit: parent.locator } : {}),
  };
}
