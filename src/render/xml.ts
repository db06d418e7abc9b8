import { visibleText } from '../io/visible-text.js';

/**
 * Escapes text for XML character data and attribute values (both quote kinds, so any attribute is safe).
 * Controls and bidi overrides are spelled out first, as in every text output: a page printed to a
 * terminal drives nothing, and a label drawn in a browser cannot show its words in another order.
 */
export function escapeXml(text: string): string {
  return visibleText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    // What XML 1.0 forbids and visibleText leaves: lone surrogates, U+FFFE and U+FFFF.
    .replace(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * A string safe inside an `id` attribute and a `url(#…)` reference: only letters, digits, `_` and `-`;
 * anything else becomes `_` plus its code point, so two different ids never collide.
 */
export function sanitiseId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`);
}

/** A coordinate with at most two decimals and no trailing zeros: same input, same bytes. */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}
