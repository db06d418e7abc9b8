// Strings planted in map text so the oracle can tell escaped output from raw: each is harmless only if every
// output escapes or neutralises it (markup in SVG/HTML/markdown, control bytes on a terminal, formulas in CSV).
export const MARKUP = ['<script>x</script>', '<img src=x onerror=y>'];
export const CONTROL = ['\x1b[2J', '\x1b]52;c;ZnV6eg==\x07', '\u009b2J', '\u202e'];
export const FORMULA = ['=1+1', '@SUM(A1)', '+1+1', '-1+cmd', '\t=1+1'];
export const ALL = [...MARKUP, ...CONTROL, ...FORMULA];

/** Content of a file outside the map's folder: seeing it in any output means a source path escaped its folder. */
export const SECRET = 'FUZZ-SECRET-7f3a outside the map folder';

/** Ids that are also names on Object.prototype (issue 13, item 4). */
export const OBJECT_NAMES = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'prototype', '__defineGetter__'];

export const BAD_DATES = ['1953-13-45', '0000-00-00', '1953-02-30', '99999-01-01', '-0001-01-01', '2024-3-4', ''];
export const BAD_OFFSETS = ['P300000Y', 'P-1D', 'PT', 'P', 'P1Y2M3W4DT5H', 'P99999999999999999999D', 'nonsense'];

/** Values a document path may hold that must not read outside the map's folder tree or block. */
export const HOSTILE_PATHS = ['../secret.txt', '/SECRET_ABS', 'link.txt', 'pipe', '.', 'missing.txt', 'sources/../../secret.txt'];

/** A string as JSON with every control, C1 and bidi character spelled out, safe to print and to read. */
export function show(s) {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
