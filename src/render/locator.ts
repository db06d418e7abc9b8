/**
 * Writes a structural locator the way the memorandum's readers cite it: a bare paragraph number gets a
 * pilcrow (`5` → `¶5`), a lower-case roman numeral is bracketed and the part after it runs on
 * (`C.4.ii` → `C.4(ii)`, `3.A.v.2` → `3.A(v)2`); footnotes (`fn6`) and annex paragraphs (`D.6`) stay.
 */
export function formatLocator(locator: string): string {
  if (/^\d+$/.test(locator)) return `¶${locator}`;
  const parts = locator.split('.');
  let out = '';
  let afterRoman = false;
  parts.forEach((part, i) => {
    const roman = i > 0 && /^[ivxlc]+$/.test(part);
    if (roman) out += `(${part})`;
    else out += (i === 0 || afterRoman ? '' : '.') + part;
    afterRoman = roman;
  });
  return out;
}
